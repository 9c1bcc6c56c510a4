import Testing
@testable import Scheduling

/// The local search keeps each agent's minutes, shifts per type and weekends worked
/// (`LineTotals`) and updates them cell by cell: after any sequence of changes they must be what
/// counting her line afresh gives, weekends cut by the period's edges included.
@Suite struct LineTotalsTests {
    static func expectUpdatesMatchACount(_ problem: PlanningProblem, changes: Int, seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var grid = IncrementalEvaluationTests.randomGrid(problem, seed: seed)
        var totals = (0..<problem.staffCount).map { LineTotals(grid, problem, staff: $0) }
        var weekendChanges = 0
        for k in 0..<changes {
            let s = Int.random(in: 0..<problem.staffCount, using: &rng)
            // Half the changes on a weekend day or the period's first or last day.
            let d = Bool.random(using: &rng)
                ? [0, problem.dayCount - 1, problem.weekends.randomElement(using: &rng).map { max(0, min(problem.dayCount - 1, $0.saturday + Int.random(in: 0...1, using: &rng))) } ?? 0].randomElement(using: &rng)!
                : Int.random(in: 0..<problem.dayCount, using: &rng)
            let old = grid[s, d]
            grid[s, d] = Int.random(in: -1..<problem.shiftCount, using: &rng)
            let weekendsBefore = totals[s].weekends
            totals[s].update(day: d, from: old, in: grid, problem, staff: s)
            if totals[s].weekends != weekendsBefore { weekendChanges += 1 }
            #expect(totals[s] == LineTotals(grid, problem, staff: s), "change \(k): agent \(s), day \(d), \(old) → \(grid[s, d])")
        }
        #expect(weekendChanges > changes / 20, "the changes worked and freed weekends (\(weekendChanges) times)")
    }

    @Test func updatedCellByCellTheTotalsAreACountOfTheLineOnAPeriodFromSundayToSaturday() throws {
        // 7 June 2026 is a Sunday: the period opens on the second day of a weekend and ends on
        // the first day of another.
        let unit = TinyUnit(agents: ["IDE01", "IDE02", "IDE03"], start: .jun(7), days: 14)
        let problem = try PlanningProblem(unit.scenario)
        #expect(problem.weekends.first?.saturday == -1 && problem.weekends.last?.sunday == problem.dayCount)
        Self.expectUpdatesMatchACount(problem, changes: 400, seed: 3)
    }

    @Test func updatedCellByCellTheTotalsAreACountOfTheLineOnACurtoisInstance() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        Self.expectUpdatesMatchACount(problem, changes: 400, seed: 5)
    }
}
