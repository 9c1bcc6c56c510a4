import Testing
@testable import Scheduling

/// A hard rule left broken is traced to its cause: the cadre's locks or last month's roster
/// (only she can lift them), or cells the search could still change.
@Suite struct HardConflictExplanationTests {
    static func nightThenMorning(lockBoth: Bool) throws -> (PlanningProblem, ShiftGrid) {
        var scenario = MIPEvaluatorAgreementTests.unit()
        let day = scenario.period.start.adding(days: 5)
        scenario.locks = lockBoth
            ? [CellLock(staff: "A1", date: day, shift: "N"), CellLock(staff: "A1", date: day.adding(days: 1), shift: "M")]
            : [CellLock(staff: "A1", date: day, shift: "N")]
        let problem = try PlanningProblem(scenario)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        grid[0, 5] = problem.shiftIndex["N"]!
        grid[0, 6] = problem.shiftIndex["M"]!
        return (problem, grid)
    }

    @Test func twoLockedShiftsWithoutDailyRestAreAConflictInTheInput() throws {
        let (problem, grid) = try Self.nightThenMorning(lockBoth: true)
        let report = Evaluator(problem: problem).evaluate(grid)
        let rest = try #require(HardConflictExplanation.explain(problem, grid, report).first { $0.violation.rule == "FPH-30" })
        #expect(rest.kind == .imposed)
        #expect(rest.cells.filter { $0.shift != nil }.allSatisfy { $0.source == .lock })
        #expect(rest.message.fr.contains("Conflit dans les données") && rest.message.fr.contains("A1") && rest.message.fr.contains("verrou"))
    }

    @Test func aFreeCellInvolvedMeansTheSearchLeftIt() throws {
        let (problem, grid) = try Self.nightThenMorning(lockBoth: false)
        let report = Evaluator(problem: problem).evaluate(grid)
        let rest = try #require(HardConflictExplanation.explain(problem, grid, report).first { $0.violation.rule == "FPH-30" })
        #expect(rest.kind == .unresolved)
        #expect(rest.cells.contains { $0.source == .free && $0.shift == "M" })
        #expect(rest.message.en.hasPrefix("Not resolved by the search"))
    }

    @Test func uncoveredPostsAreLeftToTheirOwnExplanation() throws {
        let (problem, grid) = try Self.nightThenMorning(lockBoth: true)
        let report = Evaluator(problem: problem).evaluate(grid)
        #expect(report.hardViolations.contains { $0.rule == "COVER-MIN" })
        #expect(HardConflictExplanation.explain(problem, grid, report).allSatisfy { $0.violation.rule != "COVER-MIN" })
    }
}
