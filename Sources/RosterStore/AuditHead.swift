import GRDB

/// The last entry of the chain, kept in its own row so that removing the tail is noticed.
struct AuditHead: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "auditHead"
    var id: Int = 1
    var sequence: Int
    var hash: String
}
