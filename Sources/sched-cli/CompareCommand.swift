import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli compare`: indicators of several rosters of the same unit, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare rosters of one scenario side by side (coverage, requests, fairness, hours, overtime, violations, objective, gap).")

    @Argument(help: "Scenario JSON file.")
    var scenario: String

    @Argument(help: "Rosters (JSON or CSV), two or more.")
    var rosters: [String]

    @Flag(name: .long, help: "Print the comparison as JSON.")
    var json = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard rosters.count >= 2 else { throw ValidationError("compare needs at least two rosters, got \(rosters.count)") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let evaluator = Evaluator(problem: problem)
        let rows = rosters.map { path in
            let grid = loadGridOrExit(path, problem: problem).1
            return RosterComparison(name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, problem: problem,
                                    grid: grid, report: evaluator.evaluate(grid), provenance: loadProvenance(path))
        }
        if json {
            print(String(decoding: ScenarioFile.encode(rows), as: UTF8.self))
        } else {
            print(ComparisonTable(language: output.lang == .fr ? .fr : .en).render(rows))
        }
    }
}
