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
            abstract: "Recompute the hash chain and the content hashes; exit 7 and name every altered, removed or reordered entry.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            let result = orExit { () throws(StoreError) in try database.verifyAudit() }
            let mismatches = orExit { () throws(StoreError) in try database.verifyContent() }
            if result.isIntact && mismatches.isEmpty {
                print("Journal d'audit intact / audit log intact: \(result.entriesChecked) entrée(s), dernière empreinte / head hash \(result.lastHash ?? "-")")
                print("Contenus conformes à leurs empreintes / stored contents match their hashes.")
                return
            }
            if !result.isIntact {
                printError("Journal d'audit ALTÉRÉ / audit log TAMPERED (\(store.db)):")
                for problem in result.problems { printError("  - \(problem)") }
            }
            if !mismatches.isEmpty {
                printError("Contenus ALTÉRÉS / stored contents TAMPERED (\(store.db)):")
                for mismatch in mismatches { printError("  - \(mismatch)") }
            }
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
