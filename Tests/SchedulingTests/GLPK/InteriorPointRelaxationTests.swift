import Testing
@testable import Scheduling

/// The interior-point method gives the bound thread the same LP optimum as the simplex method,
/// faster on the degenerate relaxations of rostering models.
@Suite struct InteriorPointRelaxationTests {
    @Test func itFindsTheOptimumOfAKnownLP() throws {
        // max x + y  s.t.  x + 2y ≤ 4, 3x + y ≤ 6  →  x = 1.6, y = 1.2; as min −(x + y) + 1: −1.8.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, objective: -1)
        let y = model.addVariable("y", kind: .continuous, objective: -1)
        model.addConstraint("first", [LinearTerm(x), LinearTerm(y, 2)], upperBound: 4)
        model.addConstraint("second", [LinearTerm(x, 3), LinearTerm(y)], upperBound: 6)
        model.objectiveConstant = 1

        guard case let .optimal(objective, _) = try GLPKSolver.solveRelaxationByInteriorPoint(model) else {
            Issue.record("expected an optimum")
            return
        }
        #expect(abs(objective - -1.8) < 1e-6)
    }

    @Test func itAgreesWithTheSimplexOnARosteringModel() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(4)))
        let model = MIPEncoding.build(problem).model
        guard case let .optimal(simplex, _) = try GLPKSolver.solveRelaxation(model),
              case let .optimal(interior, _) = try GLPKSolver.solveRelaxationByInteriorPoint(model) else {
            Issue.record("both methods should reach the optimum of the relaxation")
            return
        }
        #expect(abs(simplex - interior) <= 1e-6 * max(1, abs(simplex)))
    }

    @Test func theBackgroundBoundNeverExceedsTheLPOptimum() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(4)))
        let model = MIPEncoding.build(problem).model
        guard case let .optimal(simplex, _) = try GLPKSolver.solveRelaxation(model) else {
            Issue.record("expected the relaxation's optimum")
            return
        }
        let bound = try #require(BackgroundBound(model: model, timeLimitSeconds: 60).result(waitingAtMost: 60))
        #expect(bound <= simplex)
        #expect(bound >= simplex - 1e-5 * max(1, abs(simplex)))
    }
}
