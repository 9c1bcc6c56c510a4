import Foundation
import GRDB

extension RosterDatabase {
    /// Creates an account with its units; the password hash is computed by the caller (bcrypt).
    public func addAccount(name: String, role: AccountRole, passwordHash: String, units: [String], by actor: String) throws(StoreError) -> StoredAccount {
        let trimmed = try StoredAccount.loginName(name)
        let time = timestamp()
        return try write { db in
            if try StoredAccount.filter(Column("name") == trimmed).fetchOne(db) != nil {
                throw StoreError.accountExists(trimmed)
            }
            var account = StoredAccount(name: trimmed, role: role, passwordHash: passwordHash, createdAt: time)
            try account.insert(db)
            for unit in Set(units) {
                try db.execute(sql: "INSERT INTO accountUnit (accountId, unitName) VALUES (?, ?)", arguments: [account.id, unit])
            }
            try Self.appendAudit(db, at: time, actor: actor, action: "account.add", subject: "account \(trimmed)",
                                 payload: ["role": role.rawValue, "units": units.sorted().joined(separator: "; ")])
            return account
        }
    }

    /// The account with this login name, if any.
    public func account(named name: String) throws(StoreError) -> StoredAccount? {
        try read { db in try StoredAccount.filter(Column("name") == name).fetchOne(db) }
    }

    /// The account with this id.
    public func account(id: Int64) throws(StoreError) -> StoredAccount {
        try read { db in
            guard let account = try StoredAccount.fetchOne(db, key: id) else { throw StoreError.notFound("account \(id)") }
            return account
        }
    }

    /// Every account, by name.
    public func accounts() throws(StoreError) -> [StoredAccount] {
        try read { db in try StoredAccount.order(Column("name")).fetchAll(db) }
    }

    /// The names of the units an account is attached to.
    public func unitNames(ofAccount id: Int64) throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT unitName FROM accountUnit WHERE accountId = ? ORDER BY unitName", arguments: [id])
        }
    }
}

extension RosterDatabase {
    /// Every care unit, by name.
    public func units() throws(StoreError) -> [StoredUnit] {
        try read { db in try StoredUnit.order(Column("name")).fetchAll(db) }
    }

    /// The unit a scenario belongs to.
    /// - Complexity: one indexed join; the scenario's content is not read (rights are checked on
    ///   every request).
    public func unit(ofScenario scenarioId: Int64) throws(StoreError) -> StoredUnit {
        try read { db in
            if let unit = try StoredUnit.fetchOne(db, sql: "SELECT unit.* FROM unit JOIN scenario ON scenario.unitId = unit.id WHERE scenario.id = ?",
                                                  arguments: [scenarioId]) { return unit }
            guard try StoredScenario.exists(db, key: scenarioId) else { throw StoreError.notFound("scenario \(scenarioId)") }
            throw StoreError.notFound("unit of scenario \(scenarioId)")
        }
    }

    /// The unit a roster belongs to (through its scenario), in one indexed join.
    public func unit(ofRoster rosterId: Int64) throws(StoreError) -> StoredUnit {
        try read { db in
            if let unit = try StoredUnit.fetchOne(db, sql: """
                SELECT unit.* FROM unit JOIN scenario ON scenario.unitId = unit.id JOIN roster ON roster.scenarioId = scenario.id
                WHERE roster.id = ?
                """, arguments: [rosterId]) { return unit }
            guard try StoredRoster.exists(db, key: rosterId) else { throw StoreError.notFound("roster \(rosterId)") }
            throw StoreError.notFound("unit of roster \(rosterId)")
        }
    }
}
