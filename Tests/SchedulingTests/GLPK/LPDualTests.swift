import Testing
@testable import Scheduling

/// Row duals of the LP relaxation (`GLPKSolver.solveRelaxationWithDuals`): what one more unit
/// of a row's bound costs, the prices column generation reads.
@Suite struct LPDualTests {
    @Test func aBindingRowsDualIsTheCostOfOneMoreUnitOfItsBound() throws {
        // min x + 2y  s.t.  x + y ≥ 3, x ≤ 1  →  x = 1, y = 2, objective 5; one more unit of
        // the first row's bound costs one more y: 2. The slack row `y ≤ 10` is worth nothing.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, upperBound: 1, objective: 1)
        let y = model.addVariable("y", kind: .continuous, objective: 2)
        model.addConstraint("demand", [LinearTerm(x), LinearTerm(y)], lowerBound: 3)
        model.addConstraint("roomy", [LinearTerm(y)], upperBound: 10)

        let solution = try #require(try GLPKSolver.solveRelaxationWithDuals(model))
        #expect(abs(solution.objective - 5) < 1e-9)
        #expect(solution.rowDuals.count == 2)
        #expect(abs(solution.rowDuals[0] - 2) < 1e-9)
        #expect(abs(solution.rowDuals[1]) < 1e-9)
    }

    @Test func theDualsPriceTheOptimumOfAnEqualityRow() throws {
        // min 3a + b  s.t.  a + b = 4 (b ≤ 1): b = 1, a = 3, objective 10; one more unit of the
        // row's right-hand side costs one more a: 3.
        var model = LinearModel()
        let a = model.addVariable("a", kind: .continuous, objective: 3)
        let b = model.addVariable("b", kind: .continuous, upperBound: 1, objective: 1)
        model.addConstraint("total", [LinearTerm(a), LinearTerm(b)], lowerBound: 4, upperBound: 4)

        let solution = try #require(try GLPKSolver.solveRelaxationWithDuals(model))
        #expect(abs(solution.objective - 10) < 1e-9)
        #expect(abs(solution.rowDuals[0] - 3) < 1e-9)
    }

    @Test func anInfeasibleRelaxationHasNoDuals() throws {
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, upperBound: 1, objective: 1)
        model.addConstraint("impossible", [LinearTerm(x)], lowerBound: 2)
        #expect(try GLPKSolver.solveRelaxationWithDuals(model) == nil)
    }
}
