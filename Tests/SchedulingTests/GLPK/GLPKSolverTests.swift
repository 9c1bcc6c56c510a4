import Testing
@testable import Scheduling

@Suite struct GLPKSolverTests {
    /// Options that search to proven optimality.
    static let exact = MIPOptions(relativeGap: 0)

    @Test(arguments: [true, false])
    func knapsackReachesItsOptimum(presolve: Bool) throws {
        let (values, weights, capacity) = GLPKTestModels.smallKnapsack
        let model = GLPKTestModels.knapsack(values: values, weights: weights, capacity: capacity)
        var options = Self.exact
        options.presolve = presolve

        let outcome = try GLPKSolver.solve(model, options: options)

        guard case let .optimal(solution) = outcome else {
            Issue.record("expected optimal, got \(outcome)")
            return
        }
        #expect(solution.values == [1, 0, 1, 1])
        #expect(solution.objective == -29)
        #expect(solution.bound == -29)
        #expect(solution.relativeGap == 0)
        #expect(model.violatedRows(by: solution.values).isEmpty)
    }

    @Test func assignmentProblemReachesItsOptimum() throws {
        let (model, cells) = GLPKTestModels.assignment()

        let solution = try #require(try GLPKSolver.solve(model, options: Self.exact).solution)

        #expect(solution.objective == 5)
        #expect(solution[cells[0][1]] == 1)
        #expect(solution[cells[1][0]] == 1)
        #expect(solution[cells[2][2]] == 1)
        #expect(solution.values.reduce(0, +) == 3)
    }

    @Test(arguments: [true, false])
    func equalityRowAndObjectiveConstantAreHonoured(presolve: Bool) throws {
        // min 3x + 2y + 5  s.t.  x + y = 7, x ≥ 2, y ≤ 4, x and y integer  →  x = 3, y = 4: 22.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .integer, lowerBound: 2, objective: 3)
        let y = model.addVariable("y", kind: .integer, upperBound: 4, objective: 2)
        model.addConstraint("total", [LinearTerm(x), LinearTerm(y)], lowerBound: 7, upperBound: 7)
        model.objectiveConstant = 5
        var options = Self.exact
        options.presolve = presolve

        let outcome = try GLPKSolver.solve(model, options: options)

        #expect(outcome.isOptimal)
        let solution = try #require(outcome.solution)
        #expect(solution.values == [3, 4])
        #expect(solution.objective == 22)
    }

    @Test func mixedModelKeepsContinuousValues() throws {
        // min y − x  s.t.  y ≥ 2.5 − x, y ≥ x − 1.5, x integer in [0, 3], y continuous.
        // x = 2, y = 0.5: −1.5.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .integer, upperBound: 3, objective: -1)
        let y = model.addVariable("y", kind: .continuous, objective: 1)
        model.addConstraint("below", [LinearTerm(y), LinearTerm(x)], lowerBound: 2.5)
        model.addConstraint("above", [LinearTerm(y), LinearTerm(x, -1)], lowerBound: -1.5)

        let solution = try #require(try GLPKSolver.solve(model, options: Self.exact).solution)

        #expect(solution.values[0] == 2)
        #expect(abs(solution.values[1] - 0.5) < 1e-9)
        #expect(abs(solution.objective - -1.5) < 1e-9)
    }

