import Testing
@testable import Scheduling

/// The local search prices its moves by delta evaluation. These tests walk random moves on
/// real units and check, after every move, that the running score is exactly what the
/// evaluator finds on the whole roster.
@Suite struct IncrementalEvaluationTests {
    static func randomGrid(_ problem: PlanningProblem, seed: UInt64) -> ShiftGrid {
        var rng = SeededGenerator(seed: seed)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where Int.random(in: 0..<3, using: &rng) > 0 {
                grid[s, d] = Int.random(in: -1..<problem.shiftCount, using: &rng)
            }
        }
        return grid
    }

    static func expectAgreement(_ state: IncrementalEvaluation, _ evaluator: Evaluator, _ context: String) {
        let report = evaluator.evaluate(state.grid)
        // Uncovered minimum posts are priced in the objective, not counted as hard here.
        let unpriced = report.hardViolations.filter { $0.rule != "COVER-MIN" }.count
        #expect(state.score.hard == unpriced, "\(context): hard count")
        #expect(abs(state.score.hardAmount - SearchScore(report).hardAmount) < 1e-6, "\(context): hard amount")
        #expect(abs(state.score.objective - report.objective) < 1e-6 * max(1, report.objective), "\(context): \(state.score.objective) vs \(report.objective)")
    }

    /// Random moves (kept or undone at random) on a unit; the score must follow the evaluator.
    static func walk(_ problem: PlanningProblem, moves: Int, seed: UInt64) {
        let evaluator = Evaluator(problem: problem)
        var state = IncrementalEvaluation(problem: problem, grid: randomGrid(problem, seed: seed))
        expectAgreement(state, evaluator, "start")
        var rng = SeededGenerator(seed: seed &+ 1)
        let space = MoveSpace(problem: problem)
        var tried = 0
        while tried < moves {
            let kind = LocalMove.allCases[Int.random(in: 0..<LocalMove.allCases.count, using: &rng)]
            guard let changes = space.draw(kind, state.grid, focusDay: nil, using: &rng) else { continue }
            tried += 1
            let before = state.score
            let predicted = state.tryChanges(changes)
            if Bool.random(using: &rng) {
                state.commit()
                #expect(state.score.hard == predicted.hard && state.score.objective == predicted.objective)
            } else {
                state.rollback()
                #expect(state.score.hard == before.hard && state.score.objective == before.objective)
            }
            if tried % 25 == 0 { expectAgreement(state, evaluator, "after \(tried) moves (\(kind))") }
        }
        expectAgreement(state, evaluator, "end")
    }

    @Test func followsTheEvaluatorOnAUnitWithEveryFrenchRule() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        Self.walk(problem, moves: 600, seed: 7)
    }

    @Test func followsTheEvaluatorOnTheMedicineUnit() throws {
        let problem = try PlanningProblem(ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        Self.walk(problem, moves: 300, seed: 11)
    }

    @Test func followsTheEvaluatorOnTheMaternityUnitWithHolidays() throws {
        let problem = try PlanningProblem(ScenarioFile.load(path: RepositoryPaths.scenario("s5-maternite-decembre-2026.json")))
        Self.walk(problem, moves: 300, seed: 13)
    }

    @Test func followsTheEvaluatorOnACurtoisInstance() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        Self.walk(problem, moves: 300, seed: 17)
    }

    @Test func aRolledBackTrialLeavesTheRosterAsItWas() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        let grid = Self.randomGrid(problem, seed: 3)
        var state = IncrementalEvaluation(problem: problem, grid: grid)
        let d = 4, t = grid[0, d] == 0 ? 1 : 0
        _ = state.tryChanges([CellChange(staff: 0, day: d, shift: t), CellChange(staff: 1, day: d, shift: -1)])
        state.rollback()
        #expect(state.grid == grid)
    }
}
