import HummingbirdBcrypt
import RosterStore

/// Creating accounts (the first administrator comes from `sched-cli user add`).
public enum AccountDirectory {
    /// Hashes the password with bcrypt and stores the account with its units.
    public static func add(to database: RosterDatabase, name: String, role: AccountRole, password: String, units: [String],
                           by actor: String, cost: UInt8 = 12) throws(AccountError) -> StoredAccount {
        guard password.count >= 10 else { throw .weakPassword(minimum: 10) }
        guard role == .admin || !units.isEmpty else { throw .unitRequired(role) }
        let hash = Bcrypt.hash(password, cost: cost)
        do throws(StoreError) { return try database.addAccount(name: name, role: role, passwordHash: hash, units: units, by: actor) } catch {
            throw .store(error)
        }
    }
}
