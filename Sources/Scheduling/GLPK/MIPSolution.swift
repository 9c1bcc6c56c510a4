/// An integer-feasible assignment found by the MIP solver.
public struct MIPSolution: Sendable, Equatable {
    /// One value per `LinearModel` column, in column order; integer and binary
    /// columns are rounded to exact integers.
    public var values: [Double]
    /// `LinearModel.objectiveValue(of: values)`, constant included.
    public var objective: Double
    /// Best proven lower bound when the search ended (equal to `objective` when
    /// optimal); `nil` if GLPK stopped before proving any bound.
    public var bound: Double?
    /// `|objective − bound| / (|objective| + ε)`; `0` when optimal, `nil` without a bound.
    public var relativeGap: Double?
    /// Seconds from the call to the end of the solve.
    public var elapsedSeconds: Double

    public init(values: [Double], objective: Double, bound: Double?, relativeGap: Double?, elapsedSeconds: Double) {
        self.values = values
        self.objective = objective
        self.bound = bound
        self.relativeGap = relativeGap
        self.elapsedSeconds = elapsedSeconds
    }

    /// The value of one column.
    public subscript(_ variable: VariableID) -> Double {
        values[variable.index]
    }
}
