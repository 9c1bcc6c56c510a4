import Foundation

/// Solves a planning problem exactly with GLPK: the whole rule catalogue as one integer
/// program (`MIPEncoding`), branch-and-cut under a time or node budget, then the evaluator
/// re-scores the roster independently.
public enum MIPRosterSolver {
    public static let engineName = "mip-glpk"

    public static func solve(_ problem: PlanningProblem, options: SolveOptions = SolveOptions()) throws(GLPKError) -> SolveResult {
        let encoding = MIPEncoding.build(problem)
        // GLPK's presolver solves its LP without a time limit: off whenever a limit is set.
        var mipOptions = MIPOptions(timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap,
                                    presolve: options.timeLimitSeconds == nil, nodeLimit: options.nodeLimit, stop: options.stop)
        if let report = options.progress {
            mipOptions.progress = { @Sendable (p: MIPProgress) in
                report(SolveProgress(elapsedSeconds: p.elapsedSeconds, bestObjective: p.incumbent, bound: p.bound, gap: p.gap, engine: engineName))
            }
        }
        let outcome = try GLPKSolver.solve(encoding.model, options: mipOptions)
        return result(of: outcome, encoding: encoding)
    }

    static func result(of outcome: MIPOutcome, encoding: MIPEncoding) -> SolveResult {
        let problem = encoding.problem
        switch outcome {
        case .optimal(let solution), .feasible(let solution):
            let grid = encoding.grid(from: solution.values)
            let report = Evaluator(problem: problem).evaluate(grid)
            let optimal: Bool = if case .optimal = outcome { true } else { false }
            let roster = problem.roster(from: grid, provenance: Provenance(
                engine: engineName, engineVersion: SchedulingVersion.current,
                parameters: ["glpk": "5.0"], objective: solution.objective, bound: solution.bound),
                origins: problem.origins(of: grid, setBy: .mip))
            return SolveResult(status: optimal ? .optimal : .feasible, roster: roster, grid: grid, report: report,
                               solverObjective: solution.objective, bound: optimal ? solution.objective : solution.bound,
                               elapsedSeconds: solution.elapsedSeconds, engine: engineName)
        case .infeasible(let reason):
            return SolveResult(status: .infeasible(reason: reason), elapsedSeconds: 0, engine: engineName)
        case .noSolution(let reason):
            return SolveResult(status: .noSolution(reason: reason), elapsedSeconds: 0, engine: engineName)
        }
    }
}

/// The engine version recorded in every proposal's provenance.
public enum SchedulingVersion {
    public static let current = "0.1.0"
}
