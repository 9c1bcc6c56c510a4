import Testing
@testable import Scheduling

/// The model of some agents' whole period, the others' cells kept (`MIPEncoding.build(_:freeing:of:)`):
/// the exact step used on units too large for the whole model. Its objective differs from the
/// evaluator's score by a constant (the kept agents' own rules), so the difference between two
/// lines of the freed agent must be the same in both.
@Suite struct PartialEncodingTests {

    /// `base` with agent s's line taken from `other`.
    static func replacingLine(_ s: Int, of base: ShiftGrid, from other: ShiftGrid) -> ShiftGrid {
        var grid = base
        grid.setLine(of: s, to: other.line(of: s))
        return grid
    }

    /// The partial model freeing agent s around `base`, its assignment columns fixed to `grid`
    /// (which differs from `base` in agent s's line only); nil when a hard row rejects it.
    static func fixedObjective(_ problem: PlanningProblem, freeing s: Int, days: [Int]? = nil, around base: ShiftGrid,
                               at grid: ShiftGrid) throws -> Double? {
        var encoding = MIPEncoding.build(problem, freeing: [s], days: days, of: base)
        for cell in encoding.assignmentCells(for: grid) {
            let column = encoding.model.variables[cell.id.index]
            if cell.value < column.lowerBound || cell.value > (column.upperBound ?? 1) { return nil }
            encoding.model.setBounds(cell.id, lower: cell.value, upper: cell.value)
        }
        return try GLPKSolver.solve(encoding.model, options: MIPOptions(relativeGap: 0)).solution?.objective
    }

    @Test(arguments: [0, 1, 2])
    func changingOneAgentsLineChangesBothScoresAlike(agent s: Int) throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit(soft: true))
        let evaluator = Evaluator(problem: problem)
        var compared = 0
        for seed in 1...80 {
            let base = MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed))
            let other = Self.replacingLine(s, of: base, from: MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed + 100)))
            guard let before = try Self.fixedObjective(problem, freeing: s, around: base, at: base),
                  let after = try Self.fixedObjective(problem, freeing: s, around: base, at: other) else { continue }
            let change = evaluator.evaluate(other).objective - evaluator.evaluate(base).objective
            #expect(abs((after - before) - change) < 1e-6, "seed \(seed): model \(after - before) vs evaluator \(change)")
            compared += 1
        }
        #expect(compared >= 10, "only \(compared) pairs were encodable")
    }

    @Test func overTwoSeparateBlocksOfDaysTheModelAndTheEvaluatorAgreeToo() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit(soft: true))
        let evaluator = Evaluator(problem: problem)
        let days = [1, 2, 3] + [problem.dayCount - 4, problem.dayCount - 3, problem.dayCount - 2]
        var compared = 0
        for seed in 1...80 {
            let base = MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed))
            let random = MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed + 100))
            var other = base
            for d in days { other[1, d] = random[1, d] }
            guard let before = try Self.fixedObjective(problem, freeing: 1, days: days, around: base, at: base),
                  let after = try Self.fixedObjective(problem, freeing: 1, days: days, around: base, at: other) else { continue }
            let change = evaluator.evaluate(other).objective - evaluator.evaluate(base).objective
            #expect(abs((after - before) - change) < 1e-6, "seed \(seed): model \(after - before) vs evaluator \(change)")
            compared += 1
        }
        #expect(compared >= 10, "only \(compared) pairs were encodable")
        // Only those days are columns; every other cell is read back from the roster.
        let base = MIPEvaluatorAgreementTests.randomGrid(problem, seed: 5)
        let partial = MIPEncoding.build(problem, freeing: [1], days: days, of: base)
        #expect(Set(partial.assignmentCells(for: base).map(\.day)) == Set(days))
        let read = partial.grid(from: [Double](repeating: 0, count: partial.model.variables.count))
        for d in 0..<problem.dayCount { #expect(read[1, d] == (days.contains(d) ? -1 : base[1, d])) }
    }

    @Test func theModelHoldsOnlyTheFreedAgentsColumns() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit(soft: true))
        let base = MIPEvaluatorAgreementTests.randomGrid(problem, seed: 3)
        let partial = MIPEncoding.build(problem, freeing: [1], of: base)
        let cells = partial.assignmentCells(for: base)
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { $0.staff == 1 })
        // Reading a solution back keeps every other agent's cells.
        let read = partial.grid(from: [Double](repeating: 0, count: partial.model.variables.count))
        for s in [0, 2] { for d in 0..<problem.dayCount { #expect(read[s, d] == base[s, d]) } }
        for d in 0..<problem.dayCount { #expect(read[1, d] == -1) }
    }

    @Test func anExactStepOnOneAgentNeverWorsensTheRoster() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit(soft: true))
        let evaluator = Evaluator(problem: problem)
        let step = AgentPeriodStep(problem: problem, relaxedPenalty: LNSRosterSolver.relaxedHardPenalty)
        var improved = 0
        for seed in 1...10 {
            let base = MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed))
            let before = SearchScore(evaluator.evaluate(base))
            for s in 0..<problem.staffCount {
                let outcome = try #require(try step.run(base, freeing: [s], keepHardRules: false, timeLimitSeconds: nil, nodeLimit: 10_000, stop: nil))
                let after = SearchScore(evaluator.evaluate(outcome.roster))
                #expect(!(before < after), "seed \(seed), agent \(s): \(before) → \(after)")
                for other in 0..<problem.staffCount where other != s {
                    for d in 0..<problem.dayCount { #expect(outcome.roster[other, d] == base[other, d]) }
                }
                if after < before { improved += 1 }
            }
        }
        #expect(improved > 0)
    }
}
