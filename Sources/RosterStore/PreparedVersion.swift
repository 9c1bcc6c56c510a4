import Foundation
import Scheduling

/// A cadre's changed roster checked against its scenario and ready to store as a new version
/// of a roster: the changed cells against the parent, the content with its edit provenance,
/// its digest and the `roster.edit` audit payload, the same for every backend.
package struct PreparedVersion: Sendable {
    package typealias Change = (staff: StaffID, date: CivilDate, before: ShiftCode?, after: ShiftCode?)
    package let changes: [Change]
    /// The roster as stored, with its edit provenance, and its evaluation.
    package let edited: Roster
    package let report: EvaluationReport
    package let content: String
    package let sha256: String
    package let auditPayload: [String: String]

    /// Throws `StoreError.nothingChanged` when no cell differs from the parent.
    package init(_ roster: Roster, rosterId: Int64, parent: StoredVersion, scenario: StoredScenario, note: String?,
                 source: String, at time: String, cache: EvaluationCache) throws(StoreError) {
        report = try cache.evaluate(roster, against: scenario, source: source)
        let before = try cache.roster(of: parent, scenario: scenario)
        changes = RosterDatabase.changedCells(from: before, to: roster)
        guard !changes.isEmpty else { throw .nothingChanged(roster: rosterId, parent: parent.number) }
        // Every cell keeps its origin; the changed ones are the cadre's unless the roster says a
        // repair or an engine set them (`Roster.withEditOrigins(from:)`).
        var edited = roster.withEditOrigins(from: before)
        edited.provenance = RosterDatabase.editProvenance(base: roster.provenance ?? before.provenance, parent: parent.number,
                                                          objective: report.objective, at: time)
        self.edited = edited
        content = String(decoding: ScenarioFile.encode(edited), as: UTF8.self)
        sha256 = ContentDigest.sha256(edited.canonicalContent)
        auditPayload = ["parent": "v\(parent.number)", "parentState": parent.state.rawValue, "sha256": sha256,
                        "changedCells": String(changes.count), "hardViolations": String(report.hardViolations.count), "note": note ?? ""]
    }
}
