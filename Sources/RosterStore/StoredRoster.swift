import GRDB

/// A roster of one scenario: a line of versions, the first a proposal.
public struct StoredRoster: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var scenarioId: Int64
    public var label: String?
    public var createdBy: String
    public var createdAt: String
}

extension StoredRoster: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "roster"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
