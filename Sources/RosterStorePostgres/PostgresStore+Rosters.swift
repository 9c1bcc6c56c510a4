import Foundation
import PostgresNIO
import RosterStore
import Scheduling

extension PostgresStore {
    public func saveProposal(_ roster: Roster, scenarioId: Int64, label: String? = nil, by actor: String,
                             source: String = "roster") async throws(StoreError) -> StoredVersion {
        let stored = try await scenario(id: scenarioId)
        let proposal = try PreparedProposal(roster, scenarioContent: stored.content, scenarioId: scenarioId, job: nil, source: source)
        let time = timestamp()
        return try await transaction { connection in
            let rosterId = try await Self.one(Int64.self, connection.query("""
                INSERT INTO roster (scenarioId, label, createdBy, createdAt) VALUES (\(scenarioId), \(label), \(actor), \(time)) RETURNING id
                """, logger: self.logger))
            let version = try await StoreRows.versions(connection.query("""
                INSERT INTO rosterVersion (rosterId, number, parentVersionId, content, sha256, state, createdBy, createdAt, note)
                VALUES (\(rosterId), 1, NULL, \(proposal.content), \(proposal.sha256), 'proposed', \(actor), \(time), NULL)
                RETURNING \(unescaped: StoreRows.versionColumns)
                """, logger: self.logger))
            try await self.appendAudit(connection, at: time, actor: actor, action: "roster.propose", subject: "roster \(rosterId) v1",
                                       payload: proposal.auditPayload)
            guard let first = version.first else { throw StoreError.corruptContent(what: "PostgreSQL", detail: "no version returned") }
            return first
        }
    }

