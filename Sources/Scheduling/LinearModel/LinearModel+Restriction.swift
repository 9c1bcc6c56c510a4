extension LinearModel {
    /// The model left when some columns are fixed: fixed columns become constants in the rows
    /// and the objective, rows with no free column left are dropped, and every other column
    /// keeps its bounds. `columns[i]` is the original index of the restricted model's column i.
    ///
    /// This is the sub-problem of a large-neighbourhood step; it is much smaller than the full
    /// model, so GLPK solves it quickly without its own presolver.
    /// - Complexity: O(columns + non-zeros).
    public func restricted(fixing fixed: [Double?]) -> (model: LinearModel, columns: [Int]) {
        precondition(fixed.count == variables.count)
        var reduced = LinearModel()
        var newIndex = [Int](repeating: -1, count: variables.count)
        var columns: [Int] = []
        reduced.objectiveConstant = objectiveConstant
        for (index, variable) in variables.enumerated() {
            if let value = fixed[index] {
                reduced.objectiveConstant += variable.objective * value
            } else {
                newIndex[index] = columns.count
                columns.append(index)
                reduced.addVariable(variable.name, kind: variable.kind, lowerBound: variable.lowerBound,
                                    upperBound: variable.upperBound, objective: variable.objective)
            }
        }
        for row in constraints {
            var constant = 0.0
            var terms: [LinearTerm] = []
            for term in row.terms {
                if let value = fixed[term.variable.index] {
                    constant += term.coefficient * value
                } else {
                    terms.append(LinearTerm(VariableID(index: newIndex[term.variable.index]), term.coefficient))
                }
            }
            guard !terms.isEmpty else { continue }
            reduced.addConstraint(row.name, terms, lowerBound: row.lowerBound.map { $0 - constant }, upperBound: row.upperBound.map { $0 - constant })
        }
        return (reduced, columns)
    }
}
