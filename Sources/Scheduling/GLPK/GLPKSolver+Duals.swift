/// An optimal basic solution of an LP relaxation with its row duals.
public struct LPDualSolution: Sendable, Equatable {
    /// Includes `LinearModel.objectiveConstant`.
    public var objective: Double
    /// One entry per column.
    public var values: [Double]
    /// One entry per row, in the model's row order: the change of the optimum per unit of the
    /// row's active bound (GLPK's sign convention: for a minimisation, a column's reduced cost
    /// is its objective coefficient minus the duals times its coefficients).
    public var rowDuals: [Double]
}

extension GLPKSolver {
    /// Solves the LP relaxation of `model` with the simplex method and returns its row duals
    /// with the solution (for column generation). Nil when the simplex method reached no
    /// optimum (infeasible, unbounded or out of time).
    ///
    /// - Throws: `GLPKError` if the model is malformed, or GLPK fails.
    public static func solveRelaxationWithDuals(_ model: LinearModel, timeLimitSeconds: Double? = nil) throws(GLPKError) -> LPDualSolution? {
        try GLPKTimeLimit.validate(timeLimitSeconds)
        let input = try GLPKInput(validating: model, relaxed: true)
        guard !input.columns.isEmpty else { return nil }
        let timeLimit = GLPKTimeLimit.milliseconds(timeLimitSeconds)
        let result = GLPKThread.run { () -> Result<LPDualSolution?, GLPKError> in
            let problem = GLPKProblem(input)
            return Result { () throws(GLPKError) in
                guard case let .optimal(objective, values) = try problem.solveLP(timeLimitMilliseconds: timeLimit) else { return nil }
                return LPDualSolution(objective: objective, values: values, rowDuals: problem.lpRowDuals)
            }
        }
        return try result.get()
    }
}
