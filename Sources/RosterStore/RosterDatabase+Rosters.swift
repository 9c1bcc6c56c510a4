import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Records a solver's (or an import's) roster as version 1 of a new roster, state `proposed`.
    public func saveProposal(_ roster: Roster, scenarioId: Int64, label: String? = nil, by actor: String,
                             source: String = "roster") throws(StoreError) -> StoredVersion {
        let stored = try scenario(id: scenarioId)
        let report = try Self.evaluate(roster, against: stored, source: source)
        let time = timestamp()
        let content = String(decoding: ScenarioFile.encode(roster), as: UTF8.self)
        let digest = ContentDigest.sha256(roster.canonicalContent)
        return try write { db in
            var record = StoredRoster(id: nil, scenarioId: scenarioId, label: label, createdBy: actor, createdAt: time)
            try record.insert(db)
            var version = StoredVersion(
                id: nil, rosterId: record.id ?? 0, number: 1, parentVersionId: nil, content: content, sha256: digest,
                state: .proposed, createdBy: actor, createdAt: time, note: nil)
            try version.insert(db)
            var payload = ["scenario": String(scenarioId), "sha256": digest, "hardViolations": String(report.hardViolations.count),
                           "objective": String(report.objective)]
            if let provenance = roster.provenance {
                payload["engine"] = provenance.engine
                payload["engineVersion"] = provenance.engineVersion
                payload["seed"] = provenance.seed.map { String($0) }
            }
            try Self.appendAudit(db, at: time, actor: actor, action: "roster.propose", subject: "roster \(record.id ?? 0) v1", payload: payload)
            return version
        }
    }

    /// Records a changed roster as a new version whose parent is version `parent` (signed or
    /// not: a signed version stays as it is), with one edit row per changed cell. The version
    /// records every cell's origin (`Roster.withEditOrigins(from:)`: changed cells are the cadre's
    /// unless the roster says a repair or an engine set them).
    public func saveVersion(_ roster: Roster, rosterId: Int64, parent: Int, note: String? = nil, by actor: String,
                            source: String = "roster") throws(StoreError) -> (version: StoredVersion, edits: [StoredEdit]) {
        let parentVersion = try version(rosterId: rosterId, number: parent)
        let stored = try scenario(id: try rosterRecord(id: rosterId).scenarioId)
        let report = try Self.evaluate(roster, against: stored, source: source)
        let before = try parentVersion.roster()
        let changes = Self.changedCells(from: before, to: roster)
        guard !changes.isEmpty else { throw .nothingChanged(roster: rosterId, parent: parent) }
        let time = timestamp()
        var edited = roster.withEditOrigins(from: before)
        edited.provenance = Self.editProvenance(base: roster.provenance ?? before.provenance, parent: parent, objective: report.objective, at: time)
        let content = String(decoding: ScenarioFile.encode(edited), as: UTF8.self)
        let digest = ContentDigest.sha256(edited.canonicalContent)
        return try write { db in
            let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM rosterVersion WHERE rosterId = ?", arguments: [rosterId]) ?? 0
            var version = StoredVersion(
                id: nil, rosterId: rosterId, number: last + 1, parentVersionId: parentVersion.id, content: content, sha256: digest,
                state: .proposed, createdBy: actor, createdAt: time, note: note)
            try version.insert(db)
            var edits: [StoredEdit] = []
            for change in changes {
                var edit = StoredEdit(id: nil, versionId: version.id ?? 0, staff: change.staff.rawValue, date: change.date.description,
                                      before: change.before?.rawValue, after: change.after?.rawValue, editedBy: actor, editedAt: time)
                try edit.insert(db)
                edits.append(edit)
            }
            try Self.appendAudit(
                db, at: time, actor: actor, action: "roster.edit", subject: "roster \(rosterId) v\(version.number)",
                payload: ["parent": "v\(parent)", "parentState": parentVersion.state.rawValue, "sha256": digest, "changedCells": String(changes.count),
                          "hardViolations": String(report.hardViolations.count), "note": note ?? ""])
            return (version, edits)
        }
    }

    /// Where an edited version comes from: the cadre, on top of the proposal it was made from.
    /// Engine version, seed and parameters of that proposal are kept (so it can be replayed),
    /// with `proposedBy` and `editedFrom`; the objective is the edited roster's own, and the
    /// proposal's lower bound still bounds it, so the gap stays meaningful.
    static func editProvenance(base: Provenance?, parent: Int, objective: Double, at time: String) -> Provenance {
        var parameters = base?.parameters ?? [:]
        parameters["editedFrom"] = "v\(parent)"
        if let engine = base?.engine, engine != "cadre" { parameters["proposedBy"] = engine }
        return Provenance(engine: "cadre", engineVersion: base?.engineVersion ?? "-", seed: base?.seed, parameters: parameters,
                          createdAt: time, objective: objective, bound: base?.bound)
    }

    /// Every roster with its scenario's name, number of versions and latest state.
    public func rosters() throws(StoreError) -> [RosterSummary] {
        try read { db in
            try StoredRoster.order(Column("id")).fetchAll(db).map { roster in
                let scenario = try Self.fetchScenario(db, id: roster.scenarioId)
                let versions = try StoredVersion.filter(Column("rosterId") == roster.id).order(Column("number")).fetchAll(db)
                return RosterSummary(roster: roster, scenarioName: scenario.name, versions: versions.count,
                                     latestState: versions.last?.state)
            }
        }
    }

    public func rosterRecord(id: Int64) throws(StoreError) -> StoredRoster {
        try read { db in
            guard let roster = try StoredRoster.fetchOne(db, key: id) else { throw StoreError.notFound("roster \(id)") }
            return roster
        }
    }

    /// The versions of a roster, oldest first.
    public func versions(rosterId: Int64) throws(StoreError) -> [StoredVersion] {
        _ = try rosterRecord(id: rosterId)
        return try read { db in try StoredVersion.filter(Column("rosterId") == rosterId).order(Column("number")).fetchAll(db) }
    }

    /// Version `number` of a roster.
    public func version(rosterId: Int64, number: Int) throws(StoreError) -> StoredVersion {
        try read { db in try Self.fetchVersion(db, rosterId: rosterId, number: number) }
    }

    /// The cells changed by the cadre to make this version from its parent.
    public func edits(versionId: Int64) throws(StoreError) -> [StoredEdit] {
        try read { db in try StoredEdit.filter(Column("versionId") == versionId).order(Column("id")).fetchAll(db) }
    }

    static func fetchVersion(_ db: Database, rosterId: Int64, number: Int) throws -> StoredVersion {
        guard let version = try StoredVersion.filter(Column("rosterId") == rosterId && Column("number") == number).fetchOne(db) else {
            throw StoreError.notFound("roster \(rosterId) version \(number)")
        }
        return version
    }

    static func evaluate(_ roster: Roster, against stored: StoredScenario, source: String) throws(StoreError) -> EvaluationReport {
        let problem = try problem(of: stored)
        do throws(ScenarioError) {
            return try Evaluator(problem: problem).evaluate(roster, source: source)
        } catch { throw .input(error) }
    }

    /// Cells that differ between two rosters of the same people and period.
    static func changedCells(from old: Roster, to new: Roster) -> [(staff: StaffID, date: CivilDate, before: ShiftCode?, after: ShiftCode?)] {
        let oldRows = Dictionary(old.rows.map { ($0.staff, $0.shifts) }, uniquingKeysWith: { first, _ in first })
        var changes: [(StaffID, CivilDate, ShiftCode?, ShiftCode?)] = []
        let dates = new.period.dates
        for row in new.rows {
            let before = oldRows[row.staff] ?? []
            for (d, after) in row.shifts.enumerated() where d < dates.count {
                let previous = d < before.count ? before[d] : nil
                if previous != after { changes.append((row.staff, dates[d], previous, after)) }
            }
        }
        return changes
    }
}
