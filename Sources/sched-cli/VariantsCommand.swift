import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli variants`: several rosters under named priorities, compared under the unit's weights.
struct VariantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variants",
        abstract: "Generate roster variants with named priorities (\(PriorityProfile.allCases.map(\.rawValue).joined(separator: ", "))) and compare them.",
        discussion: "Profiles multiply the scenario's soft weights (docs/repair-and-variants.md). Every variant is scored with the scenario's original weights. --diversity W makes each variant pay W for each worked cell it shares with an earlier one.")

    @Argument(help: "Scenario JSON file.")
    var scenario: String

    @Option(name: .long, help: "Comma-separated profiles, in order.")
    var profiles: String = "standard,requests,fairness"

    @Option(name: .long, help: "Previous roster (JSON or CSV), needed by the stability profile.")
    var previous: String?

    @Option(name: .long, help: "Force diversity: price of each worked cell repeated from an earlier variant (e.g. \(Int(VariantGeneration.defaultDiversityWeight))).")
    var diversity: Double?

    @Option(name: .long, help: "Time limit per variant, in seconds.")
    var timeLimit: Double = 60

    @Option(name: .long, help: "Deterministic budget per variant: maximum branch-and-bound nodes.")
    var nodeLimit: Int?

    @Option(name: .long, help: "Engine: hybrid, mip, greedy.")
    var engine: EngineOption = .hybrid

    @Option(name: .long, help: "Seed of the first variant (the next ones add 1, 2…).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Directory where variant-N-PROFILE.json files are written.")
    var outDir: String

    @Flag(name: .long, help: "Print the comparison as JSON.")
    var json = false

    @OptionGroup var output: OutputOptions

    func parsedProfiles() throws(ValidationError) -> [PriorityProfile] {
        var result: [PriorityProfile] = []
        for name in profiles.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let profile = PriorityProfile(rawValue: name) else {
                throw ValidationError("--profiles: \(VariantError.unknownProfile(name))")
            }
            result.append(profile)
        }
        guard !result.isEmpty else { throw ValidationError("--profiles: give at least one profile") }
        return result
    }

    func validate() throws {
        let chosen = try parsedProfiles()
        if chosen.contains(.stability) && previous == nil { throw ValidationError("--profiles: \(VariantError.previousRosterRequired(profile: .stability))") }
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let diversity, !(diversity >= 0 && diversity.isFinite) { throw ValidationError("--diversity must be ≥ 0") }
        if let nodeLimit, nodeLimit < 1 { throw ValidationError("--node-limit must be at least 1") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let previousGrid = previous.map { loadGridOrExit($0, problem: problem).1 }
        let chosen = try parsedProfiles()
        do { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) } catch {
            throw ValidationError("--out-dir: cannot create \(outDir): \(error.localizedDescription)")
        }
        let watchdog = Watchdog(seconds: Double(chosen.count) * Watchdog.allowance(for: timeLimit), what: "sched-cli variants \(scenario)")
        defer { watchdog.disarm() }
        let variants: [VariantGeneration.Variant]
        do {
            variants = try VariantGeneration.generate(problem, profiles: chosen, previous: previousGrid, diversityWeight: diversity, engine: engine.engine,
                                                      options: SolveOptions(timeLimitSeconds: timeLimit, nodeLimit: nodeLimit, seed: seed))
        } catch {
            printError("variants: \(error)")
            throw ExitCode(3)
        }
        var rows: [RosterComparison] = []
        for (i, variant) in variants.enumerated() {
            let name = "variant-\(i + 1)-\(variant.profile.rawValue)"
            try writeFile(ScenarioFile.encode(variant.roster), to: URL(fileURLWithPath: outDir).appendingPathComponent(name + ".json").path)
            rows.append(RosterComparison(name: name, problem: problem, grid: variant.grid, report: variant.report, provenance: variant.roster.provenance))
        }
        if json {
            print(String(decoding: ScenarioFile.encode(rows), as: UTF8.self))
        } else {
            print(ComparisonTable(language: output.lang == .fr ? .fr : .en).render(rows))
            if variants.count >= 2 {
                let language: Language = output.lang == .fr ? .fr : .en
                print("")
                for i in 1..<variants.count {
                    let cells = (0..<problem.staffCount).reduce(0) { sum, s in sum + (0..<problem.dayCount).filter { variants[i].grid[s, $0] != variants[i - 1].grid[s, $0] }.count }
                    print(language == .fr ? "variante \(i + 1) contre variante \(i) : \(cells) case(s) différente(s)" : "variant \(i + 1) vs variant \(i): \(cells) differing cell(s)")
                }
            }
        }
        if variants.count < chosen.count { throw ExitCode(4) }
    }
}