    /// The version number is taken under the audit lock, so two instances saving a version of
    /// the same roster at once get consecutive numbers.
    public func saveVersion(_ roster: Roster, rosterId: Int64, parent: Int, note: String? = nil, by actor: String,
                            source: String = "roster") async throws(StoreError) -> (version: StoredVersion, edits: [StoredEdit]) {
        let parentVersion = try await version(rosterId: rosterId, number: parent)
        let stored = try await scenario(id: try await rosterRecord(id: rosterId).scenarioId)
        let time = timestamp()
        let prepared = try PreparedVersion(roster, rosterId: rosterId, parent: parentVersion, scenario: stored, note: note, source: source, at: time,
                                           cache: evaluations)
        let saved: (version: StoredVersion, edits: [StoredEdit]) = try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: self.logger)
            let last = try await Self.one(Int.self, connection.query(
                "SELECT COALESCE(MAX(number), 0) FROM rosterVersion WHERE rosterId = \(rosterId)", logger: self.logger))
            let inserted = try await StoreRows.versions(connection.query("""
                INSERT INTO rosterVersion (rosterId, number, parentVersionId, content, sha256, state, createdBy, createdAt, note)
                VALUES (\(rosterId), \(last + 1), \(parentVersion.id), \(prepared.content), \(prepared.sha256), 'proposed', \(actor), \(time), \(note))
                RETURNING \(unescaped: StoreRows.versionColumns)
                """, logger: self.logger))
            guard let version = inserted.first, let versionId = version.id else {
                throw StoreError.corruptContent(what: "PostgreSQL", detail: "no version returned")
            }
            var edits: [StoredEdit] = []
            for change in prepared.changes {
                let id = try await Self.one(Int64.self, connection.query("""
                    INSERT INTO edit (versionId, staff, date, before, after, editedBy, editedAt)
                    VALUES (\(versionId), \(change.staff.rawValue), \(change.date.description), \(change.before?.rawValue), \(change.after?.rawValue), \(actor), \(time))
                    RETURNING id
                    """, logger: self.logger))
                edits.append(StoredEdit(id: id, versionId: versionId, staff: change.staff.rawValue, date: change.date.description,
                                        before: change.before?.rawValue, after: change.after?.rawValue, editedBy: actor, editedAt: time))
            }
            try await self.appendAudit(connection, at: time, actor: actor, action: "roster.edit", subject: "roster \(rosterId) v\(version.number)",
                                       payload: prepared.auditPayload, locked: true)
            return (version, edits)
        }
        if let id = saved.version.id { evaluations.remember(prepared, versionId: id, scenario: stored, policy: policy) }
        return saved
    }

    public func rosters() async throws(StoreError) -> [RosterSummary] {
        try await transaction { connection in
            let rosters = try await StoreRows.rosters(connection.query(
                "SELECT \(unescaped: StoreRows.rosterColumns) FROM roster ORDER BY id", logger: self.logger))
            var names: [Int64: (scenario: String, unit: String)] = [:]
            for try await row in try await connection.query("""
                SELECT scenario.id, scenario.name, unit.name FROM scenario JOIN unit ON unit.id = scenario.unitId
                """, logger: self.logger).decode((Int64, String, String).self) {
                names[row.0] = (row.1, row.2)
            }
            // Per roster: how many versions, and the state of the latest.
            var counts: [Int64: (count: Int, state: String)] = [:]
            for try await row in try await connection.query("""
                SELECT rosterId, count(*)::BIGINT, (array_agg(state ORDER BY number DESC))[1] FROM rosterVersion GROUP BY rosterId
                """, logger: self.logger).decode((Int64, Int, String).self) {
                counts[row.0] = (row.1, row.2)
            }
            return rosters.map { roster in
                let count = counts[roster.id ?? 0]
                return RosterSummary(roster: roster, scenarioName: names[roster.scenarioId]?.scenario ?? "?",
                                     unitName: names[roster.scenarioId]?.unit ?? "?", versions: count?.count ?? 0,
                                     latestState: count.flatMap { SignOffState(rawValue: $0.state) })
            }
        }
    }

    public func rosterRecord(id: Int64) async throws(StoreError) -> StoredRoster {
        try await transaction { connection in try await Self.roster(connection, id: id, logger: self.logger) }
    }

    public func versions(rosterId: Int64) async throws(StoreError) -> [StoredVersion] {
        try await transaction { connection in
            _ = try await Self.roster(connection, id: rosterId, logger: self.logger)
            return try await StoreRows.versions(connection.query(
                "SELECT \(unescaped: StoreRows.versionColumns) FROM rosterVersion WHERE rosterId = \(rosterId) ORDER BY number", logger: self.logger))
        }
    }

    /// The versions of a roster without their content (the engine read from it by the server).
    public func versionHeaders(rosterId: Int64) async throws(StoreError) -> [VersionHeader] {
        try await transaction { connection in
            _ = try await Self.roster(connection, id: rosterId, logger: self.logger)
            var headers: [VersionHeader] = []
            let rows = try await connection.query("""
                SELECT id, rosterId, number, parentVersionId, sha256, state, createdBy, createdAt, note,
                       (content::jsonb -> 'provenance' ->> 'engine')
                FROM rosterVersion WHERE rosterId = \(rosterId) ORDER BY number
                """, logger: self.logger)
            for try await r in rows.decode((Int64, Int64, Int, Int64?, String, String, String, String, String?, String?).self) {
                guard let state = SignOffState(rawValue: r.5) else {
                    throw StoreError.corruptContent(what: "rosterVersion \(r.0)", detail: "unknown state \(r.5)")
                }
                headers.append(VersionHeader(id: r.0, rosterId: r.1, number: r.2, parentVersionId: r.3, sha256: r.4, state: state,
                                             createdBy: r.6, createdAt: r.7, note: r.8, engine: r.9))
            }
            return headers
        }
    }

    public func version(rosterId: Int64, number: Int) async throws(StoreError) -> StoredVersion {
        try await transaction { connection in try await Self.version(connection, rosterId: rosterId, number: number, logger: self.logger) }
    }

    public func edits(versionId: Int64) async throws(StoreError) -> [StoredEdit] {
        try await transaction { connection in
            try await StoreRows.edits(connection.query(
                "SELECT \(unescaped: StoreRows.editColumns) FROM edit WHERE versionId = \(versionId) ORDER BY id", logger: self.logger))
        }
    }

    static func roster(_ connection: PostgresConnection, id: Int64, logger: Logger) async throws -> StoredRoster {
        let rows = try await StoreRows.rosters(connection.query(
            "SELECT \(unescaped: StoreRows.rosterColumns) FROM roster WHERE id = \(id)", logger: logger))
        guard let roster = rows.first else { throw StoreError.notFound("roster \(id)") }
        return roster
    }

    static func version(_ connection: PostgresConnection, rosterId: Int64, number: Int, logger: Logger) async throws -> StoredVersion {
        let rows = try await StoreRows.versions(connection.query("""
            SELECT \(unescaped: StoreRows.versionColumns) FROM rosterVersion WHERE rosterId = \(rosterId) AND number = \(number)
            """, logger: logger))
        guard let version = rows.first else { throw StoreError.notFound("roster \(rosterId) version \(number)") }
        return version
    }
}
