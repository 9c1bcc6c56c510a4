import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `--db FILE`: the store's database file.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store's SQLite database file.")
    var db: String

    /// Opens the store; commands that only read refuse to create a new file.
    func open(create: Bool = false) -> RosterDatabase {
        orExit { () throws(StoreError) in try RosterDatabase(path: db, create: create) }
    }
}

/// `--roster ID [--version N]`: one version of a stored roster (the latest when N is omitted).
struct VersionOptions: ParsableArguments {
    @Option(name: .long, help: "Roster id in the store (see `roster list`).")
    var roster: Int64

    @Option(name: .long, help: "Version number (default: the latest).")
    var version: Int?

    func validate() throws {
        if roster <= 0 { throw ValidationError("--roster must be a positive roster id, not \(roster)") }
        if let version, version <= 0 { throw ValidationError("--version must be a positive version number, not \(version)") }
    }

    /// The version number asked for, or the roster's latest.
    func number(in store: RosterDatabase) -> Int {
        if let version { return version }
        return orExit { () throws(StoreError) in
            guard let last = try store.versions(rosterId: roster).last else { throw .notFound("roster \(roster) has no version") }
            return last.number
        }
    }
}

/// `--by NAME`: who acts (recorded in the audit log).
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: "Name of the person acting, as it will appear in the audit log and on signatures.")
    var by: String

    func validate() throws {
        if by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--by must name the person acting") }
    }
}

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
        case .signOff, .nothingChanged: exit(StoreExit.refused)
        case .database, .corruptContent: exit(StoreExit.database)
        case .input, .notFound: exit(StoreExit.input)
        }
    }
}

/// The default actor for commands where `--by` is optional: the login name.
func defaultActor() -> String {
    ProcessInfo.processInfo.environment["USER"] ?? "sched-cli"
}

extension LanguageOption {
    var language: Language { self == .fr ? .fr : .en }
}
