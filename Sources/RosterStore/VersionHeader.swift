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

    /// The `SELECT` list matching these fields, on `rosterVersion`.
    static let columns = "id, rosterId, number, parentVersionId, sha256, state, createdBy, createdAt, note, "
        + "json_extract(content, '$.provenance.engine') AS engine"
}