    @Test(arguments: [true, false])
    func infeasibleRelaxationIsInfeasible(presolve: Bool) throws {
        var model = LinearModel()
        let x = model.addVariable("x", kind: .binary, objective: 1)
        let y = model.addVariable("y", kind: .binary, objective: 1)
        model.addConstraint("needThree", [LinearTerm(x), LinearTerm(y)], lowerBound: 3)
        var options = Self.exact
        options.presolve = presolve

        let outcome = try GLPKSolver.solve(model, options: options)

        guard case let .infeasible(reason) = outcome else {
            Issue.record("expected infeasible, got \(outcome)")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test(arguments: [true, false])
    func integerInfeasibleModelIsInfeasible(presolve: Bool) throws {
        // 2x + 2y = 3 has fractional solutions only.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .integer, upperBound: 5, objective: 1)
        let y = model.addVariable("y", kind: .integer, upperBound: 5, objective: 1)
        model.addConstraint("odd", [LinearTerm(x, 2), LinearTerm(y, 2)], lowerBound: 3, upperBound: 3)
        var options = Self.exact
        options.presolve = presolve

        let outcome = try GLPKSolver.solve(model, options: options)

        guard case .infeasible = outcome else {
            Issue.record("expected infeasible, got \(outcome)")
            return
        }
    }

    @Test func modelWithoutRowsIsSolved() throws {
        var model = LinearModel()
        model.addVariable("a", kind: .binary, objective: 2)
        model.addVariable("b", kind: .binary, objective: -3)
        model.addVariable("c", kind: .integer, lowerBound: 1, upperBound: 4, objective: 1)

        let solution = try #require(try GLPKSolver.solve(model, options: Self.exact).solution)

        #expect(solution.values == [0, 1, 1])
        #expect(solution.objective == -2)
    }

    @Test func emptyRowThatExcludesZeroMakesTheModelInfeasible() throws {
        var model = LinearModel()
        model.addVariable("a", kind: .binary, objective: 1)
        model.addConstraint("impossible", [], lowerBound: 1)

        let outcome = try GLPKSolver.solve(model, options: Self.exact)

        guard case .infeasible = outcome else {
            Issue.record("expected infeasible, got \(outcome)")
            return
        }
    }

    @Test func modelWithoutColumnsIsDecidedWithoutGLPK() throws {
        var satisfiable = LinearModel()
        satisfiable.objectiveConstant = 7
        satisfiable.addConstraint("trivial", [], upperBound: 0)
        var impossible = satisfiable
        impossible.addConstraint("impossible", [], lowerBound: 1)

        #expect(try GLPKSolver.solve(satisfiable).solution?.objective == 7)
        #expect(try GLPKSolver.solveRelaxation(satisfiable) == .optimal(objective: 7, values: []))
        guard case .infeasible = try GLPKSolver.solve(impossible) else {
            Issue.record("expected infeasible")
            return
        }
    }

    @Test func lpRelaxationOfAKnownLP() throws {
        // max x + y  s.t.  x + 2y ≤ 4, 3x + y ≤ 6  →  x = 1.6, y = 1.2; as min −(x + y) + 1: −1.8.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, objective: -1)
        let y = model.addVariable("y", kind: .continuous, objective: -1)
        model.addConstraint("first", [LinearTerm(x), LinearTerm(y, 2)], upperBound: 4)
        model.addConstraint("second", [LinearTerm(x, 3), LinearTerm(y)], upperBound: 6)
        model.objectiveConstant = 1

        let outcome = try GLPKSolver.solveRelaxation(model, timeLimitSeconds: nil)

        guard case let .optimal(objective, values) = outcome else {
            Issue.record("expected optimal, got \(outcome)")
            return
        }
        #expect(abs(objective - -1.8) < 1e-9)
        #expect(abs(values[0] - 1.6) < 1e-9)
        #expect(abs(values[1] - 1.2) < 1e-9)
    }

    @Test func lpRelaxationIgnoresIntegrality() throws {
        // The small knapsack's relaxation takes items 0 and 2 and 4/5 of item 1: −32.
        let (values, weights, capacity) = GLPKTestModels.smallKnapsack
        let model = GLPKTestModels.knapsack(values: values, weights: weights, capacity: capacity)

        let outcome = try GLPKSolver.solveRelaxation(model)

        guard case let .optimal(objective, solution) = outcome else {
            Issue.record("expected optimal, got \(outcome)")
            return
        }
        #expect(abs(objective - -32) < 1e-9)
        #expect(abs(solution[1] - 0.8) < 1e-9)
    }

    @Test func lpRelaxationReportsInfeasibleAndUnbounded() throws {
        var infeasible = LinearModel()
        let x = infeasible.addVariable("x", kind: .continuous, upperBound: 1)
        infeasible.addConstraint("tooMuch", [LinearTerm(x)], lowerBound: 2)
        var unbounded = LinearModel()
        unbounded.addVariable("x", kind: .continuous, objective: -1)

        #expect(try GLPKSolver.solveRelaxation(infeasible) == .infeasible)
        #expect(try GLPKSolver.solveRelaxation(unbounded) == .unbounded)
        guard case .noSolution = try GLPKSolver.solve(unbounded, options: MIPOptions(presolve: false)) else {
            Issue.record("an unbounded MIP has no solution to report")
            return
        }
    }

    @Test(arguments: [1000.0, -1000.0])
    func progressReportsIncludeTheObjectiveConstant(constant: Double) throws {
        var model = GLPKTestModels.hardKnapsack(items: 25, seed: 7).model
        model.objectiveConstant = constant
        let reports = ProgressLog()
        let options = MIPOptions(relativeGap: 0, presolve: true, cuts: false, progress: { reports.append($0) })

        let solution = try #require(try GLPKSolver.solve(model, options: options).solution)

        let log = reports.entries
        #expect(log.contains { $0.incumbent != nil })
        for entry in log {
            if let incumbent = entry.incumbent { #expect(incumbent >= solution.objective - 1e-6) }
            if let bound = entry.bound { #expect(bound <= solution.objective + 1e-6) }
            if let gap = entry.gap { #expect(gap >= 0) }
        }
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.nodes <= $1.nodes })
        let incumbents = log.compactMap(\.incumbent)
        #expect(zip(incumbents, incumbents.dropFirst()).allSatisfy { $0 > $1 }, "each report of an incumbent is a better one")
    }

    @Test func continuousModelThroughTheMIPSolverIsOptimal() throws {
        // min 2x + 3y + 1  s.t.  x + y ≥ 4.5, x ≤ 3  →  x = 3, y = 1.5: 11.5.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, upperBound: 3, objective: 2)
        let y = model.addVariable("y", kind: .continuous, objective: 3)
        model.addConstraint("demand", [LinearTerm(x), LinearTerm(y)], lowerBound: 4.5)
        model.objectiveConstant = 1

        let outcome = try GLPKSolver.solve(model)

        #expect(outcome.isOptimal)
        let solution = try #require(outcome.solution)
        #expect(abs(solution.objective - 11.5) < 1e-9)
        #expect(abs(solution.values[0] - 3) < 1e-9)
        #expect(abs(solution.values[1] - 1.5) < 1e-9)
    }
}
