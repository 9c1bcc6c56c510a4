import Foundation
import RosterStore
import RosterStorePostgres
import Scheduling
import Synchronization
import Testing

/// A database the job-queue suite runs against: SQLite always, PostgreSQL when
/// `ROSTER_TEST_POSTGRES_URL` names a server on which the user may create databases.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var serverURL: String? {
        ProcessInfo.processInfo.environment["ROSTER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The backends of this run.
    static var available: [Backend] { serverURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }
}
