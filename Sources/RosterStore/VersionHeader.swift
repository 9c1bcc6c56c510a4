import GRDB
import Scheduling

/// A version without its content, for listings: reading a roster's history must not load and
/// decode every version's roster. `engine` is the content's `provenance.engine`, extracted by
/// SQLite.
public struct VersionHeader: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var rosterId: Int64
    public var number: Int
    public var parentVersionId: Int64?
    public var sha256: String
    public var state: SignOffState
    public var createdBy: String
    public var createdAt: String
    public var note: String?
    public var engine: String?

    public init(id: Int64, rosterId: Int64, number: Int, parentVersionId: Int64?, sha256: String, state: SignOffState, createdBy: String,
                createdAt: String, note: String?, engine: String?) {
        self.id = id
        self.rosterId = rosterId
        self.number = number
        self.parentVersionId = parentVersionId
        self.sha256 = sha256
        self.state = state
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.note = note
        self.engine = engine
    }

    /// The `SELECT` list matching these fields, on `rosterVersion`.
    static let columns = "id, rosterId, number, parentVersionId, sha256, state, createdBy, createdAt, note, "
        + "json_extract(content, '$.provenance.engine') AS engine"
}
