import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `sched-cli audit`: the hash-chained audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check or print the append-only, hash-chained audit log.",
        subcommands: [Verify.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain; exit 7 and name every altered, removed or reordered entry.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            let result = orExit { () throws(StoreError) in try database.verifyAudit() }
            if result.isIntact {
                print("Journal d'audit intact / audit log intact: \(result.entriesChecked) entrée(s), dernière empreinte / head hash \(result.lastHash ?? "-")")
                return
            }
            printError("Journal d'audit ALTÉRÉ / audit log TAMPERED (\(store.db)):")
            for problem in result.problems { printError("  - \(problem)") }
            throw ExitCode(StoreExit.auditBroken)
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the audit entries in order.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            for e in orExit({ () throws(StoreError) in try database.auditEntries() }) {
                print("\(e.sequence)\t\(e.recordedAt)\t\(e.actor)\t\(e.action)\t\(e.subject)\t\(e.payload)\t\(e.hash.prefix(12))…")
            }
        }
    }
}
