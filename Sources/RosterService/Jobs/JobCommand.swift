import Foundation
import RosterStore

/// The `sched-cli` command line that runs one job in its child process, by kind:
///
/// | Kind | Command |
/// |---|---|
/// | `solve` | `solve SCENARIO --time-limit T --seed S --engine E --json --out roster.json --progress-file progress.json` |
/// | `variants` | `variants SCENARIO --profiles P1,P2 --previous source.json --time-limit T/n --seed S --out-dir variants --json` |
/// | `repair` | `repair SCENARIO source.json [--locks locks.json] --time-limit T --seed S --out roster.json --json` |
/// | `stress` | `stress SCENARIO --roster source.json --time-limit T/3 --seed S --json [--allow-overtime] [--absence-wave V…]` |
///
/// The job's time limit is its whole budget: variants share it, and the stress batch's five
/// repairs run two at a time in about three rounds.
struct JobCommand: Sendable, Hashable {
    var kind: JobKind
    var options: DerivedJobOptions
    var timeLimitSeconds: Double
    var seed: Int64
    var engine: String

    /// The files of the job's private directory the command reads and writes.
    struct Files: Sendable, Hashable {
        var scenario: URL
        var source: URL
        var locks: URL
        var roster: URL
        var variants: URL
        var progress: URL
    }

    func arguments(_ files: Files) -> [String] {
        let seedText = String(seed)
        switch kind {
        case .solve:
            return ["solve", files.scenario.path, "--time-limit", Self.seconds(timeLimitSeconds), "--seed", seedText, "--engine", engine,
                    "--json", "--out", files.roster.path, "--progress-file", files.progress.path]
        case .variants:
            let profiles = options.profiles ?? ["standard"]
            let each = max(1, (timeLimitSeconds / Double(max(1, profiles.count))).rounded(.down))
            return ["variants", files.scenario.path, "--profiles", profiles.joined(separator: ","), "--previous", files.source.path,
                    "--time-limit", Self.seconds(each), "--seed", seedText, "--out-dir", files.variants.path, "--json"]
        case .repair:
            var arguments = ["repair", files.scenario.path, files.source.path, "--time-limit", Self.seconds(timeLimitSeconds), "--seed", seedText,
                             "--out", files.roster.path, "--json"]
            if !(options.locks ?? []).isEmpty { arguments += ["--locks", files.locks.path] }
            return arguments
        case .stress:
            let each = max(1, (timeLimitSeconds / 3).rounded(.down))
            var arguments = ["stress", files.scenario.path, "--roster", files.source.path, "--time-limit", Self.seconds(each), "--seed", seedText, "--json"]
            if options.allowOvertime == true { arguments.append("--allow-overtime") }
            return arguments + (options.disruptions ?? [])
        }
    }

    /// Writes what the command reads besides the scenario: the source version and the locks.
    func prepare(_ files: Files, sourceRoster: String?) throws {
        if let sourceRoster { try Data(sourceRoster.utf8).write(to: files.source) }
        if let locks = options.locks, !locks.isEmpty { try JSONEncoder().encode(locks).write(to: files.locks) }
        if kind == .variants { try FileManager.default.createDirectory(at: files.variants, withIntermediateDirectories: true) }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
