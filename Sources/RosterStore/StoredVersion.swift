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
    public var state: String
    public var createdBy: String
    public var createdAt: String
    public var note: String?

    /// The sign-off state, or an error if the column holds something unknown.
    public func signOffState() throws(StoreError) -> SignOffState {
        guard let state = SignOffState(rawValue: state) else {
            throw .corruptContent(what: "rosterVersion \(id ?? 0).state", detail: "unknown state « \(self.state) »")
        }
        return state
    }

    /// The roster this version holds.
    public func roster() throws(StoreError) -> Roster {
        do throws(ScenarioError) {
            return try ScenarioFile.decode(Roster.self, from: Data(content.utf8), source: "rosterVersion \(id ?? 0).content")
        } catch {
            throw .corruptContent(what: error.file, detail: error.issues.map(\.description).joined(separator: "; "))
        }
    }
}

extension StoredVersion: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rosterVersion"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
