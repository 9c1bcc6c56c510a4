/// The Swift-only engine: a greedy roster improved by the local search until the budget runs
/// out. It needs no GLPK, so it is also what the hybrid falls back on.
public enum LocalSearchRosterSolver {
    public static let engineName = "greedy+local-search"

    /// Solves with `options.timeLimitSeconds` as wall-clock budget, or, when it is nil,
    /// `options.iterationLimit` moves (default 200 000) for a repeatable run.
    public static func solve(_ problem: PlanningProblem, options: SolveOptions) -> SolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = options.timeLimitSeconds.map { started + .seconds($0) }
        let iterations = options.iterationLimit ?? (deadline == nil ? 200_000 : nil)
        let start = GreedyConstructor(problem: problem).build(deadline: deadline.map { started + (($0 - started) * 0.2) })
        let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(
            seed: options.seed, iterationLimit: iterations, deadline: deadline, stop: options.stop))
        let report = Evaluator(problem: problem).evaluate(outcome.grid)
        var parameters = ["iterations": "\(outcome.iterations)", "acceptedMoves": "\(outcome.acceptedMoves)", "improvements": "\(outcome.improvements)"]
        if let limit = options.timeLimitSeconds { parameters["timeLimitSeconds"] = "\(limit)" }
        if let iterations { parameters["iterationLimit"] = "\(iterations)" }
        let roster = problem.roster(from: outcome.grid, provenance: Provenance(
            engine: engineName, engineVersion: SchedulingVersion.current, seed: options.seed, parameters: parameters,
            objective: outcome.score.objective),
            origins: problem.origins(of: start, setBy: .greedy).marking(changesFrom: start, to: outcome.grid, as: .localSearch))
        return SolveResult(status: .feasible, roster: roster, grid: outcome.grid, report: report, solverObjective: outcome.score.objective,
                           bound: nil, elapsedSeconds: (clock.now - started).seconds, engine: engineName)
    }
}
