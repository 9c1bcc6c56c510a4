/// What the MIP solver concluded about a well-formed model.
///
/// Failures of the call itself (a malformed model, GLPK giving up) are thrown as
/// `GLPKError` instead.
public enum MIPOutcome: Sendable, Equatable {
    /// Proven optimal (the search tree was exhausted).
    case optimal(MIPSolution)
    /// A solution, but the search stopped before proving it optimal: time limit,
    /// relative gap reached, node limit, or a `StopToken`. The solution carries the
    /// bound and gap at that point.
    case feasible(MIPSolution)
    /// Proven: no assignment satisfies every row, bound and integrality condition.
    case infeasible(reason: String)
    /// The search ended without any integer solution and without a proof of
    /// infeasibility (limit reached, stopped, or an unbounded LP relaxation).
    case noSolution(reason: String)

    /// The solution, if there is one.
    public var solution: MIPSolution? {
        switch self {
        case let .optimal(solution), let .feasible(solution): solution
        case .infeasible, .noSolution: nil
        }
    }
}
