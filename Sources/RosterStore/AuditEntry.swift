import GRDB

/// One entry of the append-only audit log (*journal d'audit*).
///
/// `hash` is the SHA-256 of the entry's fields and of `previousHash`, the hash of the entry
/// before it (64 zeros for the first): changing, removing or reordering an entry breaks the chain.
public struct AuditEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// 1, 2, 3… with no gap.
    public var sequence: Int
    public var recordedAt: String
    public var actor: String
    /// `scenario.import`, `roster.propose`, `roster.edit`, `review.start`, `review.acknowledge`,
    /// `review.override`, `review.validate`, `review.sign`.
    public var action: String
    /// What the entry is about, e.g. `roster 3 v2`.
    public var subject: String
    /// Details as canonical JSON.
    public var payload: String
    public var previousHash: String
    public var hash: String

    /// A row as another backend reads it.
    public init(id: Int64?, sequence: Int, recordedAt: String, actor: String, action: String, subject: String, payload: String, previousHash: String, hash: String) {
        self.id = id
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.action = action
        self.subject = subject
        self.payload = payload
        self.previousHash = previousHash
        self.hash = hash
    }
}

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "auditEntry"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
