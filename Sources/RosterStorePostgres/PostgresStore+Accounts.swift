import Foundation
import PostgresNIO
import RosterStore
import Scheduling

extension PostgresStore {
    public func addAccount(name: String, role: AccountRole, passwordHash: String, units: [String], by actor: String) async throws(StoreError) -> StoredAccount {
        let trimmed = try StoredAccount.loginName(name)
        let time = timestamp()
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: self.logger)
            let existing = try await connection.query("SELECT id FROM account WHERE name = \(trimmed)", logger: self.logger)
            guard try await Self.first(Int64.self, existing) == nil else { throw StoreError.accountExists(trimmed) }
            let id = try await Self.one(Int64.self, connection.query("""
                INSERT INTO account (name, role, passwordHash, createdAt) VALUES (\(trimmed), \(role.rawValue), \(passwordHash), \(time)) RETURNING id
                """, logger: self.logger))
            for unit in Set(units) {
                try await connection.query("INSERT INTO accountUnit (accountId, unitName) VALUES (\(id), \(unit))", logger: self.logger)
            }
            try await self.appendAudit(connection, at: time, actor: actor, action: "account.add", subject: "account \(trimmed)",
                                       payload: ["role": role.rawValue, "units": units.sorted().joined(separator: "; ")], locked: true)
            return StoredAccount(id: id, name: trimmed, role: role, passwordHash: passwordHash, createdAt: time)
        }
    }

    public func account(named name: String) async throws(StoreError) -> StoredAccount? {
        try await transaction { connection in
            try await StoreRows.accounts(connection.query(
                "SELECT \(unescaped: StoreRows.accountColumns) FROM account WHERE name = \(name)", logger: self.logger)).first
        }
    }

    public func accounts() async throws(StoreError) -> [StoredAccount] {
        try await transaction { connection in
            try await StoreRows.accounts(connection.query(
                "SELECT \(unescaped: StoreRows.accountColumns) FROM account ORDER BY name", logger: self.logger))
        }
    }

    public func unitNames(ofAccount id: Int64) async throws(StoreError) -> [String] {
        try await transaction { connection in
            try await Self.all(String.self, connection.query(
                "SELECT unitName FROM accountUnit WHERE accountId = \(id) ORDER BY unitName", logger: self.logger))
        }
    }

    public func units() async throws(StoreError) -> [StoredUnit] {
        try await transaction { connection in
            try await StoreRows.units(connection.query("SELECT id, name FROM unit ORDER BY name", logger: self.logger))
        }
    }

    public func unit(ofScenario scenarioId: Int64) async throws(StoreError) -> StoredUnit {
        try await transaction { connection in
            let rows = try await StoreRows.units(connection.query("""
                SELECT unit.id, unit.name FROM scenario JOIN unit ON unit.id = scenario.unitId WHERE scenario.id = \(scenarioId)
                """, logger: self.logger))
            guard let unit = rows.first else { throw StoreError.notFound("scenario \(scenarioId)") }
            return unit
        }
    }

    public func unit(ofRoster rosterId: Int64) async throws(StoreError) -> StoredUnit {
        try await transaction { connection in
            let rows = try await StoreRows.units(connection.query("""
                SELECT unit.id, unit.name FROM roster JOIN scenario ON scenario.id = roster.scenarioId JOIN unit ON unit.id = scenario.unitId
                WHERE roster.id = \(rosterId)
                """, logger: self.logger))
            guard let unit = rows.first else { throw StoreError.notFound("roster \(rosterId)") }
            return unit
        }
    }

    public func scenarios() async throws(StoreError) -> [StoredScenario] {
        try await transaction { connection in
            try await StoreRows.scenarios(connection.query(
                "SELECT \(unescaped: StoreRows.scenarioColumns) FROM scenario ORDER BY id", logger: self.logger))
        }
    }

    public func scenario(id: Int64) async throws(StoreError) -> StoredScenario {
        try await transaction { connection in try await Self.scenario(connection, id: id, logger: self.logger) }
    }

    static func scenario(_ connection: PostgresConnection, id: Int64, logger: Logger) async throws -> StoredScenario {
        let rows = try await StoreRows.scenarios(connection.query(
            "SELECT \(unescaped: StoreRows.scenarioColumns) FROM scenario WHERE id = \(id)", logger: logger))
        guard let scenario = rows.first else { throw StoreError.notFound("scenario \(id)") }
        return scenario
    }
}
