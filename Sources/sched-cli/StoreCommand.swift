import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `sched-cli store`: the embedded database and the scenarios it holds.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Import scenarios into the store (one SQLite file) and list them.",
        subcommands: [Import.self, Scenarios.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a scenario file and store it with its SHA-256 (creates the database if needed).")

        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "Who imports (default: the login name).")
        var by: String?

        @Argument(help: "Scenario JSON file.")
        var scenario: String

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: scenario)) } catch {
                exitWithInputError(ScenarioError(file: scenario, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")]))
            }
            let database = store.open(create: true)
            let result = orExit { () throws(StoreError) in try database.importScenario(data, source: scenario, by: by ?? defaultActor()) }
            let id = result.scenario.id ?? 0
            print(result.isNew
                  ? "Scénario \(id) importé / scenario \(id) imported: \(result.scenario.name), sha256 \(result.scenario.sha256)"
                  : "Scénario déjà présent / scenario already stored as \(id) (same SHA-256 \(result.scenario.sha256))")
        }
    }

    struct Scenarios: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored scenarios.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            let scenarios = orExit { () throws(StoreError) in try database.scenarios() }
            if scenarios.isEmpty { print("Aucun scénario / no scenario."); return }
            for s in scenarios {
                print("\(s.id ?? 0)\t\(s.name)\t\(s.periodStart) + \(s.periodDays) j\tsha256 \(s.sha256.prefix(16))…\timporté par \(s.importedBy) le \(s.importedAt)")
            }
        }
    }
}
