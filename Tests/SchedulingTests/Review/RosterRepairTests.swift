import Testing
@testable import Scheduling

/// Repair re-plans with as few changes as possible: only what legality or coverage pays for.
@Suite struct RosterRepairTests {
    /// Three IDE, one M needed each day (hard minimum), at most one.
    static let unit = TinyUnit(agents: ["IDE01", "IDE02", "IDE03"]).with {
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1, maximum: 1)]
    }
    static let options = SolveOptions(timeLimitSeconds: 2, nodeLimit: 2_000)

    static func grid(_ problem: PlanningProblem, _ rows: String...) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for (s, row) in rows.enumerated() {
            for (d, code) in TinyUnit.tokens(row).enumerated() { grid[s, d] = code.flatMap { problem.shiftIndex[$0] } ?? -1 }
        }
        return grid
    }

    @Test func anAbsenceMovesOnlyTheCellNeededToCoverIt() throws {
        let original = try Self.unit.problem()
        let current = Self.grid(original, "M M M - - - -", "- - - M M - -", "- - - - - M M")
        #expect(Evaluator(problem: original).evaluate(current).isFeasible)
        let disrupted = try Disruption(absences: [.init(staff: ["IDE01"], from: .jun(2), to: .jun(2))]).applied(to: original.scenario)
        let result = try RosterRepair.repair(try PlanningProblem(disrupted), current: current, options: Self.options)
        #expect(result.report.isFeasible, "\(result.report.hardViolations.map(\.message.en))")
        #expect(result.changes.count == 2)
        #expect(result.changes.filter { $0.kind == .absence }.map { "\($0.staff) \($0.date)" } == ["IDE01 2026-06-02"])
        let other = try #require(result.changes.first { $0.kind == .repair })
        #expect(result.otherChanges == 1)
        #expect(other.date == .jun(2) && other.before == nil && other.after == "M")
        #expect(other.staff == "IDE02" || other.staff == "IDE03")
        // Why: it fills the post left by the absence, and undoing it alone would uncover it again.
        #expect(other.resolves.map(\.rule) == ["COVER-MIN"])
        #expect(other.revertEffects.contains { $0.rule == "COVER-MIN" && $0.hardDelta == 1 })
        // The absent agent is not on the notice list; the one taking the shift is.
        #expect(result.notices.map(\.staff) == [other.staff])
        #expect(result.roster.provenance?.engine == RosterRepair.engineName)
        #expect(!result.objectiveMismatch && result.solverObjective != nil)
        // The repair's objective is the unit's score plus one change at its price.
        #expect(result.referencedObjective == result.report.objective + 2 * RosterRepair.defaultChangeWeight)
    }

    @Test func aChangeIsNotMadeForLessThanItsPrice() throws {
        // IDE01 asked for Monday off (P1, 500) and works M; IDE02 could take it: a swap, two changes.
        let unit = Self.unit.with { $0.requests = [StaffRequest(staff: "IDE01", days: .on(.jun(1)), kind: .dayOff, priority: .p1)] }
        let problem = try unit.problem()
        let current = Self.grid(problem, "M M M - - - -", "- - - M M - -", "- - - - - M M")
        let kept = try RosterRepair.repair(problem, current: current, changeWeight: 600, options: Self.options)
        #expect(kept.changes.isEmpty, "two changes cost 1 200 > 500")
        let granted = try RosterRepair.repair(problem, current: current, changeWeight: 100, options: Self.options)
        #expect(granted.changes.count == 2, "two changes cost 200 < 500")
        #expect(granted.report.violations.filter { $0.rule == "REQUEST" }.isEmpty)
    }

    @Test func aLockedEditIsKeptAndTheRestAdjustsAroundIt() throws {
        let problem = try Self.unit.problem()
        let current = Self.grid(problem, "M M M - - - -", "- - - M M - -", "- - - - - M M")
        // The cadre gives IDE02 Tuesday's M: the maximum of one is exceeded until IDE01 gives it up.
        let edited = try EditOutcome.replay([.set(staff: "IDE02", date: .jun(2), shift: "M")], on: EditedRoster(problem: problem, grid: current))
        #expect(edited.summary?.hardIntroduced.map(\.rule) == ["COVER-MAX"])
        var scenario = problem.scenario
        scenario.locks = edited.result.locks
        let result = try RosterRepair.repair(try PlanningProblem(scenario), current: edited.result.grid, options: Self.options)
        #expect(result.report.isFeasible)
        #expect(result.grid[1, 1] == problem.shiftIndex["M"], "the locked edit stays")
        #expect(result.changes.map { "\($0.staff) \($0.date) \($0.after?.rawValue ?? "-")" } == ["IDE01 2026-06-02 -"])
        #expect(result.changes.first?.resolves.map(\.rule) == ["COVER-MAX"])
    }

    @Test func aRaisedMinimumSplitsTheDemandLinesAndReducesTheAbsentTarget() throws {
        var original = Self.unit.with { $0.staff[0].contract = Contract(targetMinutes: 3000, toleranceMinutes: 450) }.scenario
        original.absenceCodes = [AbsenceCodeDefinition(code: "MAL", label: "Arrêt maladie", creditMinutesPerDay: 420)]
        let disruption = Disruption(absences: [.init(staff: ["IDE01"], from: .jun(5), to: .jun(7))],
                                    minimums: [.init(shift: "M", minimum: 2, from: .jun(6), to: .jun(7))], allowOvertime: true)
        let scenario = try disruption.applied(to: original)
        let problem = try PlanningProblem(scenario)
        // Friday only is a weekday: 7 h less.
        #expect(scenario.staff[0].contract.targetMinutes == 3000 - 420)
        #expect(problem.demand.filter { $0.day >= 5 }.map(\.minimum) == [2, 2])
        #expect(problem.demand.filter { $0.day >= 5 }.map(\.maximum) == [2, 2], "a maximum below the raised minimum is raised with it")
        #expect(problem.demand.filter { $0.day < 5 }.allSatisfy { $0.minimum == 1 && $0.maximum == 1 })
        #expect(scenario.rules.contractHours?.overtimeAllowed == true)
        #expect(throws: ScenarioError.self) { try Disruption(absences: [.init(staff: ["IDE09"], from: .jun(5), to: .jun(5))]).applied(to: original) }
    }

    @Test func withoutATimeLimitTheRepairIsRepeatable() throws {
        let original = try Self.unit.problem()
        let current = Self.grid(original, "M M M - - - -", "- - - M M - -", "- - - - - M M")
        let disrupted = try PlanningProblem(try Disruption(absences: [.init(staff: ["IDE01"], from: .jun(2), to: .jun(3))]).applied(to: original.scenario))
        let options = SolveOptions(timeLimitSeconds: nil, nodeLimit: 10, iterationLimit: 3, seed: 9)
        let first = try RosterRepair.repair(disrupted, current: current, options: options)
        let second = try RosterRepair.repair(disrupted, current: current, options: options)
        #expect(first.steps <= 3, "no clock: at most the steps asked for (none when the exact phase proves the optimum)")
        #expect(first.grid == second.grid && first.changes == second.changes && first.steps == second.steps)
        #expect(first.report.isFeasible)
    }
}
