import GRDB

/// One cell changed by the cadre between a version and its parent.
public struct StoredEdit: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var versionId: Int64
    public var staff: String
    public var date: String
    /// Shift code before and after; nil for a day off.
    public var before: String?
    public var after: String?
    public var editedBy: String
    public var editedAt: String
}

extension StoredEdit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "edit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
