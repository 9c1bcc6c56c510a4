extension GLPKInput {
    /// `values` as the 1-based column vector `glp_ios_heur_sol` takes, with integer
    /// columns rounded to exact integers (GLPK rejects `x != floor(x)`), or `nil` unless
    /// it is a complete, finite assignment that breaks no row or bound.
    ///
    /// GLPK does not check rows when it accepts a heuristic solution, so this is the
    /// only feasibility check it gets.
    func heuristicVector(_ values: [Double]?, model: LinearModel) -> [Double]? {
        guard let values, values.count == columns.count, values.allSatisfy(\.isFinite) else { return nil }
        var vector = values
        for (index, column) in columns.enumerated() where column.isInteger {
            vector[index] = vector[index].rounded() + 0
            // Integer bounds were rounded inwards; the rounded value must respect them.
            guard column.bounds.contains(vector[index]) else { return nil }
        }
        guard model.violatedRows(by: vector).isEmpty else { return nil }
        return [0] + vector
    }
}

extension GLPKInput.Bounds {
    /// Whether `value` lies within the bounds, exactly.
    func contains(_ value: Double) -> Bool {
        switch self {
        case .free: true
        case let .lower(lower): value >= lower
        case let .upper(upper): value <= upper
        case let .double(lower, upper): lower <= value && value <= upper
        case let .fixed(fixed): value == fixed
        }
    }
}
