import HummingbirdBcrypt
import RosterStore

/// Creating accounts (the first administrator comes from `sched-cli user add`).
public enum AccountDirectory {
    /// Hashes the password with bcrypt and stores the account with its units.
    public static func add(to database: RosterDatabase, name: String, role: AccountRole, password: String, units: [String],
                           by actor: String, cost: UInt8 = 12) throws(AccountError) -> StoredAccount {
        let hash = try passwordHash(password, role: role, units: units, cost: cost)
        do throws(StoreError) { return try database.addAccount(name: name, role: role, passwordHash: hash, units: units, by: actor) } catch {
            throw .store(error)
        }
    }

    /// The same on any store (SQLite or PostgreSQL).
    public static func add(to store: any RosterRepository, name: String, role: AccountRole, password: String, units: [String],
                           by actor: String, cost: UInt8 = 12) async throws(AccountError) -> StoredAccount {
        let hash = try passwordHash(password, role: role, units: units, cost: cost)
        do throws(StoreError) { return try await store.addAccount(name: name, role: role, passwordHash: hash, units: units, by: actor) } catch {
            throw .store(error)
        }
    }

    /// Checks the password's length and the role's units, then hashes the password.
    static func passwordHash(_ password: String, role: AccountRole, units: [String], cost: UInt8) throws(AccountError) -> String {
        guard password.count >= 10 else { throw .weakPassword(minimum: 10) }
        guard role == .admin || !units.isEmpty else { throw .unitRequired(role) }
        return Bcrypt.hash(password, cost: cost)
    }
}
