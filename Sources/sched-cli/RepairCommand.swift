import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli repair`: re-plan a roster around the cadre's locked cells, or after a disruption,
/// with as few changes as possible, and list who must be told (« à prévenir »).
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Re-plan a roster after edits or a disruption (absences, raised minimum) with as few changes as possible.",
        discussion: "Each changed cell costs --change-weight (default \(Int(RosterRepair.defaultChangeWeight))): a change is made only when it buys legality or coverage worth more. See docs/repair-and-variants.md.")

    @Argument(help: "Scenario JSON file.")
    var scenario: String

    @Argument(help: "The current roster: JSON or CSV grid.")
    var roster: String

    @Option(name: .long, help: "STAFF[,STAFF…]:FROM..TO: agents newly absent (repeatable), e.g. IDE-01,IDE-02:2026-06-10..2026-06-20.")
    var absent: [String] = []

    @Option(name: .long, help: "Absence code of --absent (declared in the scenario).")
    var absenceCode: String = "MAL"

    @Option(name: .long, help: "SHIFT[/SKILL]=N[@FROM..TO]: raised minimum staffing (repeatable), e.g. J=11 or N/IDE=11@2026-06-22..2026-06-30.")
    var minimum: [String] = []

    @Flag(name: .long, help: "Allow overtime within the legal cap (FPH-52, 20 h a month unless the scenario says otherwise).")
    var allowOvertime = false

    @Option(name: .long, help: "Locked cells (JSON written by `edit --locks-out`): they keep their value.")
    var locks: String?

    @Option(name: .long, help: "STAFF:DATE: also lock this cell at its current value (repeatable).")
    var lock: [String] = []

    @Option(name: .long, help: "Price of one changed cell.")
    var changeWeight: Double = RosterRepair.defaultChangeWeight

    @Option(name: .long, help: "Time limit in seconds.")
    var timeLimit: Double = 30

    @Option(name: .long, help: "Seed for the neighbourhood draws (recorded in the provenance).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Write the repaired roster as JSON here.")
    var out: String?

    @Flag(name: .long, help: "Print the outcome as JSON.")
    var json = false

    @OptionGroup var output: OutputOptions

    func disruption() throws(ValidationError) -> Disruption {
        var absences: [Disruption.NewAbsence] = []
        for value in absent { absences.append(try CellArguments.absence(value, option: "--absent", code: AbsenceCode(absenceCode))) }
        var minimums: [Disruption.RaisedMinimum] = []
        for value in minimum { minimums.append(try CellArguments.minimum(value, option: "--minimum")) }
        return Disruption(absences: absences, minimums: minimums, allowOvertime: allowOvertime)
    }

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard changeWeight >= 0, changeWeight.isFinite else { throw ValidationError("--change-weight must be ≥ 0") }
        _ = try disruption()
        for value in lock { _ = try CellArguments.cell(value, option: "--lock") }
    }

    func run() throws {
        let original = loadProblemOrExit(scenario)
        let (loaded, current) = loadGridOrExit(roster, problem: original)
        var locked = locks.map(loadLocksOrExit) ?? []
        for value in lock {
            let (staff, date) = try CellArguments.cell(value, option: "--lock")
            guard let s = original.staffIndex[staff], original.scenario.period.contains(date) else {
                throw ValidationError("--lock \(value): unknown staff id or date outside the period")
            }
            locked.append(CellLock(staff: staff, date: date, shift: original.code(of: current[s, original.scenario.period.index(of: date)])))
        }
        let problem: PlanningProblem
        let disruption = try disruption()
        do throws(ScenarioError) {
            var disrupted = try disruption.applied(to: original.scenario)
            if !locked.isEmpty { disrupted.locks = (disrupted.locks ?? []) + locked }
            problem = try PlanningProblem(disrupted, source: scenario)
        } catch { exitWithInputError(error) }

        let display = ProgressDisplay(enabled: !json && isatty(STDERR_FILENO) != 0)
        let watchdog = Watchdog(seconds: Watchdog.allowance(for: timeLimit), what: "sched-cli repair \(roster)")
        defer { watchdog.disarm() }
        let result: RepairResult
        do {
            result = try RosterRepair.repair(problem, current: current, currentOrigins: original.origins(for: loaded), changeWeight: changeWeight,
                                             options: SolveOptions(timeLimitSeconds: timeLimit, seed: seed, progress: { display.show($0) }))
        } catch {
            display.finish()
            printError("solver error: \(error)")
            throw ExitCode(3)
        }
        display.finish()
        if let out { try writeFile(ScenarioFile.encode(result.roster), to: out) }
        let language: Language = output.lang == .fr ? .fr : .en
        if json {
            print(String(decoding: ScenarioFile.encode(RepairSummary(result)), as: UTF8.self))
        } else {
            print(ChangePrinter(language: language).repair(result))
            print("")
            print(ReportPrinter(problem: problem, language: language).evaluation(result.report))
        }
        if result.objectiveMismatch {
            printError("repair: solver objective \(result.solverObjective ?? .nan) and evaluator score \(result.referencedObjective ?? .nan) disagree (a bug)")
            throw ExitCode(5)
        }
        if !result.report.isFeasible { throw ExitCode(1) }
    }
}

/// The machine-readable outcome of `sched-cli repair --json`.
struct RepairSummary: Encodable {
    var changedCells: Int
    var otherChanges: Int
    var minimumPersonsMissingBefore: Int
    var minimumPersonsMissingAfter: Int
    var hardViolationsBefore: Int
    var hardViolationsAfter: Int
    var objectiveBefore: Double
    var objectiveAfter: Double
    var changeWeight: Double
    var elapsedSeconds: Double
    var phases: [String]
    var changes: [RepairResult.Change]
    var notices: [RepairResult.Notice]

    init(_ result: RepairResult) {
        changedCells = result.changes.count
        otherChanges = result.otherChanges
        minimumPersonsMissingBefore = RosterIndicators(problem: result.problem, grid: result.cancelled, report: result.cancelledReport).coverage.minimumPersonsMissing
        minimumPersonsMissingAfter = RosterIndicators(problem: result.problem, grid: result.grid, report: result.report).coverage.minimumPersonsMissing
        hardViolationsBefore = result.cancelledReport.hardViolations.count
        hardViolationsAfter = result.report.hardViolations.count
        objectiveBefore = result.cancelledReport.objective
        objectiveAfter = result.report.objective
        changeWeight = result.changeWeight
        elapsedSeconds = result.elapsedSeconds
        phases = result.phases
        changes = result.changes
        notices = result.notices
    }
}
