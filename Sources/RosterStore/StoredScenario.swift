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

    /// A row as another backend reads it.
    public init(id: Int64?, unitId: Int64, name: String, periodStart: String, periodDays: Int, sha256: String, content: String, importedBy: String, importedAt: String) {
        self.id = id
        self.unitId = unitId
        self.name = name
        self.periodStart = periodStart
        self.periodDays = periodDays
        self.sha256 = sha256
        self.content = content
        self.importedBy = importedBy
        self.importedAt = importedAt
    }
}

extension StoredScenario: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "scenario"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
