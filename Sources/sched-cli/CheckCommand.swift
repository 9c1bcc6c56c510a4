import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli check`: the evaluator's report on a roster.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate a roster (JSON or CSV grid) against its scenario: every hard violation and soft penalty.")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    @Argument(help: "Roster: JSON written by `solve --out`, or a CSV grid.")
    var roster: String

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let problem: PlanningProblem
        let report: EvaluationReport
        do throws(ScenarioError) {
            problem = try PlanningProblem(try ScenarioFile.loadAny(path: scenario), source: scenario)
            let loaded: Roster
            if roster.lowercased().hasSuffix(".csv") {
                let text: String
                do { text = try String(contentsOfFile: roster, encoding: .utf8) } catch {
                    throw ScenarioError(file: roster, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
                }
                loaded = try RosterCSV.parse(text, scenario: problem.scenario, source: roster)
            } else {
                loaded = try ScenarioFile.loadRoster(path: roster)
            }
            report = try Evaluator(problem: problem).evaluate(loaded, source: roster)
        } catch { exitWithInputError(error) }
        if json {
            print(String(decoding: ScenarioFile.encode(report), as: UTF8.self))
        } else {
            print(ReportPrinter(problem: problem, language: output.lang == .fr ? .fr : .en).evaluation(report))
        }
        if !report.isFeasible { throw ExitCode(1) }
    }
}
