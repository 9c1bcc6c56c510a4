/// A `LinearModel` checked against everything GLPK would `abort()` on, and laid out
/// the way GLPK's API takes it (1-based arrays, one bound type per row and column).
///
/// Building one is the only place a model is validated; once it exists, loading it
/// into GLPK cannot trip an assertion. Pure Swift: no GLPK call happens here.
struct GLPKInput: Sendable {
    /// GLPK's bound types (`GLP_FR`, `GLP_LO`, `GLP_UP`, `GLP_DB`, `GLP_FX`).
    enum Bounds: Sendable, Equatable {
        case free
        case lower(Double)
        case upper(Double)
        /// `lower < upper`, both finite (GLPK rejects `lower ≥ upper` here).
        case double(Double, Double)
        case fixed(Double)
    }

    struct Column: Sendable {
        var isInteger: Bool
        var bounds: Bounds
        var objective: Double
    }

    struct Row: Sendable {
        var bounds: Bounds
        /// 1-based column indices; element 0 is an unused placeholder, as GLPK wants.
        var indices: [Int32]
        /// Coefficients matching `indices`; element 0 is an unused placeholder.
        var values: [Double]
        var count: Int { indices.count - 1 }
    }

    // GLPK's own limits (M_MAX, N_MAX, NNZ_MAX in prob.h).
    static let maximumRows = 100_000_000
    static let maximumColumns = 100_000_000
    static let maximumNonZeros = 500_000_000

    var columns: [Column]
    var rows: [Row]
    var objectiveConstant: Double
    var names: GLPKNames

    /// Validates `model`. With `relaxed`, every column is continuous (the LP relaxation).
    ///
    /// - Complexity: O(rows + columns + non-zeros).
    init(validating model: LinearModel, relaxed: Bool = false) throws(GLPKError) {
        let variables = model.variables
        let constraints = model.constraints
        if variables.count > Self.maximumColumns {
            throw .modelTooLarge(what: "columns", count: variables.count, limit: Self.maximumColumns)
        }
        if constraints.count > Self.maximumRows {
            throw .modelTooLarge(what: "rows", count: constraints.count, limit: Self.maximumRows)
        }
        guard model.objectiveConstant.isFinite else {
            throw .nonFiniteObjectiveConstant(value: model.objectiveConstant)
        }

        var columns: [Column] = []
        columns.reserveCapacity(variables.count)
        for variable in variables {
            guard variable.objective.isFinite else {
                throw .nonFiniteObjective(variable: variable.name, value: variable.objective)
            }
            let bounds = try Self.columnBounds(of: variable)
            columns.append(Column(isInteger: !relaxed && variable.kind != .continuous, bounds: bounds, objective: variable.objective))
        }

        var rows: [Row] = []
        rows.reserveCapacity(constraints.count)
        var nonZeros = 0
        // `seenInRow[j] == rowNumber` marks column j as already used by the current row.
        var seenInRow = [Int](repeating: 0, count: variables.count)
        for (position, constraint) in constraints.enumerated() {
            let bounds = try Self.rowBounds(of: constraint)
            var indices: [Int32] = [0]
            var values: [Double] = [0]
            indices.reserveCapacity(constraint.terms.count + 1)
            values.reserveCapacity(constraint.terms.count + 1)
            for term in constraint.terms {
                let column = term.variable.index
                guard variables.indices.contains(column) else {
                    throw .columnOutOfRange(row: constraint.name, index: column, columnCount: variables.count)
                }
                guard term.coefficient.isFinite else {
                    throw .nonFiniteCoefficient(row: constraint.name, variable: variables[column].name, value: term.coefficient)
                }
                guard seenInRow[column] != position + 1 else {
                    throw .duplicateColumn(row: constraint.name, variable: variables[column].name)
                }
                seenInRow[column] = position + 1
                if term.coefficient == 0 { continue }
                indices.append(Int32(column + 1))
                values.append(term.coefficient)
            }
            // glp_set_mat_row prepends each element to the row's list; handing the terms
            // over back to front makes GLPK (and its LP dump) keep the model's order.
            indices[1...].reverse()
            values[1...].reverse()
            nonZeros += indices.count - 1
            if nonZeros > Self.maximumNonZeros {
                throw .modelTooLarge(what: "non-zero coefficients", count: nonZeros, limit: Self.maximumNonZeros)
            }
            rows.append(Row(bounds: bounds, indices: indices, values: values))
        }

        self.columns = columns
        self.rows = rows
        self.objectiveConstant = model.objectiveConstant
        self.names = GLPKNames(columns: variables.map(\.name), rows: constraints.map(\.name))
    }

    /// The bound type of a column. `−∞` below and `+∞` (or `nil`) above mean "none";
    /// a binary column without bounds means [0, 1]; integer bounds are rounded inwards
    /// (GLPK refuses fractional bounds on integer columns).
    private static func columnBounds(of variable: LinearModel.Variable) throws(GLPKError) -> Bounds {
        func fail(_ reason: String) -> GLPKError {
            .invalidBounds(variable: variable.name, lower: variable.lowerBound, upper: variable.upperBound, reason: reason)
        }
        var lower: Double? = variable.lowerBound
        var upper: Double? = variable.upperBound
        if variable.lowerBound.isNaN || upper?.isNaN == true { throw fail("a bound is NaN") }
        if lower == .infinity { throw fail("the lower bound is +∞") }
        if upper == -.infinity { throw fail("the upper bound is −∞") }
        if lower == -.infinity { lower = nil }
        if upper == .infinity { upper = nil }

        switch variable.kind {
        case .continuous:
            break
        case .binary:
            let low = lower ?? 0, high = upper ?? 1
            guard low >= 0, high <= 1 else { throw fail("a binary column must stay within [0, 1]") }
            lower = low
            upper = high
            fallthrough
        case .integer:
            // Snap bounds that are integers up to rounding noise, round the rest inwards.
            if let low = lower { lower = abs(low - low.rounded()) <= 1e-9 ? low.rounded() : low.rounded(.up) }
            if let high = upper { upper = abs(high - high.rounded()) <= 1e-9 ? high.rounded() : high.rounded(.down) }
        }
        if let low = lower, let high = upper, low > high {
            let crossed = variable.lowerBound > (variable.upperBound ?? .infinity)
            throw fail(crossed ? "the lower bound exceeds the upper bound" : "no integer lies between the bounds")
        }
        return bounds(lower: lower, upper: upper)
    }

    /// The bound type of a row; `−∞`/`+∞` mean "none".
    private static func rowBounds(of constraint: LinearModel.Constraint) throws(GLPKError) -> Bounds {
        func fail(_ reason: String) -> GLPKError {
            .invalidRowBounds(row: constraint.name, lower: constraint.lowerBound, upper: constraint.upperBound, reason: reason)
        }
        var lower = constraint.lowerBound
        var upper = constraint.upperBound
        if lower?.isNaN == true || upper?.isNaN == true { throw fail("a bound is NaN") }
        if lower == .infinity { throw fail("the lower bound is +∞") }
        if upper == -.infinity { throw fail("the upper bound is −∞") }
        if lower == -.infinity { lower = nil }
        if upper == .infinity { upper = nil }
        if let low = lower, let high = upper, low > high { throw fail("the lower bound exceeds the upper bound") }
        return bounds(lower: lower, upper: upper)
    }

    private static func bounds(lower: Double?, upper: Double?) -> Bounds {
        switch (lower, upper) {
        case (nil, nil): .free
        case let (low?, nil): .lower(low)
        case let (nil, high?): .upper(high)
        case let (low?, high?): low == high ? .fixed(low) : .double(low, high)
        }
    }
}
