import Foundation
import RosterStore
import Scheduling

extension ServiceEnvironment {
    /// Every version of a roster with its score and hard violations, after checking that the
    /// session may read the roster's unit.
    /// - Complexity: one evaluation per version.
    func history(_ session: Session, roster: Int64) async throws(ServiceError) -> VersionHistory {
        let unit = try await unitName(ofRoster: roster)
        try session.access.requireRead(unit: unit)
        let record = try await store { () async throws(StoreError) in try await database.rosterRecord(id: roster) }
        let versions = try await store { () async throws(StoreError) in try await database.versions(rosterId: roster) }
        var entries: [VersionHistory.Entry] = []
        for version in versions {
            let context = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: version.number) }
            let parent = versions.first { $0.id == version.parentVersionId }?.number
            entries.append(VersionHistory.Entry(version: VersionView(version, engine: context.roster.provenance?.engine), parent: parent, objective: context.report.objective,
                                                softPenalty: context.report.softPenalty,
                                                hardViolations: context.report.hardViolations.count))
        }
        let scenario = try await store { () async throws(StoreError) in try await database.scenario(id: record.scenarioId) }
        return VersionHistory(rosterId: roster, unit: unit, label: record.label, scenarioName: scenario.name,
                              periodStart: scenario.periodStart, versions: entries)
    }

    /// The explainable diff between two versions of one roster, after checking that the session
    /// may read its unit. Each changed cell is credited to whoever last wrote it on the way from
    /// `from` to `to` (the edit rows of the versions in between), else to `to`'s author.
    func diff(_ session: Session, roster: Int64, from: Int, to: Int) async throws(ServiceError) -> VersionDiffView {
        let unit = try await unitName(ofRoster: roster)
        try session.access.requireRead(unit: unit)
        let before = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: from) }
        let after = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: to) }
        let versions = try await store { () async throws(StoreError) in try await database.versions(rosterId: roster) }
        var authors: [CellAddress: String] = [:]
        for version in versions where version.number > min(from, to) && version.number <= max(from, to) {
            let edits = try await store { () async throws(StoreError) in try await database.edits(versionId: version.id ?? 0) }
            for edit in edits {
                guard let date = CivilDate(iso: edit.date) else { continue }
                authors[CellAddress(staff: StaffID(edit.staff), date: date)] = "\(edit.editedBy) (v\(version.number))"
            }
        }
        let first = Self.authored(before.roster, by: "\(before.version.createdBy) (v\(from))")
        let second = Self.authored(after.roster, by: "\(after.version.createdBy) (v\(to))")
        let diff: RosterDiff
        do throws(RosterDiffError) {
            diff = try RosterDiff.compare(first, second, evaluator: Evaluator(problem: after.problem), cellAuthors: authors,
                                          sources: ("v\(from)", "v\(to)"))
        } catch {
            throw ServiceError.badRequest("Ces deux versions ne peuvent pas être comparées : \(error.description)")
        }
        return VersionDiffView(rosterId: roster, unit: unit, from: VersionView(before.version, engine: before.roster.provenance?.engine), to: VersionView(after.version, engine: after.roster.provenance?.engine), diff: diff)
    }

    /// The roster with its author named as the diff shows it (who saved the version).
    static func authored(_ roster: Roster, by author: String) -> Roster {
        var copy = roster
        var provenance = roster.provenance ?? Provenance(engine: "cadre", engineVersion: "-")
        provenance.parameters = (provenance.parameters ?? [:]).merging(["author": author]) { $1 }
        copy.provenance = provenance
        return copy
    }
}
