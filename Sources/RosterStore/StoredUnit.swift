import GRDB

/// A care unit (service), named as in its scenarios.
public struct StoredUnit: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var name: String
}

extension StoredUnit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "unit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
