import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `sched-cli review`: the cadre's sign-off workflow on one roster version.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review and sign a roster version: start, ack, override, validate, sign (proposed → under review → validated → signed).",
        subcommands: [Show.self, Start.self, Acknowledge.self, Override.self, Validate.self, Sign.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the hard violations and points of attention of a version, and what is still open.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .long, help: "Print the checklist, state, decisions and signature as JSON.")
        var json = false

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            let context = orExit { () throws(StoreError) in try database.reviewContext(rosterId: selection.roster, number: number) }
            if json {
                let open = context.workflow.openItems(context.checklist)
                let document = ReviewDocument(roster: selection.roster, version: number, state: context.workflow.state,
                                              checklist: context.checklist, openHardViolations: open.hard, openAttentionPoints: open.attention,
                                              overrides: context.workflow.overrides, acknowledgements: context.workflow.acknowledgements,
                                              signature: context.workflow.signature)
                print(String(decoding: ScenarioFile.encode(document), as: UTF8.self))
            } else {
                print(ReviewPrinter(language: output.lang.language).checklist(context))
            }
        }

        /// What `review show --json` prints.
        struct ReviewDocument: Codable {
            var roster: Int64
            var version: Int
            var state: SignOffState
            var checklist: ReviewChecklist
            var openHardViolations: [String]
            var openAttentionPoints: [String]
            var overrides: [Scheduling.Override]
            var acknowledgements: [Acknowledgement]
            var signature: SignatureRecord?
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "proposed → under review.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            _ = orExit { () throws(StoreError) in try database.startReview(rosterId: selection.roster, number: number, by: actor.by) }
            let context = orExit { () throws(StoreError) in try database.reviewContext(rosterId: selection.roster, number: number) }
            print(ReviewPrinter(language: output.lang.language).checklist(context))
        }
    }

    struct Acknowledge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ack", abstract: "Acknowledge points of attention, one --item per point (keys from `review show`).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var actor: ActorOptions

        @Option(name: .long, help: "Key of a point of attention; repeat for several.")
        var item: [String] = []

        @Option(name: .long, help: "What was done or decided about it.")
        var note: String?

        func validate() throws {
            if item.isEmpty { throw ValidationError("give at least one --item KEY (see `review show`)") }
        }

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            for key in item {
                _ = orExit { () throws(StoreError) in
                    try database.acknowledge(rosterId: selection.roster, number: number, item: key, note: note, by: actor.by)
                }
                print("Pris en compte / acknowledged: \(key)")
            }
        }
    }

    struct Override: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "override", abstract: "Override one hard violation with a written justification (dérogation).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var actor: ActorOptions

        @Option(name: .long, help: "Key of the hard violation (see `review show`).")
        var item: String

        @Option(name: .long, help: "Why the roster may be signed despite it (at least 20 letters or digits).")
        var justification: String

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            _ = orExit { () throws(StoreError) in
                try database.override(rosterId: selection.roster, number: number, item: item, justification: justification, by: actor.by)
            }
            print("Dérogation enregistrée / override recorded: \(item)")
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "under review → validated, once every hard violation is overridden and every point acknowledged.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var actor: ActorOptions

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            _ = orExit { () throws(StoreError) in try database.validate(rosterId: selection.roster, number: number, by: actor.by) }
            print("Planning \(selection.roster) version \(number) validé / validated.")
        }
    }

    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "validated → signed: records signer, time, roster and scenario SHA-256, engine, parameters and seed.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var selection: VersionOptions
        @OptionGroup var actor: ActorOptions

        func validate() throws {
            if selection.version == nil {
                throw ValidationError("a signature cannot be undone: name the version to sign with --version N (see `roster show`)")
            }
        }

        func run() throws {
            let database = store.open()
            let number = selection.number(in: database)
            let signature = orExit { () throws(StoreError) in try database.sign(rosterId: selection.roster, number: number, by: actor.by) }
            print("""
                Planning \(selection.roster) version \(number) signé par \(signature.signer) le \(signature.signedAt).
                  planning  sha256 \(signature.rosterSHA256)
                  scénario  sha256 \(signature.scenarioSHA256)
                  moteur    \(signature.engine ?? "-") \(signature.engineVersion ?? "")  graine/seed \(signature.seed.map { String($0) } ?? "-")
                  paramètres \(signature.parameters.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") } ?? "-")
                """)
        }
    }
}
