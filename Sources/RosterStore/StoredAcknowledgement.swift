import GRDB
import Scheduling

/// An acknowledged point of attention, as stored.
struct StoredAcknowledgement: Codable, Sendable, Hashable {
    var id: Int64?
    var versionId: Int64
    var item: String
    var acknowledgedBy: String
    var acknowledgedAt: String
    var note: String?

    var decision: Acknowledgement { Acknowledgement(item: item, by: acknowledgedBy, at: acknowledgedAt, note: note) }
}

extension StoredAcknowledgement: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "acknowledgement"
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
