/// A failure to hand a `LinearModel` to GLPK, or of GLPK itself.
///
/// These say that the *call* did not work: the model or the options are malformed
/// (caught in Swift, before any `glp_*` call, because GLPK answers misuse with
/// `abort()`), or the library gave up. What the solver *concluded* about a well-formed
/// model (optimal, infeasible, out of time) is a `MIPOutcome` or `LPOutcome`, never
/// an error.
///
/// Empty, over-long, duplicate or oddly spelt names are not errors: the GLPK layer
/// rewrites them (see `lpText(_:)`).
public enum GLPKError: Error, Equatable, Sendable {
    /// A column's bounds are not a usable domain: NaN, `lower > upper`, `lower = +∞`,
    /// `upper = −∞`, a binary column outside [0, 1], or an integer column whose
    /// interval contains no integer.
    case invalidBounds(variable: String, lower: Double, upper: Double?, reason: String)
    /// A row's bounds are NaN, `lower = +∞`, `upper = −∞`, or `lower > upper`.
    case invalidRowBounds(row: String, lower: Double?, upper: Double?, reason: String)
    /// A constraint coefficient is NaN or infinite.
    case nonFiniteCoefficient(row: String, variable: String, value: Double)
    /// An objective coefficient is NaN or infinite.
    case nonFiniteObjective(variable: String, value: Double)
    /// `LinearModel.objectiveConstant` is NaN or infinite.
    case nonFiniteObjectiveConstant(value: Double)
    /// A row refers to a column the model does not have.
    case columnOutOfRange(row: String, index: Int, columnCount: Int)
    /// A row mentions the same column twice (GLPK aborts on this).
    case duplicateColumn(row: String, variable: String)
    /// More rows, columns or non-zeros than GLPK can hold.
    case modelTooLarge(what: String, count: Int, limit: Int)
    /// A `MIPOptions` value (or a time limit) is out of its domain.
    case invalidOption(name: String, reason: String)
    /// GLPK returned a failure code (for example `GLP_EFAIL`: numerical trouble).
    case solverFailed(code: Int, message: String)
    /// Writing or reading back the CPLEX LP dump failed.
    case dumpFailed(path: String, reason: String)
}

extension GLPKError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidBounds(variable, lower, upper, reason):
            "column '\(variable)' has invalid bounds [\(lower), \(upper.map { "\($0)" } ?? "+inf")]: \(reason)"
        case let .invalidRowBounds(row, lower, upper, reason):
            "row '\(row)' has invalid bounds [\(lower.map { "\($0)" } ?? "-inf"), \(upper.map { "\($0)" } ?? "+inf")]: \(reason)"
        case let .nonFiniteCoefficient(row, variable, value):
            "row '\(row)' has a non-finite coefficient \(value) on column '\(variable)'"
        case let .nonFiniteObjective(variable, value):
            "column '\(variable)' has a non-finite objective coefficient \(value)"
        case let .nonFiniteObjectiveConstant(value):
            "the objective constant \(value) is not finite"
        case let .columnOutOfRange(row, index, columnCount):
            "row '\(row)' refers to column #\(index), but the model has \(columnCount) columns"
        case let .duplicateColumn(row, variable):
            "row '\(row)' mentions column '\(variable)' more than once"
        case let .modelTooLarge(what, count, limit):
            "the model has \(count) \(what); GLPK accepts at most \(limit)"
        case let .invalidOption(name, reason):
            "invalid solver option \(name): \(reason)"
        case let .solverFailed(code, message):
            "GLPK failed (code \(code)): \(message)"
        case let .dumpFailed(path, reason):
            "could not write the LP dump to '\(path)': \(reason)"
        }
    }
}
