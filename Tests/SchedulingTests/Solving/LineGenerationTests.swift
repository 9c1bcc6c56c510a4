import Testing
@testable import Scheduling

/// Price-and-branch over whole lines (`LineGeneration`, `LineMaster`): the master problem prices
/// a roster as the evaluator does, and the lines it generates give a legal roster that is no
/// worse than the one it started from.
@Suite struct LineGenerationTests {
    static func curtois(_ n: Int) throws -> PlanningProblem {
        try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(n)))
    }

    /// A legal start: the lines built one after another (Curtois 5 and 7 give legal ones).
    static func start(_ problem: PlanningProblem, _ builder: AgentLineBuilder) throws -> ShiftGrid {
        let grid = try #require(builder.construct(deadline: nil))
        try #require(Evaluator(problem: problem).score(grid).hard == 0, "the line-by-line start is legal here")
        return grid
    }

    @Test(arguments: [5, 7])
    func theMasterPricesARosterOfLegalLinesAsTheEvaluatorDoes(instance: Int) throws {
        let problem = try Self.curtois(instance)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let roster = try Self.start(problem, builder)
        var pool = LinePool(staffCount: problem.staffCount)
        var chosen: [Int] = []
        for s in 0..<problem.staffCount {
            let line = roster.line(of: s)
            let own = builder.ownCosts(staff: s)
            pool.add(line, cost: line.enumerated().reduce(0) { $0 + own[$1.offset][$1.element + 1] }, staff: s)
            chosen.append(try #require(pool.index(of: line, staff: s)))
        }
        let master = LineMaster(problem: problem, coverage: builder.coverage, pool: pool)
        let values = try #require(try GLPKSolver.complete(master.model, fixing: master.fixing(chosen), timeLimitSeconds: 5))
        #expect(master.grid(from: values, pool: pool, dayCount: problem.dayCount) == roster)
        let evaluator = Evaluator(problem: problem)
        #expect(abs(master.model.objectiveValue(of: values) - evaluator.score(roster).objective) < 1e-6)
    }

    @Test func aRepeatableGenerationGivesALegalRosterNoWorseThanItsStartAndPricedAsTheEvaluatorDoes() throws {
        let problem = try Self.curtois(5)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let roster = try Self.start(problem, builder)
        let evaluator = Evaluator(problem: problem)
        let generation = LineGeneration(problem: problem, builder: builder, evaluator: Evaluator(problem: problem)) { _ in }
        var state = generation.initialState()
        let outcome = try #require(try generation.run(from: roster, state: &state, generationDeadline: nil, deadline: nil,
                                                      masterLimit: .nodes(20), maxRounds: 30, stop: nil))
        let score = evaluator.score(outcome.roster)
        #expect(score.hard == 0)
        #expect(abs(score.objective - outcome.objective) < 1e-6, "master \(outcome.objective), evaluator \(score.objective)")
        #expect(score.objective <= evaluator.score(roster).objective)
        #expect(outcome.lines > problem.staffCount, "lines were generated (\(outcome.lines) pooled)")

        // Same input, same roster.
        var again = generation.initialState()
        let second = try #require(try generation.run(from: roster, state: &again, generationDeadline: nil, deadline: nil,
                                                     masterLimit: .nodes(20), maxRounds: 30, stop: nil))
        #expect(second.roster == outcome.roster)
    }

    @Test func aLineThatBreaksItsAgentsRulesIsRebuiltBeforeTheGeneration() throws {
        // One agent put to work on a day she may not: the start keeps the others' lines and
        // rebuilds hers, and the result is legal.
        let problem = try Self.curtois(7)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        var roster = try Self.start(problem, builder)
        let s = try #require((0..<problem.staffCount).first { s in (0..<problem.dayCount).contains { !builder.limits[s].choices[$0].contains(0) } })
        let d = try #require((0..<problem.dayCount).first { !builder.limits[s].choices[$0].contains(0) })
        roster[s, d] = 0
        try #require(evaluator.score(roster).hard > 0)
        let generation = LineGeneration(problem: problem, builder: builder, evaluator: evaluator) { _ in }
        var state = generation.initialState()
        let outcome = try #require(try generation.run(from: roster, state: &state, generationDeadline: nil, deadline: nil,
                                                      masterLimit: .nodes(1), maxRounds: 1, stop: nil))
        #expect(evaluator.score(outcome.roster).hard == 0)
    }

    /// Line generation on Curtois 5 with the start's lines pooled and the master's LP loaded.
    static func pooledStart() throws -> (problem: PlanningProblem, builder: AgentLineBuilder, generation: LineGeneration, state: LineGeneration.State) {
        let problem = try Self.curtois(5)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let generation = LineGeneration(problem: problem, builder: builder, evaluator: Evaluator(problem: problem)) { _ in }
        var state = generation.initialState()
        let start = try Self.start(problem, builder)
        for s in 0..<problem.staffCount {
            let line = start.line(of: s)
            state.pool.add(line, cost: AgentLineBuilder.cost(of: line, state.own[s]), staff: s)
        }
        state.lp = try LineMasterLP(problem: problem, coverage: builder.coverage, pool: state.pool)
        return (problem, builder, generation, state)
    }

    /// Curtois 5's pooled start with the root's generation run to its end, and the root's relaxation.
    static func convergedRoot() throws -> (problem: PlanningProblem, builder: AgentLineBuilder, generation: LineGeneration,
                                           state: LineGeneration.State, root: LPDualSolution) {
        var (problem, builder, generation, state) = try pooledStart()
        let free = [Int?](repeating: nil, count: problem.staffCount)
        let root = try #require(try generation.generate(&state, fixed: free, until: nil, maxRounds: 200, stop: nil).last)
        return (problem, builder, generation, state, root)
    }

    @Test func aDiveFromTheRootHoldsEveryAgentToALineThatKeepsHerRulesAndTheRootsBoundHolds() throws {
        var (problem, builder, generation, state, root) = try Self.convergedRoot()
        let evaluator = Evaluator(problem: problem)
        var held = [Int?](repeating: nil, count: problem.staffCount)
        var rng = SeededGenerator(seed: 1)
        let rounds = try generation.dive(&state, held: &held, from: root, until: nil, rng: &rng, stop: nil).rounds
        #expect(rounds > 0)
        let chosen = held.compactMap { $0 }
        try #require(chosen.count == problem.staffCount, "every agent is held")
        let master = LineMaster(problem: problem, coverage: builder.coverage, pool: state.pool)
        let values = try #require(try GLPKSolver.complete(master.model, fixing: master.fixing(held), timeLimitSeconds: 5))
        let roster = master.grid(from: values, pool: state.pool, dayCount: problem.dayCount)
        let score = evaluator.score(roster)
        #expect(score.hard == 0)
        #expect(abs(score.objective - master.model.objectiveValue(of: values)) < 1e-6)
        // The root's Lagrangian bound holds for every legal roster, the dive's included.
        let bound = try #require(state.bound)
        #expect(score.objective >= bound)
    }

    @Test func aDiveStepTakesBackAHoldThatLiftsTheLPAndKeepsTheOneThatLiftsItLeast() throws {
        let (problem, _, generation, pooled) = try Self.pooledStart()
        var state = pooled
        let free = [Int?](repeating: nil, count: problem.staffCount)
        let root = try #require(try generation.generate(&state, fixed: free, until: nil, maxRounds: 20, stop: nil).last)
        // Agent 0's heaviest line, and the same agent's line priced a million more: holding it
        // lifts the LP far beyond `diveRise`.
        let (heaviest, _) = try #require(state.lp!.heaviestLine(of: 0, root.values))
        let dear = (0..<problem.dayCount).map { _ in -1 }
        try #require(state.pool.index(of: dear, staff: 0) == nil)
        state.pool.add(dear, cost: 1_000_000, staff: 0)
        try state.lp!.add(dear, cost: 1_000_000, staff: 0)
        let dearIndex = state.pool.lines[0].count - 1
        for order in [[dearIndex, heaviest], [heaviest, dearIndex]] {
            var held = free
            let step = try #require(try generation.holdLeastLifting(order.map { [(staff: 0, line: $0)] }, &state, held: &held,
                                                                     above: root.objective, settled: nil, until: nil, stop: nil))
            #expect(held[0] == heaviest, "order \(order)")
            #expect(held.dropFirst().allSatisfy { $0 == nil })
            #expect(try #require(step.last).objective < root.objective + 1_000, "the dear line is not held in the LP")
            try state.lp!.release(staff: 0)
        }
    }

    @Test func bestResponsesLowerTheScoreKeepEveryLineLegalAndEndWhereNoAgentAloneCanDoBetter() throws {
        let (problem, builder, generation, state) = try Self.pooledStart()
        let evaluator = Evaluator(problem: problem)
        let start = try Self.start(problem, builder)
        var roster = start
        let everyone = Array(0..<problem.staffCount)
        generation.bestResponses(&roster, agents: everyone, state: state)
        let before = evaluator.score(start), after = evaluator.score(roster)
        #expect(after.hard == 0)
        #expect(after.objective < before.objective, "\(before.objective) → \(after.objective)")
        var again = roster
        generation.bestResponses(&again, agents: everyone, state: state)
        #expect(again == roster, "a second round of best responses changes nothing")
        // Agents outside `agents` keep their lines.
        var some = start
        generation.bestResponses(&some, agents: [1, 2], state: state)
        for s in everyone where ![1, 2].contains(s) {
            #expect((0..<problem.dayCount).allSatisfy { some[s, $0] == start[s, $0] }, "agent \(s)")
        }
    }

    /// Curtois 5's pooled start after the best responses of every agent: where no agent alone
    /// can do better.
    static func afterBestResponses() throws -> (problem: PlanningProblem, generation: LineGeneration, state: LineGeneration.State,
                                                roster: ShiftGrid, everyone: [Int]) {
        let (problem, builder, generation, state) = try pooledStart()
        var roster = try start(problem, builder)
        let everyone = Array(0..<problem.staffCount)
        generation.bestResponses(&roster, agents: everyone, state: state)
        return (problem, generation, state, roster, everyone)
    }

    @Test func pairResponsesGoWhereNoAgentAloneCanAndKeepEveryLineLegal() throws {
        var (problem, generation, state, roster, everyone) = try Self.afterBestResponses()
        let evaluator = Evaluator(problem: problem)
        let alone = roster
        let stuck = evaluator.score(alone)
        generation.pairResponses(&roster, agents: everyone, state: state)
        let paired = evaluator.score(roster)
        #expect(paired.hard == 0)
        #expect(paired.objective < stuck.objective, "best responses alone \(stuck.objective), with pairs \(paired.objective)")
        // Agents outside `agents` keep their lines.
        var some = alone
        let pair = [2, 9]
        generation.pairResponses(&some, agents: pair, state: state)
        #expect(evaluator.score(some) <= stuck)
        for s in everyone where !pair.contains(s) {
            #expect((0..<problem.dayCount).allSatisfy { some[s, $0] == alone[s, $0] }, "agent \(s)")
        }
    }

    @Test func chainsAimedAtOpenPostsGoWherePairsStopAndKeepEveryLineLegal() throws {
        var (problem, generation, state, roster, everyone) = try Self.afterBestResponses()
        let evaluator = Evaluator(problem: problem)
        // Pairs until they keep nothing more.
        var paired = evaluator.score(roster)
        while true {
            generation.pairResponses(&roster, agents: everyone, state: state)
            let next = evaluator.score(roster)
            if next == paired { break }
            paired = next
        }
        let coverage = try #require(generation.builder.coverage)
        let open = coverage.openPosts(in: roster, of: problem)
        #expect(!open.isEmpty, "pairs leave posts open here")
        generation.postChains(&roster, agents: everyone, state: state)
        let chained = evaluator.score(roster)
        #expect(chained.hard == 0)
        #expect(chained.objective < paired.objective, "pairs \(paired.objective), with chains \(chained.objective)")
    }

    @Test func aDiveStepsGenerationStopsOnceTheLPIsSettled() throws {
        var (problem, _, generation, state) = try Self.pooledStart()
        let free = [Int?](repeating: nil, count: problem.staffCount)
        let settledAtOnce = try generation.generate(&state, fixed: free, until: nil, maxRounds: 200, settled: .infinity, stop: nil)
        #expect(settledAtOnce.rounds == 0)
        #expect(settledAtOnce.last != nil, "the LP was still solved once")
        let unsettled = try generation.generate(&state, fixed: free, until: nil, maxRounds: 3, settled: -.infinity, stop: nil)
        #expect(unsettled.rounds == 3)
    }

    @Test func aDiveCutShortIsFinishedIntoALegalRosterNoWorseThanItsRoundingThatKeepsTheHeldLines() throws {
        let (problem, _, generation, state, root) = try Self.convergedRoot()
        let evaluator = Evaluator(problem: problem)
        let free = [Int?](repeating: nil, count: problem.staffCount)
        // Every other agent held to her heaviest line, the others left free (as a deadline would).
        let heaviest = try (0..<problem.staffCount).map { s in try #require(state.lp!.heaviestLine(of: s, root.values)).line }
        var held = free
        for s in stride(from: 0, to: problem.staffCount, by: 2) { held[s] = heaviest[s] }
        let rounding = evaluator.score(generation.grid(heaviest, state.pool))
        let (roster, score) = generation.finish(held, from: root, state: state)
        #expect(score == evaluator.score(roster))
        #expect(score.hard == 0)
        #expect(score.objective <= rounding.objective, "rounding \(rounding.objective), finished \(score.objective)")
        let bound = try #require(state.bound)
        #expect(score.objective >= bound, "the root's bound holds")
        for s in 0..<problem.staffCount {
            guard let k = held[s] else { continue }
            #expect((0..<problem.dayCount).allSatisfy { roster[s, $0] == state.pool.lines[s][k][$0] }, "agent \(s) keeps her held line")
        }
    }

    @Test func aNeighbourhoodInLineSpaceKeepsTheHeldAgentsLinesAndIsPricedAsTheEvaluatorDoes() throws {
        let problem = try Self.curtois(5)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        let generation = LineGeneration(problem: problem, builder: builder, evaluator: evaluator) { _ in }
        var state = generation.initialState()
        let first = try #require(try generation.run(from: try Self.start(problem, builder), state: &state, generationDeadline: nil, deadline: nil,
                                                    masterLimit: .nodes(1), maxRounds: 10, stop: nil))
        try #require(evaluator.score(first.roster).hard == 0)
        let freeing = [0, 3, 7, 11]
        let found = try #require(try generation.neighbourhood(of: first.roster, freeing: freeing, state: &state, until: nil,
                                                              limit: .nodes(200), stop: nil))
        for s in 0..<problem.staffCount where !freeing.contains(s) {
            #expect((0..<problem.dayCount).allSatisfy { found.roster[s, $0] == first.roster[s, $0] }, "agent \(s) was held")
        }
        let score = evaluator.score(found.roster)
        #expect(score.hard == 0)
        #expect(abs(score.objective - found.objective) < 1e-6, "master \(found.objective), evaluator \(score.objective)")
        // GLPK starts from the freed agents' own lines: the neighbourhood is never worse.
        #expect(score.objective <= evaluator.score(first.roster).objective)
    }

    @Test func aGenerationRunToItsEndParksLinesYetEndsAtTheLPOverItsWholePool() throws {
        let (problem, builder, _, state, root) = try Self.convergedRoot()
        let lp = try #require(state.lp)
        #expect(lp.parkedCount > state.pool.count / 4, "most unused lines were parked (\(lp.parkedCount) of \(state.pool.count))")
        // The same pool, nothing parked, solved from scratch.
        let whole = try LineMasterLP(problem: problem, coverage: builder.coverage, pool: state.pool)
        let full = try #require(try whole.session.solve(timeLimitSeconds: nil))
        #expect(abs(root.objective - full.objective) < 1e-6 * max(1, abs(full.objective)), "parked \(root.objective), whole pool \(full.objective)")
    }
}

/// The heaviest line of an agent in an LP solution.
@Suite struct HeaviestLineTests {
    @Test func theColumnWithTheLargestValueIsTheHeaviest() {
        let found = LineMaster.heaviest([4, 1, 2], [0, 0.25, 0.7, 0, 0.05])
        #expect(found?.line == 2)
        #expect(found?.value == 0.7)
    }

    @Test func columnsAddedAfterTheSolveCountAsZero() {
        // Columns 5 and 6 were added after a solve of five columns: they are not read.
        let found = LineMaster.heaviest([0, 5, 6], [0.4, 0, 0, 0, 0])
        #expect(found?.line == 0)
        #expect(found?.value == 0.4)
        #expect(LineMaster.heaviest([], [1]) == nil)
    }
}
