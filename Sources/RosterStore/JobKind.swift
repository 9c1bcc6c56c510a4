import GRDB

/// What a job computes. A `solve` starts from the scenario alone and saves version 1 of a new
/// roster; the others start from a stored version (`StoredJob.sourceVersionId`): `variants`
/// saves one new version of that roster per named priority, `repair` one version re-planned
/// around the cadre's locked cells with as few other changes as possible, and `stress` saves no
/// version but a report (`StoredJob.summary`).
public enum JobKind: String, Codable, Sendable, Hashable, CaseIterable, DatabaseValueConvertible {
    case solve, variants, repair, stress

    /// True for the kinds that start from a stored version.
    public var isDerived: Bool { self != .solve }
}
