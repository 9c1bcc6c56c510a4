import GRDB
import Scheduling

/// A written override of a hard violation, as stored.
struct StoredOverride: Codable, Sendable, Hashable {
    var id: Int64?
    var versionId: Int64
    var item: String
    var justification: String
    var decidedBy: String
    var decidedAt: String

    var decision: Override { Override(item: item, justification: justification, by: decidedBy, at: decidedAt) }
}

extension StoredOverride: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "override"
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
