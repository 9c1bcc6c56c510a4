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

    @Test func aPairStepImprovesARosterWhereNoAgentAloneCanAndIsNeverWorse() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        let lines = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        let search = AgentStepSearch(problem: problem, evaluator: evaluator, exchange: IncumbentExchange(), seed: 1, deadline: nil,
                                     stepCount: nil, stop: nil) { _ in }
        var prices = (0..<problem.staffCount).map { _ in lines.initialPrices() }
        var roster = try #require(lines.construct(deadline: nil))
        var score = evaluator.score(roster)
        try #require(score.hard == 0)
        // Whole-line steps of one agent until none helps.
        var changed = true
        while changed {
            changed = false
            for s in 0..<problem.staffCount {
                if let (better, candidate) = search.lineStep(lines, staff: s, roster: roster, score: score, prices: &prices[s]) {
                    (roster, score, changed) = (better, candidate, true)
                }
            }
        }
        var improved = 0
        for a in 0..<problem.staffCount {
            for s in 0..<problem.staffCount where s != a {
                guard let (better, candidate) = search.pairStep(lines, out: a, then: s, roster: roster, score: score, prices: &prices) else { continue }
                #expect(candidate == evaluator.score(better))
                #expect(candidate < score)
                #expect(candidate.hard == 0)
                (roster, score) = (better, candidate)
                improved += 1
            }
        }
        #expect(improved > 0, "some pair does what no agent alone could")
    }

    @Test func aWeekendPartnerWorksOnlyTheOtherDayOfAWeekendTheAgentWorksByHalf() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        let search = AgentStepSearch(problem: problem, evaluator: Evaluator(problem: problem), exchange: IncumbentExchange(), seed: 1,
                                     deadline: nil, stepCount: nil, stop: nil) { _ in }
        let first = try #require(problem.weekends.first), second = problem.weekends[1]
        var roster = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        roster[0, first.saturday] = 0                                  // agent 0: the first Saturday only,
        roster[0, second.saturday] = 0; roster[0, second.sunday] = 0   // the whole second weekend
        roster[1, first.sunday] = 0                                    // the other half of her first weekend
        roster[2, first.saturday] = 0; roster[2, first.sunday] = 0     // both days: not a half
        roster[3, first.saturday] = 0                                  // the same half as hers
        roster[4, second.sunday] = 0                                   // the other half of a weekend she works whole
        #expect(search.weekendPartners(of: 0, in: roster) == [1])
        #expect(search.weekendPartners(of: 1, in: roster) == [0, 3], "both work only the Saturday of her half weekend")
        #expect(search.weekendPartners(of: 2, in: roster).isEmpty, "she works no weekend by half")
    }

    @Test func theLegalPhaseRebuildsLinesUntilARoundOfAgentsFindsNothingThenOneStepInThree() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        let search = AgentStepSearch(problem: problem, evaluator: Evaluator(problem: problem), exchange: IncumbentExchange(), seed: 1,
                                     deadline: nil, stepCount: nil, stop: nil) { _ in }
        let agents = problem.staffCount
        #expect((1...60).allSatisfy { search.lineTurn(step: $0, idle: agents - 1) }, "while some agent of the round may still find more")
        #expect((1...60).filter { search.lineTurn(step: $0, idle: agents) }.count == 20, "after a whole round found nothing")

        // From a legal roster, the first steps are all whole-line steps: every improvement is theirs.
        let lines = try #require(AgentLineBuilder(problem: problem))
        let start = try #require(lines.construct(deadline: nil))
        try #require(Evaluator(problem: problem).score(start).hard == 0)
        let (exchange, outcome) = try Self.run(problem, from: start, steps: agents)
        #expect(outcome.lineImprovements > 0)
        #expect(outcome.improvements == outcome.lineImprovements)
        #expect(try #require(exchange.incumbent).score < Evaluator(problem: problem).score(start))
    }

    @Test func aStepAimedAtAnOpenPostFreesTwoSeparateBlocksTheFirstAroundThePost() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(14)))
        let search = AgentStepSearch(problem: problem, evaluator: Evaluator(problem: problem), exchange: IncumbentExchange(), seed: 1,
                                     deadline: nil, stepCount: nil, stop: nil) { _ in }
        var rng = SeededGenerator(seed: 3)
        for day in [0, 20, problem.dayCount - 1] {
            let days = search.blocks(around: day, width: 14, using: &rng)
            #expect(days.count == 14 && Set(days).count == 14 && days.allSatisfy { (0..<problem.dayCount).contains($0) })
            let first = Array(days.prefix(7)), second = Array(days.suffix(7))
            #expect(first.contains(day))
            #expect(first == Array(first[0]...first[6]) && second == Array(second[0]...second[6]), "each block is consecutive days")
            #expect(second[0] > first[6] || second[6] < first[0], "the blocks do not overlap")
        }
        // Agents drawn for a post hold its skill, the first at least (a French unit: skills vary).
        let unit = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        let french = AgentStepSearch(problem: unit, evaluator: Evaluator(problem: unit), exchange: IncumbentExchange(), seed: 1,
                                     deadline: nil, stepCount: nil, stop: nil) { _ in }
        let skill = try #require(unit.demand.compactMap(\.skill).first { skill in !(0..<unit.staffCount).allSatisfy { unit.staff($0, has: skill) } })
        for _ in 0..<20 {
            let drawn = french.drawAgents(count: 3, holding: skill, using: &rng)
            #expect(unit.staff(drawn[0], has: skill))
        }
    }

    @Test func theSameSeedAndStepCountGiveTheSameRoster() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(2)))
        let start = GreedyConstructor(problem: problem).build()
        let a = try Self.run(problem, from: start, steps: 15).0.incumbent!.grid
        let b = try Self.run(problem, from: start, steps: 15).0.incumbent!.grid
        #expect(a == b)
    }
}
