import GRDB

/// A care unit (service), named as in its scenarios.
public struct StoredUnit: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var name: String

    /// A row as another backend reads it.
    public init(id: Int64?, name: String) {
        self.id = id
        self.name = name
    }
}

extension StoredUnit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "unit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
