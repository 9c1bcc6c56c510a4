import GRDB
import Scheduling

/// The rows behind one version, read in one transaction: the roster, the version, its
/// scenario and the sign-off decisions so far. Decoding and evaluating happen afterwards,
/// outside the transaction (and mostly from the `EvaluationCache`).
struct VersionRecords {
    var roster: StoredRoster
    var version: StoredVersion
    var scenario: StoredScenario
    var overrides: [StoredOverride]
    var acknowledgements: [StoredAcknowledgement]
    var signOff: StoredSignOff?

    static func fetch(_ db: Database, rosterId: Int64, number: Int) throws -> VersionRecords {
        guard let roster = try StoredRoster.fetchOne(db, key: rosterId) else { throw StoreError.notFound("roster \(rosterId)") }
        let version = try RosterDatabase.fetchVersion(db, rosterId: rosterId, number: number)
        let scenario = try RosterDatabase.fetchScenario(db, id: roster.scenarioId)
        let versionId = version.id ?? 0
        return VersionRecords(
            roster: roster, version: version, scenario: scenario,
            overrides: try StoredOverride.filter(Column("versionId") == versionId).order(Column("id")).fetchAll(db),
            acknowledgements: try StoredAcknowledgement.filter(Column("versionId") == versionId).order(Column("id")).fetchAll(db),
            signOff: try StoredSignOff.filter(Column("versionId") == versionId).fetchOne(db))
    }
}
