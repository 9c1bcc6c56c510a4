import GRDB

/// A roster of one scenario: a line of versions, the first a proposal.
public struct StoredRoster: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var scenarioId: Int64
    public var label: String?
    public var createdBy: String
    public var createdAt: String

    /// A row as another backend reads it.
    public init(id: Int64?, scenarioId: Int64, label: String?, createdBy: String, createdAt: String) {
        self.id = id
        self.scenarioId = scenarioId
        self.label = label
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

extension StoredRoster: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "roster"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
