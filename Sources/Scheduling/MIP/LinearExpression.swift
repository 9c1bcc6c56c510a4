/// An affine expression `Σ coefficient · variable + constant`, used to write rules as rows.
/// History days and fixed cells become constants, so one rule body serves every day.
public struct LinearExpression: Sendable {
    public var terms: [LinearTerm] = []
    public var constant: Double = 0

    public init(terms: [LinearTerm] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
    }

    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs + rhs.scaled(-1)
    }

    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.terms += rhs.terms
        lhs.constant += rhs.constant
    }

    public func scaled(_ factor: Double) -> LinearExpression {
        LinearExpression(terms: terms.map { LinearTerm($0.variable, $0.coefficient * factor) }, constant: constant * factor)
    }

    public static func variable(_ v: VariableID, _ coefficient: Double = 1) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(v, coefficient)])
    }

    public static func constant(_ c: Double) -> LinearExpression { LinearExpression(constant: c) }

    /// Value under an assignment of all columns.
    public func value(_ values: [Double]) -> Double {
        terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }
}
