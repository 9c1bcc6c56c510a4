import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli person`: one agent's month, as a summary she could be handed.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Summarise one agent's month: hours vs target, nights, weekends, holidays, requests met or refused and why, rules and weights, last month's constraints.")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    @Argument(help: "Roster (JSON or CSV).")
    var roster: String

    @Option(name: .long, help: "Staff id, e.g. IDE03.")
    var staff: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReviewFormat = .text

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard format != .html else { throw ValidationError("--format: person writes text or json") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let (_, grid) = loadGridOrExit(roster, problem: problem)
        guard let s = problem.staffIndex[StaffID(staff)] else {
            throw ValidationError("--staff: no agent « \(staff) » in the scenario (agents: \(problem.staff.prefix(8).map(\.id.rawValue).joined(separator: ", "))…)")
        }
        let summary = PersonSummary(explainer: CellExplainer(problem: problem), grid: grid, staff: s)
        switch format {
        case .json: print(String(decoding: ScenarioFile.encode(summary), as: UTF8.self))
        default: print(summary.text(output.lang == .fr ? .fr : .en))
        }
    }
}
