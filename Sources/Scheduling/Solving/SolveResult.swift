/// What the solver concluded, as a value: the call worked; this is the outcome.
public enum SolveStatus: Sendable, Equatable {
    /// Proven optimal for the model.
    case optimal
    /// A roster without proof of optimality; `gap` when a bound is known.
    case feasible
    /// The hard rules cannot all hold; the reason in the solver's words.
    case infeasible(reason: String)
    /// No roster found within the budget.
    case noSolution(reason: String)
}

/// A proposal: the roster, the evaluator's independent report on it, and how it was obtained.
public struct SolveResult: Sendable {
    public var status: SolveStatus
    /// The roster, when one was found.
    public var roster: Roster?
    public var grid: ShiftGrid?
    /// The evaluator's verdict on `roster` (never the solver's own claim).
    public var report: EvaluationReport?
    /// The solver's objective for `roster`; must equal `report.objective`.
    public var solverObjective: Double?
    /// A valid lower bound on the objective, when the solver proved one.
    public var bound: Double?
    public var elapsedSeconds: Double
    public var engine: String

    /// `(objective − bound) / objective`, nil without a bound ("no bound", never a made-up figure).
    public var gap: Double? {
        guard let bound, let objective = report?.objective else { return nil }
        if objective <= 1e-9 { return bound <= 1e-9 ? 0 : nil }
        return max(0, (objective - bound) / objective)
    }

    /// True when the solver's objective and the evaluator's score disagree (a bug in one of them).
    public var objectiveMismatch: Bool {
        guard let solverObjective, let objective = report?.objective else { return false }
        return abs(solverObjective - objective) > 1e-6 * max(1, abs(objective))
    }
}
