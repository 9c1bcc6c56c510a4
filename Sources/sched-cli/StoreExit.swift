import Foundation
import RosterStore

/// Exit statuses of the store commands, beside those of `solve` and `check` (2 = bad input).
enum StoreExit {
    static let input: Int32 = 2
    /// The sign-off workflow refused the step (open violation, wrong state, signed version…).
    static let refused: Int32 = 6
    /// `audit verify` found the log altered.
    static let auditBroken: Int32 = 7
    /// The database file cannot be used.
    static let database: Int32 = 8
}

/// Runs a store operation, or prints its error and exits with the matching status.
func orExit<T>(_ body: () throws(StoreError) -> T) -> T {
    do throws(StoreError) {
        return try body()
    } catch {
        printError("error: \(error)")
        switch error {
        case .signOff, .nothingChanged, .accountExists, .jobState: exit(StoreExit.refused)
        case .database, .corruptContent: exit(StoreExit.database)
        case .input, .notFound: exit(StoreExit.input)
        }
    }
}
