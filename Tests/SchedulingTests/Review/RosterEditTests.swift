import Testing
@testable import Scheduling

/// Edits by the cadre: each one applied to a copy, re-evaluated, with its diff against the proposal.
@Suite struct RosterEditTests {
    /// Two IDE, 7 days from Monday 1 June, daily rest 12 h (FPH-30), one M per day at most.
    static let unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 720))).with {
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", maximum: 1)]
    }

    static func start(_ rows: String...) throws -> EditedRoster {
        let problem = try unit.problem()
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for (s, row) in rows.enumerated() {
            for (d, code) in TinyUnit.tokens(row).enumerated() { grid[s, d] = code.flatMap { problem.shiftIndex[$0] } ?? -1 }
        }
        return EditedRoster(problem: problem, grid: grid)
    }

    @Test func anEditBreakingTheDailyRestShowsThatHardViolationIntroduced() throws {
        let start = try Self.start("S - - - - - -", "- - - - - - -")
        let outcome = try EditOutcome.replay([.set(staff: "IDE01", date: .jun(2), shift: "M")], on: start)
        let summary = try #require(outcome.summary)
        #expect(outcome.proposalReport.isFeasible)
        #expect(summary.changes == [RosterChangeSummary.CellChange(staff: "IDE01", date: .jun(2), before: nil, after: "M")])
        #expect(summary.hardIntroduced.map(\.rule) == ["FPH-30"])
        #expect(summary.hardIntroduced.first?.staff == "IDE01")
        #expect(summary.hardResolved.isEmpty)
        #expect(summary.rules.map { "\($0.rule) +\($0.hardIntroduced)/−\($0.hardResolved)" } == ["FPH-30 +1/−0"])
        #expect((summary.hardBefore, summary.hardAfter) == (0, 1))
    }

    @Test func eachEditIsJudgedAgainstTheProposalAndAFixResolvesTheViolation() throws {
        let start = try Self.start("S M - - - - -", "- - - - - - -")
        #expect(!Evaluator(problem: start.problem).evaluate(start.grid).isFeasible)
        let outcome = try EditOutcome.replay([
            .set(staff: "IDE02", date: .jun(3), shift: "M"),
            .swap("IDE01", "IDE02", date: .jun(2)),
        ], on: start)
        #expect(outcome.steps.count == 2)
        // First edit: nothing broken or fixed.
        #expect(outcome.steps[0].summary.hardIntroduced.isEmpty && outcome.steps[0].summary.hardResolved.isEmpty)
        // The swap gives IDE01's early shift to IDE02: IDE01's rest violation is resolved.
        let last = outcome.steps[1].summary
        #expect(last.changes.count == 3)
        #expect(last.hardResolved.map(\.rule) == ["FPH-30"])
        #expect(last.hardIntroduced.isEmpty)
        #expect(outcome.report.isFeasible)
        #expect(outcome.result.grid[1, 1] == start.problem.shiftIndex["M"])
        #expect(outcome.result.grid[0, 1] == -1)
    }

    @Test func exceedingTheMaximumIsAHardViolationIntroducedOnTheUnit() throws {
        let start = try Self.start("M - - - - - -", "- - - - - - -")
        let summary = try #require(try EditOutcome.replay([.set(staff: "IDE02", date: .jun(1), shift: "M")], on: start).summary)
        #expect(summary.hardIntroduced.map(\.rule) == ["COVER-MAX"])
        #expect(summary.hardIntroduced.first?.staff == nil)
    }

    @Test func writtenCellsAreLockedAndALockedCellRefusesAnEdit() throws {
        let start = try Self.start("M - - - - - -", "- - - - - - -")
        let edited = try start.applying(.clear(staff: "IDE01", date: .jun(1)))
        #expect(edited.locks == [CellLock(staff: "IDE01", date: .jun(1), shift: nil)])
        #expect(throws: RosterEditError.lockedCell("IDE01", .jun(1), edit: RosterEdit.set(staff: "IDE01", date: .jun(1), shift: "S").summary)) {
            try edited.applying(.set(staff: "IDE01", date: .jun(1), shift: "S"))
        }
        let released = try edited.applying(.unlock(staff: "IDE01", date: .jun(1)))
        #expect(released.locks.isEmpty)
        let relocked = try released.applying(.set(staff: "IDE01", date: .jun(1), shift: "S"), lockingEdits: false)
        #expect(relocked.locks.isEmpty)
        #expect(relocked.grid[0, 0] == start.problem.shiftIndex["S"])
        // The original is untouched: edits are pure.
        #expect(start.grid[0, 0] == start.problem.shiftIndex["M"])
    }

    @Test func badEditsNameWhatIsWrong() throws {
        let start = try Self.start("M - - - - - -", "- - - - - - -")
        #expect(throws: RosterEditError.self) { try start.applying(.set(staff: "IDE09", date: .jun(1), shift: "M")) }
        #expect(throws: RosterEditError.self) { try start.applying(.set(staff: "IDE01", date: .jun(9), shift: "M")) }
        #expect(throws: RosterEditError.self) { try start.applying(.set(staff: "IDE01", date: .jun(1), shift: "X")) }
        #expect(throws: RosterEditError.self) { try start.applying(.unlock(staff: "IDE01", date: .jun(1))) }
        let error = RosterEditError.unknownShift("X", edit: "IDE01 2026-06-01 → X")
        #expect(error.description.contains("« X »"))
    }
}
