import Testing
@testable import Scheduling

/// Node limit, initial solution and stop token: the callback's work.
@Suite struct GLPKSearchControlTests {
    @Test func nodeLimitOfOneIsDeterministic() throws {
        let (model, optimum) = GLPKTestModels.hardKnapsack(items: 30, seed: 42)
        let options = MIPOptions(relativeGap: 0, cuts: false, nodeLimit: 1)

        let first = try GLPKSolver.solve(model, options: options)
        let second = try GLPKSolver.solve(model, options: options)

        #expect(first.comparable == second.comparable)
        switch first {
        case let .feasible(solution):
            #expect(model.violatedRows(by: solution.values).isEmpty)
            #expect(solution.objective >= optimum)
            let bound = try #require(solution.bound)
            #expect(bound <= optimum + 1e-6)
            #expect(try #require(solution.relativeGap) >= 0)
        case let .noSolution(reason):
            #expect(reason.contains("node limit (1 subproblems)"))
        case .optimal, .infeasible:
            Issue.record("a node limit of 1 cannot finish this search: \(first)")
        }
    }

    @Test func nodeLimitOfZeroStopsBeforeTheRoot() throws {
        let (model, _) = GLPKTestModels.hardKnapsack(items: 30, seed: 42)

        let outcome = try GLPKSolver.solve(model, options: MIPOptions(presolve: false, feasibilityPump: false, nodeLimit: 0))

        #expect(outcome == .noSolution(reason: "the node limit (0 subproblems) was reached before any integer solution was found"))
    }

    @Test func largerNodeLimitWithoutCutsStillFindsTheOptimum() throws {
        let (model, optimum) = GLPKTestModels.hardKnapsack(items: 12, seed: 3)

        let outcome = try GLPKSolver.solve(model, options: MIPOptions(relativeGap: 0, nodeLimit: 100_000))

        #expect(outcome.isOptimal)
        #expect(outcome.solution?.objective == optimum)
    }

    /// Root only, no heuristics that could solve the equality row: GLPK finds nothing.
    static let rootOnly = MIPOptions(relativeGap: 0, presolve: false, feasibilityPump: false, cuts: false, nodeLimit: 1)

    @Test func withoutAnInitialSolutionTheRootFindsNothing() throws {
        let outcome = try GLPKSolver.solve(GLPKTestModels.subsetSumModel(), options: Self.rootOnly)

        guard case .noSolution = outcome else {
            Issue.record("expected noSolution, got \(outcome)")
            return
        }
    }

    @Test func acceptedInitialSolutionIsTheFirstIncumbent() throws {
        let model = GLPKTestModels.subsetSumModel()
        let start = GLPKTestModels.subsetSumStart
        let reports = ProgressLog()
        var options = Self.rootOnly
        options.initialSolution = start
        options.progress = { reports.append($0) }

        let outcome = try GLPKSolver.solve(model, options: options)

        let firstIncumbent = try #require(reports.entries.first { $0.incumbent != nil })
        #expect(firstIncumbent.incumbent == model.objectiveValue(of: start))
        guard case let .feasible(solution) = outcome else {
            Issue.record("expected feasible, got \(outcome)")
            return
        }
        #expect(solution.objective <= model.objectiveValue(of: start))
        #expect(solution.objective >= GLPKTestModels.subsetSumOptimum)
        #expect(model.violatedRows(by: solution.values).isEmpty)
    }

    @Test func initialSolutionThatBreaksARowIsIgnored() throws {
        let model = GLPKTestModels.subsetSumModel()
        var options = Self.rootOnly
        options.initialSolution = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]

        let outcome = try GLPKSolver.solve(model, options: options)

        guard case .noSolution = outcome else {
            Issue.record("expected the infeasible start to be ignored, got \(outcome)")
            return
        }
    }

    @Test func initialSolutionOfTheWrongLengthIsIgnored() throws {
        var options = Self.rootOnly
        options.initialSolution = [1, 0, 1]

        let outcome = try GLPKSolver.solve(GLPKTestModels.subsetSumModel(), options: options)

        guard case .noSolution = outcome else {
            Issue.record("expected noSolution, got \(outcome)")
            return
        }
    }

    @Test func initialSolutionDoesNotChangeTheOptimum() throws {
        var options = MIPOptions(relativeGap: 0)
        options.initialSolution = GLPKTestModels.subsetSumStart

        let outcome = try GLPKSolver.solve(GLPKTestModels.subsetSumModel(), options: options)

        #expect(outcome.isOptimal)
        #expect(outcome.solution?.objective == GLPKTestModels.subsetSumOptimum)
    }

    @Test func stopTokenSetBeforehandStopsAtTheFirstCallback() throws {
        let (model, _) = GLPKTestModels.hardKnapsack(items: 30, seed: 42)
        let token = StopToken()
        token.stop()

        let outcome = try GLPKSolver.solve(model, options: MIPOptions(presolve: false, feasibilityPump: false, stop: token))

        #expect(outcome == .noSolution(reason: "the solve was stopped on request before any integer solution was found"))
    }

    @Test func stopTokenFromProgressKeepsTheIncumbent() throws {
        let (model, optimum) = GLPKTestModels.hardKnapsack(items: 30, seed: 42)
        let token = StopToken()
        let options = MIPOptions(relativeGap: 0, cuts: false, progress: { progress in
            if progress.incumbent != nil { token.stop() }
        }, stop: token)

        let outcome = try GLPKSolver.solve(model, options: options)

        #expect(token.isStopped)
        guard case let .feasible(solution) = outcome else {
            Issue.record("expected feasible, got \(outcome)")
            return
        }
        #expect(model.violatedRows(by: solution.values).isEmpty)
        #expect(solution.objective >= optimum)
    }
}
