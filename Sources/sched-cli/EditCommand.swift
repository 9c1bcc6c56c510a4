import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli edit`: the cadre's changes to a proposal, each re-evaluated at once with its
/// compact diff against the proposal.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a roster (set, clear, swap, lock, unlock cells); each edit is re-evaluated with its diff against the proposal.",
        discussion: "Edits apply in this order: --unlock, --set, --clear, --swap, --lock. Cells written by --set, --clear and --swap are locked (so that `repair` keeps them) unless --no-lock-edits.")

    @Argument(help: "Scenario JSON file.")
    var scenario: String

    @Argument(help: "The proposal: roster JSON or CSV grid.")
    var roster: String

    @Option(name: .long, help: "STAFF:DATE=SHIFT, e.g. IDE-03:2026-06-12=N (repeatable).")
    var set: [String] = []

    @Option(name: .long, help: "STAFF:DATE: make the cell a day off (repeatable).")
    var clear: [String] = []

    @Option(name: .long, help: "STAFF,STAFF:DATE: exchange the two agents' cells that day (repeatable).")
    var swap: [String] = []

    @Option(name: .long, help: "STAFF:DATE: lock the cell at its value (repeatable).")
    var lock: [String] = []

    @Option(name: .long, help: "STAFF:DATE: release a locked cell (repeatable).")
    var unlock: [String] = []

    @Option(name: .long, help: "Locked cells from an earlier session (JSON written by --locks-out).")
    var locks: String?

    @Flag(name: .long, help: "Do not lock the cells written by the edits.")
    var noLockEdits = false

    @Option(name: .long, help: "Write the edited roster as JSON here.")
    var out: String?

    @Option(name: .long, help: "Write the locked cells as JSON here (for `repair --locks`).")
    var locksOut: String?

    @Flag(name: .long, help: "Print the outcome as JSON.")
    var json = false

    @OptionGroup var output: OutputOptions

    func edits() throws(ValidationError) -> [RosterEdit] {
        var edits: [RosterEdit] = []
        for value in unlock { let (s, d) = try CellArguments.cell(value, option: "--unlock"); edits.append(.unlock(staff: s, date: d)) }
        for value in set { edits.append(try CellArguments.assignment(value, option: "--set")) }
        for value in clear { let (s, d) = try CellArguments.cell(value, option: "--clear"); edits.append(.clear(staff: s, date: d)) }
        for value in swap { edits.append(try CellArguments.swap(value, option: "--swap")) }
        for value in lock { let (s, d) = try CellArguments.cell(value, option: "--lock"); edits.append(.lock(staff: s, date: d)) }
        return edits
    }

    func validate() throws {
        guard try !edits().isEmpty else { throw ValidationError("no edit given: use --set, --clear, --swap, --lock or --unlock") }
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let (loaded, grid) = loadGridOrExit(roster, problem: problem)
        let start = EditedRoster(problem: problem, grid: grid, locks: locks.map(loadLocksOrExit) ?? [], origins: problem.origins(for: loaded))
        let outcome: EditOutcome
        do { outcome = try EditOutcome.replay(try edits(), on: start, lockingEdits: !noLockEdits) } catch let error as RosterEditError {
            printError("edit: \(error)")
            throw ExitCode(2)
        }
        if let out { try writeFile(ScenarioFile.encode(outcome.result.roster), to: out) }
        if let locksOut { try writeFile(ScenarioFile.encode(outcome.result.locks), to: locksOut) }
        let language: Language = output.lang == .fr ? .fr : .en
        let printer = ChangePrinter(language: language)
        if json {
            print(String(decoding: ScenarioFile.encode(EditOutcomeSummary(outcome)), as: UTF8.self))
        } else {
            let fr = language == .fr
            print((fr ? "Proposition : objectif " : "Proposal: objective ") + String(format: "%.1f", outcome.proposalReport.objective)
                  + (fr ? ", \(outcome.proposalReport.hardViolations.count) violation(s) impérative(s)" : ", \(outcome.proposalReport.hardViolations.count) hard violation(s)"))
            for (i, step) in outcome.steps.enumerated() {
                print(String(format: "%2d. ", i + 1) + step.edit.summary.padding(toLength: 34, withPad: " ", startingAt: 0)
                      + (fr ? " objectif " : " objective ") + String(format: "%.1f", step.summary.objectiveAfter) + " (\(signed(step.summary.objectiveDelta)))"
                      + (fr ? "  impératives : " : "  hard: ") + printer.hardMoves(step.summary))
            }
            print("")
            print((fr ? "Contre la proposition : " : "Against the proposal: ") + printer.summary(outcome.summary ?? RosterChangeSummary(
                problem: problem, before: grid, beforeReport: outcome.proposalReport, after: grid, afterReport: outcome.proposalReport)))
            print((fr ? "Cases verrouillées : " : "Locked cells: ") + "\(outcome.result.locks.count)")
        }
        if !outcome.report.isFeasible { throw ExitCode(1) }
    }
}

/// The machine-readable outcome of `sched-cli edit --json`.
struct EditOutcomeSummary: Encodable {
    struct Step: Encodable {
        var edit: String
        var objective: Double
        var hardViolations: Int
        var summary: RosterChangeSummary
    }
    var proposalObjective: Double
    var steps: [Step]
    var locks: [CellLock]

    init(_ outcome: EditOutcome) {
        proposalObjective = outcome.proposalReport.objective
        steps = outcome.steps.map { Step(edit: $0.edit.summary, objective: $0.report.objective, hardViolations: $0.report.hardViolations.count, summary: $0.summary) }
        locks = outcome.result.locks
    }
}
