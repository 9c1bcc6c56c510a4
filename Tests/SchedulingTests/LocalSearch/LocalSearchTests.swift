import Testing
@testable import Scheduling

/// The local search is seeded, anytime, and never returns a roster worse than its start.
@Suite struct LocalSearchTests {
    static func curtois(_ n: Int) throws -> PlanningProblem {
        try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(n)))
    }

    @Test func aBlockChangeGivesOneAgentOneValueOnConsecutiveDays() throws {
        let problem = try Self.curtois(4)
        let space = MoveSpace(problem: problem)
        let grid = GreedyConstructor(problem: problem).build()
        var rng = SeededGenerator(seed: 3)
        var drawn = 0
        for _ in 0..<500 {
            guard let changes = space.draw(.changeBlock, grid, focusDay: nil, using: &rng) else { continue }
            drawn += 1
            #expect(Set(changes.map(\.staff)).count == 1)
            #expect(Set(changes.map(\.shift)).count == 1)
            let days = changes.map(\.day)
            #expect(days.max()! - days.min()! < 5, "\(days)")
            for change in changes {
                #expect(grid[change.staff, change.day] != change.shift)
                #expect(space.accepts(change.staff, change.day, change.shift))
            }
        }
        #expect(drawn > 100)
    }

    @Test func theSameSeedAndBudgetGiveTheSameRoster() throws {
        let problem = try Self.curtois(4)
        let start = GreedyConstructor(problem: problem).build()
        let options = LocalSearchOptions(seed: 9, iterationLimit: 20_000)
        let a = LocalSearch.improve(problem, from: start, options: options)
        let b = LocalSearch.improve(problem, from: start, options: options)
        #expect(a.grid == b.grid)
        #expect(a.iterations == 20_000 && b.iterations == 20_000)
    }

    @Test func anotherSeedExploresDifferently() throws {
        let problem = try Self.curtois(4)
        let start = GreedyConstructor(problem: problem).build()
        let a = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(seed: 1, iterationLimit: 20_000))
        let b = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(seed: 2, iterationLimit: 20_000))
        // Both may well reach the same best roster; their paths differ.
        #expect(a.acceptedMoves != b.acceptedMoves || a.grid != b.grid, "\(a.acceptedMoves) accepted moves with both seeds")
    }

    @Test func itImprovesTheGreedyRosterAndReportsTheEvaluatorsScore() throws {
        let problem = try Self.curtois(2)
        let start = GreedyConstructor(problem: problem).build()
        let evaluator = Evaluator(problem: problem)
        let before = evaluator.evaluate(start)
        let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(seed: 5, iterationLimit: 50_000))
        let after = evaluator.evaluate(outcome.grid)
        #expect(abs(outcome.score.objective - after.objective) < 1e-6)
        let hardBefore = before.hardViolations.filter { $0.rule != "COVER-MIN" }.count
        let hardAfter = after.hardViolations.filter { $0.rule != "COVER-MIN" }.count
        #expect(hardAfter < hardBefore || (hardAfter == hardBefore && after.objective < before.objective),
                "before \(hardBefore) hard / \(before.objective), after \(hardAfter) hard / \(after.objective)")
        #expect(outcome.improvements > 0)
    }

    @Test func lockedCellsAndAbsencesAreNeverMoved() throws {
        var scenario = MIPEvaluatorAgreementTests.unit()
        let day = scenario.period.start.adding(days: 2)
        scenario.locks = [CellLock(staff: "A2", date: day, shift: "S")]
        let problem = try PlanningProblem(scenario)
        var start = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        start[1, 2] = problem.shiftIndex["S"]!
        let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(seed: 4, iterationLimit: 20_000))
        #expect(outcome.grid[1, 2] == problem.shiftIndex["S"])
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where problem.absence[s][d] != nil { #expect(outcome.grid[s, d] == ShiftGrid.off) }
        }
    }

    @Test func aStopTokenEndsTheRunWithTheBestRosterSoFar() throws {
        let problem = try Self.curtois(2)
        let stop = StopToken()
        stop.stop()
        let start = GreedyConstructor(problem: problem).build()
        let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(seed: 1, stop: stop))
        #expect(outcome.iterations == 0)
        #expect(outcome.grid == start)
    }
}
