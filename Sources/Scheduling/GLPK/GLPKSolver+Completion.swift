extension GLPKSolver {
    /// Completes a partial column vector: the `fixed` columns keep their values, the others
    /// take their best values, solved exactly (with presolve) on the model that is left.
    /// Nil when no completion was found within `timeLimitSeconds` (for example when the fixed
    /// values break a row whatever the others do).
    static func complete(_ model: LinearModel, fixing fixed: [Double?], timeLimitSeconds: Double) throws(GLPKError) -> [Double]? {
        let (rest, columns) = model.restricted(fixing: fixed)
        var values = fixed.map { $0 ?? 0 }
        guard !columns.isEmpty else { return values }
        guard let solution = try solve(rest, options: MIPOptions(timeLimitSeconds: timeLimitSeconds, relativeGap: 0, presolve: true)).solution else {
            return nil
        }
        for (i, column) in columns.enumerated() { values[column] = solution.values[i] }
        return values
    }
}
