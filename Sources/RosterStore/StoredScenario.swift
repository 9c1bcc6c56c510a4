import GRDB

/// A scenario file kept in the store: its exact bytes (as text) and their SHA-256.
public struct StoredScenario: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var unitId: Int64
    public var name: String
    public var periodStart: String
    public var periodDays: Int
    public var sha256: String
    public var content: String
    public var importedBy: String
    public var importedAt: String
}

extension StoredScenario: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "scenario"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
