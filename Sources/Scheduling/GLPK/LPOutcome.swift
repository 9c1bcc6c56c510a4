/// What the simplex method concluded about the LP relaxation of a model
/// (every column continuous, bounds and rows kept).
public enum LPOutcome: Sendable, Equatable {
    /// Optimal; `objective` includes `LinearModel.objectiveConstant`, `values` has one
    /// entry per column.
    case optimal(objective: Double, values: [Double])
    /// No point satisfies all rows and bounds.
    case infeasible
    /// The objective decreases without limit.
    case unbounded
    /// The simplex method stopped without a conclusion (time or iteration limit).
    case failed(reason: String)
}
