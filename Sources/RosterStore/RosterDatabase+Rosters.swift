import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Records a solver's (or an import's) roster as version 1 of a new roster, state `proposed`.
    public func saveProposal(_ roster: Roster, scenarioId: Int64, label: String? = nil, by actor: String,
                             source: String = "roster") throws(StoreError) -> StoredVersion {
        let stored = try scenario(id: scenarioId)
        let proposal = try PreparedProposal(roster, scenarioContent: stored.content, scenarioId: scenarioId, job: nil, source: source)
        let time = timestamp()
        return try write { db in
            var record = StoredRoster(id: nil, scenarioId: scenarioId, label: label, createdBy: actor, createdAt: time)
            try record.insert(db)
            var version = StoredVersion(
                id: nil, rosterId: record.id ?? 0, number: 1, parentVersionId: nil, content: proposal.content, sha256: proposal.sha256,
                state: .proposed, createdBy: actor, createdAt: time, note: nil)
            try version.insert(db)
            try Self.appendAudit(db, at: time, actor: actor, action: "roster.propose", subject: "roster \(record.id ?? 0) v1", payload: proposal.auditPayload)
            return version
        }
    }

    /// Records a changed roster as a new version whose parent is version `parent` (signed or
    /// not: a signed version stays as it is), with one edit row per changed cell.
    public func saveVersion(_ roster: Roster, rosterId: Int64, parent: Int, note: String? = nil, by actor: String,
                            source: String = "roster") throws(StoreError) -> (version: StoredVersion, edits: [StoredEdit]) {
        let parentVersion = try version(rosterId: rosterId, number: parent)
        let stored = try scenario(id: try rosterRecord(id: rosterId).scenarioId)
        let time = timestamp()
        let prepared = try PreparedVersion(roster, rosterId: rosterId, parent: parentVersion, scenario: stored, note: note, source: source, at: time,
                                           cache: evaluations)
        let saved: (version: StoredVersion, edits: [StoredEdit]) = try write { db in
            let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM rosterVersion WHERE rosterId = ?", arguments: [rosterId]) ?? 0
            var version = StoredVersion(
                id: nil, rosterId: rosterId, number: last + 1, parentVersionId: parentVersion.id, content: prepared.content, sha256: prepared.sha256,
                state: .proposed, createdBy: actor, createdAt: time, note: note)
            try version.insert(db)
            var edits: [StoredEdit] = []
            for change in prepared.changes {
                var edit = StoredEdit(id: nil, versionId: version.id ?? 0, staff: change.staff.rawValue, date: change.date.description,
                                      before: change.before?.rawValue, after: change.after?.rawValue, editedBy: actor, editedAt: time)
                try edit.insert(db)
                edits.append(edit)
            }
            try Self.appendAudit(db, at: time, actor: actor, action: "roster.edit", subject: "roster \(rosterId) v\(version.number)",
                                 payload: prepared.auditPayload)
            return (version, edits)
        }
        // The cadre usually opens the new version next: keep its evaluation, done above anyway.
        if let id = saved.version.id { evaluations.remember(prepared, versionId: id, scenario: stored, policy: policy) }
        return saved
    }

    /// Where an edited version comes from: the cadre, on top of the proposal it was made from.
    /// Engine version, seed and parameters of that proposal are kept (so it can be replayed),
    /// with `proposedBy` and `editedFrom`; the objective is the edited roster's own, and the
    /// proposal's lower bound still bounds it, so the gap stays meaningful.
    package static func editProvenance(base: Provenance?, parent: Int, objective: Double, at time: String) -> Provenance {
        var parameters = base?.parameters ?? [:]
        parameters["editedFrom"] = "v\(parent)"
        if let engine = base?.engine, engine != "cadre" { parameters["proposedBy"] = engine }
        return Provenance(engine: "cadre", engineVersion: base?.engineVersion ?? "-", seed: base?.seed, parameters: parameters,
                          createdAt: time, objective: objective, bound: base?.bound)
    }

    /// Every roster with its scenario's name, number of versions and latest state.
    /// - Complexity: one query; no version content is read.
    public func rosters() throws(StoreError) -> [RosterSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.*, s.name AS scenarioName, u.name AS unitName,
                       (SELECT COUNT(*) FROM rosterVersion v WHERE v.rosterId = r.id) AS versionCount,
                       (SELECT v.state FROM rosterVersion v WHERE v.rosterId = r.id ORDER BY v.number DESC LIMIT 1) AS latestState
                FROM roster r JOIN scenario s ON s.id = r.scenarioId JOIN unit u ON u.id = s.unitId
                ORDER BY r.id
                """)
            return try rows.map { row in
                RosterSummary(roster: try StoredRoster(row: row), scenarioName: row["scenarioName"], unitName: row["unitName"], versions: row["versionCount"],
                              latestState: row["latestState"])
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

    /// The versions of a roster without their content, oldest first (listings, history).
    public func versionHeaders(rosterId: Int64) throws(StoreError) -> [VersionHeader] {
        try read { db in
            guard try StoredRoster.exists(db, key: rosterId) else { throw StoreError.notFound("roster \(rosterId)") }
            return try VersionHeader.fetchAll(
                db, sql: "SELECT \(VersionHeader.columns) FROM rosterVersion WHERE rosterId = ? ORDER BY number", arguments: [rosterId])
        }
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

    /// Cells that differ between two rosters of the same people and period.
    package static func changedCells(from old: Roster, to new: Roster) -> [(staff: StaffID, date: CivilDate, before: ShiftCode?, after: ShiftCode?)] {
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
