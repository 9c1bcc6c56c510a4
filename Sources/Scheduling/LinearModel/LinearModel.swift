/// A mixed-integer linear program in minimisation form, in pure Swift.
///
/// Rows and columns carry names built from the rule and the subject they encode
/// (for example `rest[IDE03,2026-06-12]`), so that a dump can be read by a person
/// and an infeasibility can be traced back to a rule. The model knows nothing of
/// GLPK: `GLPKSolver` is the only place that hands it to the C library.
public struct LinearModel: Sendable {
    /// The domain of a column.
    public enum VariableKind: String, Sendable, Codable {
        case binary
        case integer
        case continuous
    }

    /// One column: a decision variable with its bounds and objective coefficient.
    public struct Variable: Sendable, Equatable {
        public var name: String
        public var kind: VariableKind
        public var lowerBound: Double
        /// `nil` means unbounded above.
        public var upperBound: Double?
        public var objective: Double
    }

    /// One row: `lower ≤ Σ coefficient · variable ≤ upper`; a missing bound is infinite.
    public struct Constraint: Sendable, Equatable {
        public var name: String
        public var terms: [LinearTerm]
        public var lowerBound: Double?
        public var upperBound: Double?
    }

    public private(set) var variables: [Variable] = []
    public private(set) var constraints: [Constraint] = []
    /// A constant added to the objective (for terms fixed by the data).
    public var objectiveConstant: Double = 0

    public init() {}

    /// Adds a column and returns its identifier.
    @discardableResult
    public mutating func addVariable(
        _ name: String,
        kind: VariableKind,
        lowerBound: Double = 0,
        upperBound: Double? = nil,
        objective: Double = 0
    ) -> VariableID {
        let upper: Double? = kind == .binary ? min(upperBound ?? 1, 1) : upperBound
        variables.append(Variable(name: name, kind: kind, lowerBound: lowerBound, upperBound: upper, objective: objective))
        return VariableID(index: variables.count - 1)
    }

    /// Adds `coefficient` to the objective coefficient of `variable`.
    public mutating func addObjective(_ variable: VariableID, _ coefficient: Double) {
        variables[variable.index].objective += coefficient
    }

    /// Tightens the bounds of an existing column (used to fix cells).
    public mutating func setBounds(_ variable: VariableID, lower: Double, upper: Double?) {
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    /// Adds a row `lower ≤ terms ≤ upper`. Terms on the same variable are merged;
    /// a row with no term is kept only if it is violated by construction, so that
    /// an impossible requirement still shows up in the model.
    public mutating func addConstraint(
        _ name: String,
        _ terms: [LinearTerm],
        lowerBound: Double? = nil,
        upperBound: Double? = nil
    ) {
        precondition(lowerBound != nil || upperBound != nil, "a row needs at least one bound")
        var merged: [Int: Double] = [:]
        var order: [Int] = []
        for term in terms where term.coefficient != 0 {
            if merged[term.variable.index] == nil { order.append(term.variable.index) }
            merged[term.variable.index, default: 0] += term.coefficient
        }
        let cleaned = order.compactMap { index -> LinearTerm? in
            let coefficient = merged[index]!
            return coefficient == 0 ? nil : LinearTerm(VariableID(index: index), coefficient)
        }
        constraints.append(Constraint(name: name, terms: cleaned, lowerBound: lowerBound, upperBound: upperBound))
    }

    /// The objective value of an assignment of values to all columns.
    public func objectiveValue(of values: [Double]) -> Double {
        precondition(values.count == variables.count)
        var total = objectiveConstant
        for (index, variable) in variables.enumerated() { total += variable.objective * values[index] }
        return total
    }

    /// Rows (and column bounds) that `values` breaks by more than `tolerance`, by name.
    public func violatedRows(by values: [Double], tolerance: Double = 1e-6) -> [String] {
        var broken: [String] = []
        for (index, variable) in variables.enumerated() {
            let value = values[index]
            if value < variable.lowerBound - tolerance { broken.append(variable.name) }
            if let upper = variable.upperBound, value > upper + tolerance { broken.append(variable.name) }
            if variable.kind != .continuous, abs(value - value.rounded()) > tolerance { broken.append(variable.name) }
        }
        for row in constraints {
            let activity = row.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            if let lower = row.lowerBound, activity < lower - tolerance { broken.append(row.name) }
            if let upper = row.upperBound, activity > upper + tolerance { broken.append(row.name) }
        }
        return broken
    }
}

/// The index of a column in a `LinearModel`.
public struct VariableID: Hashable, Sendable {
    public let index: Int
    public init(index: Int) { self.index = index }
}

/// `coefficient × variable`.
public struct LinearTerm: Sendable, Equatable {
    public var variable: VariableID
    public var coefficient: Double
    public init(_ variable: VariableID, _ coefficient: Double = 1) {
        self.variable = variable
        self.coefficient = coefficient
    }
}
