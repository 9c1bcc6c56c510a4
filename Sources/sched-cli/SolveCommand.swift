import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli solve`: propose a roster for a scenario and print its evaluation.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Propose a roster (scenario JSON or Curtois–Qu InstanceN.txt).")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt benchmark file.")
    var scenario: String

    @Option(name: .long, help: "Time limit in seconds (default 60, or none when --node-limit or --iterations makes the run repeatable).")
    var timeLimit: Double?

    @Option(name: .long, help: "Stop when the proven relative gap is below this (e.g. 0.001).")
    var gap: Double = 1e-4

    @Option(name: .long, help: "Deterministic budget: maximum branch-and-bound nodes (repeatable runs).")
    var nodeLimit: Int?

    @Option(name: .long, help: "Deterministic budget: local-search moves per run (repeatable runs with the same seed).")
    var iterations: Int?

    @Option(name: .long, help: "Seed for randomised parts (recorded in the provenance).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Engine: hybrid (default: greedy start, local search, branch-and-cut, large-neighbourhood search), mip, local-search (no GLPK), greedy.")
    var engine: EngineOption = .hybrid

    @Option(name: .long, help: "Write the roster as JSON here.")
    var out: String?

    @Option(name: .long, help: "Write the roster as a CSV grid here.")
    var csv: String?

    @Flag(name: .long, help: "Print the evaluation as JSON instead of text.")
    var json = false

    @Option(name: .long, help: "Keep the latest progress (elapsed, best, bound, gap) as JSON in this file (used by `serve`).")
    var progressFile: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        guard gap >= 0, gap.isFinite else { throw ValidationError("--gap must be ≥ 0") }
        if let nodeLimit, nodeLimit < 1 { throw ValidationError("--node-limit must be at least 1") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let display = ProgressDisplay(enabled: !json && isatty(STDERR_FILENO) != 0)
        let repeatable = timeLimit == nil && (nodeLimit != nil || iterations != nil)
        let limit = repeatable ? nil : timeLimit ?? 60
        let progressWriter = progressFile.map(ProgressFile.init(path:))
        let options = SolveOptions(timeLimitSeconds: limit, relativeGap: gap, nodeLimit: nodeLimit, iterationLimit: iterations, seed: seed,
                                   progress: { display.show($0); progressWriter?.write($0) })
        let result: SolveResult
        let watchdog = Watchdog(seconds: Watchdog.allowance(for: limit ?? 3600), what: "sched-cli solve \(scenario)")
        defer { watchdog.disarm() }
        do { result = try RosterSolver.solve(problem, engine: engine.engine, options: options) } catch {
            display.finish()
            printError("solver error: \(error)")
            throw ExitCode(3)
        }
        display.finish()
        if let roster = result.roster {
            if let out { try writeFile(ScenarioFile.encode(roster), to: out) }
            if let csv { try writeFile(Data(RosterCSV.render(roster).utf8), to: csv) }
        }
        let language: Language = output.lang == .fr ? .fr : .en
        if json {
            print(String(decoding: ScenarioFile.encode(SolveSummary(result: result, problem: problem)), as: UTF8.self))
        } else {
            print(ReportPrinter(problem: problem, language: language).solveSummary(result))
        }
        if result.roster == nil { throw ExitCode(4) }
        if result.objectiveMismatch { throw ExitCode(5) }
        if result.report?.isFeasible == false { throw ExitCode(1) }
    }
}

enum EngineOption: String, ExpressibleByArgument, CaseIterable {
    case hybrid, mip, greedy
    case localSearch = "local-search"

    var engine: SolverEngine {
        switch self {
        case .hybrid: .hybrid
        case .mip: .mip
        case .localSearch: .localSearch
        case .greedy: .greedy
        }
    }
}
