import Scheduling

/// What a stored version's content alone decides: the decoded roster, its evaluation against
/// the scenario and its review checklist. A stored version's content never changes, so this is
/// computed once per version and kept in the store's `EvaluationCache`; the sign-off progress,
/// which does change, is read from the database every time.
public struct EvaluatedVersion: Sendable {
    /// The version row and the scenario file it is evaluated against, by id and content digest:
    /// a row id alone could be reused after a deletion, a digest alone could be shared by two
    /// versions with different provenance.
    public struct Key: Hashable, Sendable {
        public var versionId: Int64
        public var versionSHA256: String
        public var scenarioSHA256: String
    }

    public var key: Key
    public var roster: Roster
    public var report: EvaluationReport
    public var checklist: ReviewChecklist
}
