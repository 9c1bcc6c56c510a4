import Testing
@testable import Scheduling

/// The whole-line builder (`AgentLineBuilder`): one agent's line over the period that keeps her
/// own hard rules, priced in the evaluator's own coverage and request costs.
@Suite struct AgentLineBuilderTests {
    static func curtois(_ n: Int) throws -> PlanningProblem {
        try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(n)))
    }

    /// The hard violations the evaluator finds on agent s's line.
    static func breaches(_ evaluator: Evaluator, _ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int) -> [Violation] {
        evaluator.hardViolations(grid).violations.filter { $0.staff == problem.staff[s].id }
    }

    static let periodWideRules: Set<RuleID> = [ContractHoursRule.ruleID, "MAX-WEEKENDS", "MAX-SHIFTS-TYPE"]

    @Test(arguments: [4, 7, 16])
    func aLineThatKeepsThePeriodLimitsKeepsEveryHardRuleOfItsAgent(instance: Int) throws {
        let problem = try Self.curtois(instance)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        var kept = 0
        for s in 0..<problem.staffCount {
            var prices = builder.initialPrices()
            let line = try #require(builder.build(staff: s, in: grid, prices: &prices, iterations: 40))
            grid.setLine(of: s, to: line.shifts)
            let broken = Self.breaches(evaluator, problem, grid, staff: s)
            if line.excess == 0 {
                kept += 1
                #expect(broken.isEmpty, "agent \(s): \(broken.map(\.message.en))")
            } else {
                // The day-to-day rules hold in every line; only the period-wide limits may be missed.
                #expect(broken.allSatisfy { Self.periodWideRules.contains($0.rule) }, "agent \(s): \(broken.map(\.message.en))")
            }
        }
        #expect(kept > problem.staffCount / 2, "most lines keep every limit (\(kept) of \(problem.staffCount))")
    }

    @Test func aLineCostsWhatTheEvaluatorSaysItAddsToTheObjective() throws {
        // Curtois 5: the others' lines half built, so that coverage is partly met.
        let problem = try Self.curtois(5)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for s in stride(from: 0, to: problem.staffCount, by: 2) {
            var prices = builder.initialPrices()
            let line = try #require(builder.build(staff: s, in: grid, prices: &prices, iterations: 20))
            grid.setLine(of: s, to: line.shifts)
        }
        let s = 1
        var prices = builder.initialPrices()
        let line = try #require(builder.build(staff: s, in: grid, prices: &prices, iterations: 20))
        var with = grid
        with.setLine(of: s, to: line.shifts)
        func coverageAndRequests(_ grid: ShiftGrid) -> Double {
            evaluator.evaluate(grid).violations.filter { $0.rule.rawValue.hasPrefix("COVER") || $0.rule == "REQUEST" }.map(\.penalty).reduce(0, +)
        }
        let change = coverageAndRequests(with) - coverageAndRequests(grid)
        #expect(Swift.abs(change - line.cost) < 1e-6, "line cost \(line.cost), evaluator's change \(change)")
        #expect(line.cost < 0, "on a half-covered unit a line that works covers posts")
    }

    @Test func aLineOutsideItsLimitsIsBroughtInDayByDayItsAgentsOtherRulesKept() throws {
        // Curtois 23: shifts of 8, 10 and 12 hours, a contract window of 16 hours and at most 26
        // weekends; lines built one after another with few price updates often miss them.
        let problem = try Self.curtois(23)
        let builder = try #require(AgentLineBuilder(problem: problem))
        let evaluator = Evaluator(problem: problem)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        var missed = 0, repaired = 0
        var prices = builder.initialPrices()
        for s in 0..<16 {
            let costs = builder.dayCosts(staff: s, in: grid)
            let line = try #require(builder.build(staff: s, costs: costs, prices: &prices, iterations: 10))
            grid.setLine(of: s, to: line.shifts)
            guard line.excess > 0 else { continue }
            missed += 1
            guard let fixed = builder.dayRepaired(staff: s, line, costs: costs) else { continue }
            repaired += 1
            #expect(zip(fixed.shifts, line.shifts).filter { $0 != $1 }.count <= 4, "agent \(s): a few days changed")
            #expect(fixed.excess == 0 && fixed.cost == AgentLineBuilder.cost(of: fixed.shifts, costs))
            grid.setLine(of: s, to: fixed.shifts)
            let broken = Self.breaches(evaluator, problem, grid, staff: s)
            #expect(broken.isEmpty, "agent \(s): \(broken.map(\.message.en))")
        }
        #expect(repaired > 0 && repaired * 2 >= missed, "\(repaired) of \(missed) lines outside their limits repaired")
    }

    @Test func linesBuiltOneAfterAnotherGiveALegalCurtoisRoster() throws {
        let problem = try Self.curtois(7)
        let grid = try #require(AgentLineBuilder(problem: problem)?.construct(deadline: nil))
        let report = Evaluator(problem: problem).evaluate(grid)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.prefix(5).map(\.message.en))")
    }

    @Test func aUnitUnderRulesTheBuilderDoesNotKnowGetsNoBuilder() throws {
        // S1 has daily and weekly rests, rolling seven days… which lines built here would not check.
        let scenario = try ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json"))
        #expect(AgentLineBuilder(problem: try PlanningProblem(scenario)) == nil)
    }

    @Test func anAgentWhoseLocksBreakHerRestsHasNoLine() throws {
        // Curtois 1, agent B (at most 5 days in a row) locked to work days 6 to 12.
        var scenario = try CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(1))
        let b = scenario.staff[1]
        let shift = try #require(scenario.shiftTypes.first?.code)
        scenario.locks = (6...12).map { CellLock(staff: b.id, date: scenario.period.start.adding(days: $0), shift: shift) }
        let problem = try PlanningProblem(scenario)
        #expect(problem.staff[1].limits?.maxConsecutiveWorkDays == 5)
        let builder = try #require(AgentLineBuilder(problem: problem))
        var prices = builder.initialPrices()
        #expect(builder.build(staff: 1, in: ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount), prices: &prices, iterations: 5) == nil)
    }
}
