/// The entry point for proposing a roster: picks the engine and guarantees that every
/// returned roster has been judged by the evaluator.
public enum RosterSolver {
    public static func solve(_ problem: PlanningProblem, options: SolveOptions = SolveOptions()) throws(GLPKError) -> SolveResult {
        try MIPRosterSolver.solve(problem, options: options)
    }
}
