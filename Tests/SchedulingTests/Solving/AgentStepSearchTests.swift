import Testing
@testable import Scheduling

/// The small-model steps of large units (`AgentStepSearch`): aimed at the agents who break
/// their own hard rules while the roster is illegal, never worse than where they started.
@Suite struct AgentStepSearchTests {
    static func run(_ problem: PlanningProblem, from start: ShiftGrid, steps: Int) throws -> (IncumbentExchange, AgentStepSearch.Outcome) {
        let evaluator = Evaluator(problem: problem)
        let exchange = IncumbentExchange()
        exchange.offer(start, evaluator.score(start), engine: "start", origin: .greedy)
        let search = AgentStepSearch(problem: problem, evaluator: evaluator, exchange: exchange, seed: 1, deadline: nil,
                                     stepCount: steps, stop: nil) { _ in }
        return (exchange, try search.run())
    }

    @Test func stepsOnTheAgentsWhoBreakTheirRulesMakeAnEmptyRosterLegal() throws {
        // Curtois–Qu Instance 4: an empty roster leaves every agent below her contract's hours.
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(4)))
        let empty = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        let evaluator = Evaluator(problem: problem)
        #expect(evaluator.score(empty).hard >= problem.staffCount)
        let (exchange, outcome) = try Self.run(problem, from: empty, steps: 3 * problem.staffCount)
        let best = try #require(exchange.incumbent)
        let report = evaluator.evaluate(best.grid)
        #expect(report.hardViolations.filter { $0.rule != "COVER-MIN" }.isEmpty, "\(report.hardViolations.map(\.message.en))")
        #expect(best.score == SearchScore(report), "the shared score is the evaluator's")
        #expect(outcome.improvements > 0 && outcome.steps == 3 * problem.staffCount)
    }

    @Test func theSameSeedAndStepCountGiveTheSameRoster() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(2)))
        let start = GreedyConstructor(problem: problem).build()
        let a = try Self.run(problem, from: start, steps: 15).0.incumbent!.grid
        let b = try Self.run(problem, from: start, steps: 15).0.incumbent!.grid
        #expect(a == b)
    }
}
