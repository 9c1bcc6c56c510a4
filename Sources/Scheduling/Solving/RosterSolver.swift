/// The engines a cadre or an engineer can ask for.
public enum SolverEngine: String, Sendable, CaseIterable {
    /// Greedy start, branch-and-cut on the whole model, then large-neighbourhood search (default).
    case hybrid
    /// Branch-and-cut on the whole model only.
    case mip
    /// Greedy start, then the Swift local search alone (no GLPK): the fallback engine.
    case localSearch = "local-search"
    /// The greedy construction only (for comparison and diagnosis).
    case greedy
}

/// The entry point for proposing a roster: picks the engine and guarantees that every
/// returned roster has been judged by the evaluator.
public enum RosterSolver {
    public static func solve(_ problem: PlanningProblem, engine: SolverEngine = .hybrid, options: SolveOptions = SolveOptions()) throws(GLPKError) -> SolveResult {
        switch engine {
        case .hybrid:
            return try LNSRosterSolver.solve(problem, options: options)
        case .mip:
            return try MIPRosterSolver.solve(problem, options: options)
        case .localSearch:
            return LocalSearchRosterSolver.solve(problem, options: options)
        case .greedy:
            let clock = ContinuousClock()
            let started = clock.now
            let grid = GreedyConstructor(problem: problem).build()
            let report = Evaluator(problem: problem).evaluate(grid)
            let elapsed = clock.now - started
            let roster = problem.roster(from: grid, provenance: Provenance(engine: "greedy", engineVersion: SchedulingVersion.current, seed: options.seed),
                                        origins: problem.origins(of: grid, setBy: .greedy))
            return SolveResult(status: .feasible, roster: roster, grid: grid, report: report, solverObjective: nil, bound: nil,
                               elapsedSeconds: elapsed.seconds, engine: "greedy")
        }
    }
}
