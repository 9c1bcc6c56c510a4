import ArgumentParser
import RosterStore
import Scheduling

extension RosterCommand {
    /// `sched-cli roster diff`: the explainable diff between two stored versions, by default a
    /// version against the signed one it was made from.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain the changes between two versions of a roster (by default the latest against its signed ancestor, else its parent).")

        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "Roster id in the store.")
        var roster: Int64

        @Option(name: .long, help: "The earlier version (default: the nearest signed ancestor of --to, else its parent).")
        var from: Int?

        @Option(name: .long, help: "The later version (default: the latest).")
        var to: Int?

        @Option(name: .long, help: "Output format: text or json.")
        var format: ReviewFormat = .text

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard format != .html else { throw ValidationError("--format: roster diff writes text or json") }
        }

        func run() throws {
            let database = store.open()
            let versions = orExit { () throws(StoreError) in try database.versions(rosterId: roster) }
            guard let later = to ?? versions.last?.number else { throw ValidationError("roster \(roster) has no version") }
            let earlier: Int
            if let from {
                earlier = from
            } else if let signed = orExit({ () throws(StoreError) in try database.signedAncestor(rosterId: roster, of: later) }) {
                earlier = signed.number
            } else if let parentId = versions.first(where: { $0.number == later })?.parentVersionId,
                      let parent = versions.first(where: { $0.id == parentId }) {
                earlier = parent.number
            } else {
                throw ValidationError("version \(later) has no parent: give --from")
            }
            let diff = orExit { () throws(StoreError) in try database.diff(rosterId: roster, from: earlier, to: later) }
            switch format {
            case .json: print(String(decoding: ScenarioFile.encode(diff), as: UTF8.self))
            default: print(diff.text(output.lang == .fr ? .fr : .en))
            }
        }
    }
}

/// After a new version is saved from (a descendant of) a signed one: its diff against that
/// signed version, so that the change to what was signed is explained at once.
func printDiffAgainstSigned(_ database: RosterDatabase, roster: Int64, version: Int, language: Language) {
    guard let signed = orExit({ () throws(StoreError) in try database.signedAncestor(rosterId: roster, of: version) }) else { return }
    let diff = orExit { () throws(StoreError) in try database.diff(rosterId: roster, from: signed.number, to: version) }
    print("")
    print(language == .fr ? "Différences avec la version signée \(signed.number) :" : "Differences from signed version \(signed.number):")
    print(diff.text(language))
}
