import Foundation
import GRDB

/// A person who signs in to the service: a login name, a role and a bcrypt password hash.
/// The units a cadre or viewer may see are `accountUnit` rows; an administrator sees all.
public struct StoredAccount: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var name: String
    public var role: AccountRole
    public var passwordHash: String
    public var createdAt: String

    public init(id: Int64? = nil, name: String, role: AccountRole, passwordHash: String, createdAt: String) {
        self.id = id
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    /// A login name as stored: trimmed, and not empty.
    package static func loginName(_ name: String) throws(StoreError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .notFound("account name (empty)") }
        return trimmed
    }
}

extension StoredAccount: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "account"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// What an account may do: an administrator everything; a cadre (*cadre de santé*, the head
/// nurse) read, edit, review and sign her units; a viewer read her units.
public enum AccountRole: String, Codable, Sendable, Hashable, CaseIterable, DatabaseValueConvertible {
    case admin, cadre, viewer
}
