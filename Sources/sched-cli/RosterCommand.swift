import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `sched-cli roster`: rosters and their versions in the store.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Record proposals and edited versions of a roster, list and show them, explain the changes between two versions.",
        subcommands: [Save.self, Edit.self, List.self, Show.self, Diff.self])

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a roster (from `solve --out`, or a CSV grid) as version 1 of a new roster, state proposed.")

        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "The scenario: its id in the store, or a scenario file (imported if new).")
        var scenario: String

        @Option(name: .long, help: "A label, e.g. « juin 2026, proposition A ».")
        var label: String?

        @Option(name: .long, help: "Who records it (default: the login name).")
        var by: String?

        @Argument(help: "Roster JSON file, or CSV grid.")
        var roster: String

        func run() throws {
            let database = store.open(create: true)
            let actor = by ?? defaultActor()
            let stored = resolveScenario(scenario, in: database, by: actor)
            let content = loadRosterFile(roster, scenario: stored)
            let version = orExit { () throws(StoreError) in
                try database.saveProposal(content, scenarioId: stored.id ?? 0, label: label, by: actor, source: roster)
            }
            print("Planning \(version.rosterId) version \(version.number) enregistré (proposé) / roster \(version.rosterId) version \(version.number) saved (proposed), sha256 \(version.sha256)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a changed roster as a new version of an existing one (a signed version stays as it is).")

        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "Roster id in the store.")
        var roster: Int64

        @Option(name: .long, help: "The version it was made from.")
        var parent: Int

        @Option(name: .long, help: "Why it changed, kept with the version.")
        var note: String?

        @OptionGroup var actor: ActorOptions

        @Argument(help: "The changed roster: JSON file or CSV grid.")
        var file: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            let database = store.open()
            let scenario = orExit { () throws(StoreError) in try database.scenario(id: try database.rosterRecord(id: roster).scenarioId) }
            let content = loadRosterFile(file, scenario: scenario)
            let result = orExit { () throws(StoreError) in
                try database.saveVersion(content, rosterId: roster, parent: parent, note: note, by: actor.by, source: file)
            }
            print("Planning \(roster) version \(result.version.number) enregistrée (\(result.edits.count) case(s) modifiée(s) depuis la version \(parent)) / version \(result.version.number) saved, \(result.edits.count) cell(s) changed from version \(parent)")
            for edit in result.edits {
                print("  \(edit.staff)\t\(edit.date)\t\(edit.before ?? "repos") → \(edit.after ?? "repos")")
            }
            printDiffAgainstSigned(database, roster: roster, version: result.version.number, language: output.lang == .fr ? .fr : .en)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored rosters.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            let rosters = orExit { () throws(StoreError) in try database.rosters() }
            if rosters.isEmpty { print("Aucun planning / no roster."); return }
            print("id\tscénario\tversions\tdernier état\tlibellé")
            for r in rosters {
                print("\(r.roster.id ?? 0)\t\(r.scenarioName)\t\(r.versions)\t\(r.latestState?.rawValue ?? "-")\t\(r.roster.label ?? "")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a roster's versions, or write one version's roster JSON with --out.")

        @OptionGroup var store: StoreOptions

        @OptionGroup var selection: VersionOptions

        @Option(name: .long, help: "Write the version's roster JSON to this file (for `check`, `solve`, or editing).")
        var out: String?

        func run() throws {
            let database = store.open()
            let versions = orExit { () throws(StoreError) in try database.versions(rosterId: selection.roster) }
            if let out {
                let number = selection.number(in: database)
                let version = orExit { () throws(StoreError) in try database.version(rosterId: selection.roster, number: number) }
                try writeFile(Data(version.content.utf8), to: out)
                print("Version \(number) écrite dans / written to \(out)")
                return
            }
            let byId = Dictionary(uniqueKeysWithValues: versions.compactMap { v in v.id.map { ($0, v.number) } })
            print("version\tétat\tparent\tpar\tle\tsha256\tnote")
            for v in versions where selection.version == nil || selection.version == v.number {
                let parent = v.parentVersionId.flatMap { byId[$0] }.map { "v\($0)" } ?? "-"
                print("v\(v.number)\t\(v.state)\t\(parent)\t\(v.createdBy)\t\(v.createdAt)\t\(v.sha256.prefix(16))…\t\(v.note ?? "")")
                if selection.version == v.number, let id = v.id {
                    for edit in orExit({ () throws(StoreError) in try database.edits(versionId: id) }) {
                        print("  \(edit.staff)\t\(edit.date)\t\(edit.before ?? "repos") → \(edit.after ?? "repos")")
                    }
                }
            }
        }
    }
}

/// A stored scenario id, or a file imported if new.
func resolveScenario(_ value: String, in database: RosterDatabase, by actor: String) -> StoredScenario {
    if let id = Int64(value), !FileManager.default.fileExists(atPath: value) {
        return orExit { () throws(StoreError) in try database.scenario(id: id) }
    }
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: value)) } catch {
        exitWithInputError(ScenarioError(file: value, issues: [InputIssue(path: "", message: "neither a stored scenario id nor a readable file: \(error.localizedDescription)")]))
    }
    return orExit { () throws(StoreError) in try database.importScenario(data, source: value, by: actor).scenario }
}

/// Reads a roster JSON file, or a CSV grid against the stored scenario.
func loadRosterFile(_ path: String, scenario stored: StoredScenario) -> Roster {
    do throws(ScenarioError) {
        guard path.lowercased().hasSuffix(".csv") else { return try ScenarioFile.loadRoster(path: path) }
        let scenario = try ScenarioFile.decode(Scenario.self, from: Data(stored.content.utf8), source: "scenario \(stored.id ?? 0)")
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try RosterCSV.parse(text, scenario: scenario, source: path)
    } catch {
        exitWithInputError(error)
    }
}
