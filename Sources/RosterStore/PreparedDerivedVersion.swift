import Foundation
import Scheduling

/// One roster of a derived job (a variant, a repair) checked against its scenario and ready to
/// store as a new version of the source version's roster: its content, digest, the cells that
/// differ from the source and the `roster.derive` audit payload, the same for every backend.
package struct PreparedDerivedVersion: Sendable {
    package let proposal: PreparedProposal
    package let note: String
    package let changes: [PreparedVersion.Change]
    package let auditPayload: [String: String]

    /// Prepares every roster a derived job wrote, against its source version.
    package static func all(_ rosters: [DerivedRoster], job: StoredJob, source: StoredVersion,
                            scenario: StoredScenario) throws(StoreError) -> [PreparedDerivedVersion] {
        let id = job.id ?? 0
        let before = try source.roster()
        var prepared: [PreparedDerivedVersion] = []
        for derived in rosters {
            let proposal = try PreparedProposal(derived.roster, scenarioContent: scenario.content, scenarioId: job.scenarioId, job: id, source: "job \(id)")
            let changes = RosterDatabase.changedCells(from: before, to: derived.roster)
            var payload = proposal.auditPayload
            payload["parent"] = "v\(source.number)"
            payload["changedCells"] = String(changes.count)
            payload["kind"] = job.kind.rawValue
            prepared.append(PreparedDerivedVersion(proposal: proposal, note: derived.note, changes: changes, auditPayload: payload))
        }
        return prepared
    }

    /// Who the edit rows of a derived version are credited to: « repair:calcul 12 ».
    package static func author(of job: StoredJob) -> String { "\(job.kind.rawValue):calcul \(job.id ?? 0)" }

    /// The `job.submit` audit payload of a derived job.
    package static func submitPayload(kind: JobKind, rosterId: Int64, version number: Int, timeLimitSeconds: Double, seed: Int64,
                                      options: String?) -> [String: String] {
        ["kind": kind.rawValue, "roster": String(rosterId), "version": "v\(number)",
         "timeLimitSeconds": String(timeLimitSeconds), "seed": String(seed), "options": options ?? ""]
    }
}
