import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli explain`: why one cell of a roster holds what it holds, and its best alternatives.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one cell of a roster: origin, demand covered, requests, rules at stake, best alternatives with their cost per rule; or list the near-tie cells.")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    @Argument(help: "Roster (JSON or CSV).")
    var roster: String

    @Option(name: .long, help: "Staff id, e.g. IDE03.")
    var staff: String?

    @Option(name: .long, help: "Date, YYYY-MM-DD (a day of the period, or of last month's history).")
    var date: String?

    @Flag(name: .long, help: "Instead of one cell, list every worked cell whose best legal alternative costs at most --tolerance more (slow: seconds).")
    var nearTies = false

    @Option(name: .long, help: "Near-tie tolerance, in objective units.")
    var tolerance: Double = CellExplainer.defaultNearTieTolerance

    @Option(name: .long, help: "How many alternatives to show.")
    var top: Int = 3

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReviewFormat = .text

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if nearTies {
            guard staff == nil, date == nil else { throw ValidationError("--near-ties lists the whole roster: leave out --staff and --date") }
        } else {
            guard staff != nil, let date else { throw ValidationError("give --staff and --date, or --near-ties") }
            guard CivilDate(iso: date) != nil else { throw ValidationError("--date: « \(date) » is not a date YYYY-MM-DD") }
        }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard format != .html else { throw ValidationError("--format: explain writes text or json") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let (loaded, grid) = loadGridOrExit(roster, problem: problem)
        let explainer = CellExplainer(problem: problem)
        let language: Language = output.lang == .fr ? .fr : .en
        guard let staff, let date else {
            let cells = explainer.nearTieCells(grid, tolerance: tolerance, origins: problem.origins(for: loaded))
            switch format {
            case .json: print(String(decoding: ScenarioFile.encode(cells), as: UTF8.self))
            default:
                print(language == .fr ? "\(cells.count) cellule(s) en quasi-égalité (tolérance \(tolerance)) :" : "\(cells.count) near-tie cell(s) (tolerance \(tolerance)):")
                for cell in cells { print("  \(cell.staff) \(cell.date) \(cell.shift?.rawValue ?? "-") — " + cell.best.sentence.text(language)) }
            }
            return
        }
        let (s, d) = try cell(problem, staff: staff, date: date)
        let explanation = explainer.explain(grid, provenance: loaded.provenance, origins: problem.origins(for: loaded),
                                            staff: s, day: d, top: top, nearTieTolerance: tolerance)
        switch format {
        case .json: print(String(decoding: ScenarioFile.encode(explanation), as: UTF8.self))
        default: print(explanation.text(language))
        }
    }
}

/// The agent and day indices of `--staff` and `--date`, or a usage error naming the bad one.
func cell(_ problem: PlanningProblem, staff: String, date: String) throws -> (staff: Int, day: Int) {
    guard let s = problem.staffIndex[StaffID(staff)] else {
        throw ValidationError("--staff: no agent « \(staff) » in the scenario (agents: \(problem.staff.prefix(8).map(\.id.rawValue).joined(separator: ", "))…)")
    }
    guard let parsed = CivilDate(iso: date) else { throw ValidationError("--date: « \(date) » is not a date YYYY-MM-DD") }
    let d = problem.scenario.period.start.days(to: parsed)
    guard d >= -problem.historyLength, d < problem.dayCount else {
        throw ValidationError("--date: \(date) is outside the period \(problem.scenario.period.start)–\(problem.scenario.period.lastDate) and its history")
    }
    return (s, d)
}
