extension GLPKSolver {
    /// Completes a partial column vector: the `fixed` columns keep their values, the others
    /// take their best values, solved exactly on the model that is left (with presolve unless a
    /// start is given). `start`, a full column vector agreeing with `fixed`, is offered to GLPK
    /// as its first solution; `nodeLimit` (when given) bounds the search instead of the clock,
    /// for repeatable runs. Nil when no completion was found within the limits (for example when
    /// the fixed values break a row whatever the others do).
    static func complete(_ model: LinearModel, fixing fixed: [Double?], timeLimitSeconds: Double?, nodeLimit: Int? = nil,
                         start: [Double]? = nil, stop: StopToken? = nil) throws(GLPKError) -> [Double]? {
        let (rest, columns) = model.restricted(fixing: fixed)
        var values = fixed.map { $0 ?? 0 }
        guard !columns.isEmpty else { return values }
        // With a start GLPK already has a solution: the feasibility pump, which looks for a
        // first one, is left out.
        let options = MIPOptions(timeLimitSeconds: timeLimitSeconds, relativeGap: 0, presolve: true, feasibilityPump: start == nil,
                                 nodeLimit: nodeLimit, initialSolution: start.map { start in columns.map { start[$0] } }, stop: stop)
        guard let solution = try solve(rest, options: options).solution else { return nil }
        for (i, column) in columns.enumerated() { values[column] = solution.values[i] }
        return values
    }
}
