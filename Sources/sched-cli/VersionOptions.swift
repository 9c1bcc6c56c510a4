import ArgumentParser
import Foundation
import RosterStore
import Scheduling

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
