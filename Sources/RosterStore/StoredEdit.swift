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

    /// A row as another backend reads it.
    public init(id: Int64?, versionId: Int64, staff: String, date: String, before: String?, after: String?, editedBy: String, editedAt: String) {
        self.id = id
        self.versionId = versionId
        self.staff = staff
        self.date = date
        self.before = before
        self.after = after
        self.editedBy = editedBy
        self.editedAt = editedAt
    }
}

extension StoredEdit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "edit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
