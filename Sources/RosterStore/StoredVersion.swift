import Foundation
import GRDB
import Scheduling

/// One version of a roster: its content (roster JSON with provenance), the SHA-256 of its
/// canonical content, its parent version and its sign-off state.
public struct StoredVersion: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var rosterId: Int64
    /// 1, 2, 3… within the roster.
    public var number: Int
    public var parentVersionId: Int64?
    public var content: String
    public var sha256: String
    public var state: SignOffState
    public var createdBy: String
    public var createdAt: String
    public var note: String?

    /// The roster this version holds.
    public func roster() throws(StoreError) -> Roster {
        do throws(ScenarioError) {
            return try ScenarioFile.decode(Roster.self, from: Data(content.utf8), source: "rosterVersion \(id ?? 0).content")
        } catch {
            throw .corruptContent(what: error.file, detail: error.issues.map(\.description).joined(separator: "; "))
        }
    }

    /// A row as another backend reads it.
    public init(id: Int64?, rosterId: Int64, number: Int, parentVersionId: Int64?, content: String, sha256: String, state: SignOffState, createdBy: String, createdAt: String, note: String?) {
        self.id = id
        self.rosterId = rosterId
        self.number = number
        self.parentVersionId = parentVersionId
        self.content = content
        self.sha256 = sha256
        self.state = state
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.note = note
    }
}

extension StoredVersion: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rosterVersion"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Stored as its raw value (`proposed`, `under-review`, `validated`, `signed`).
extension SignOffState: DatabaseValueConvertible {}
