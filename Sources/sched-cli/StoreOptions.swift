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

/// The default actor for commands where `--by` is optional: the login name.
func defaultActor() -> String {
    ProcessInfo.processInfo.environment["USER"] ?? "sched-cli"
}

extension LanguageOption {
    var language: Language { self == .fr ? .fr : .en }
}
