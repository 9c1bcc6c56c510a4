import CGLPK

/// GLPK's return codes (`GLP_E…`) and solution statuses, named and explained.
///
/// The one place where GLPK's integers become words: solver code switches on these
/// and turns what is a failure of the call into `GLPKError.solverFailed`.
enum GLPKReturnCode {
    /// The name and meaning of a `glp_simplex` / `glp_intopt` return code.
    static func describe(_ code: Int32) -> String {
        switch code {
        case 0: "0: success"
        case GLP_EBADB: "GLP_EBADB: invalid initial basis"
        case GLP_ESING: "GLP_ESING: singular basis matrix"
        case GLP_ECOND: "GLP_ECOND: ill-conditioned basis matrix"
        case GLP_EBOUND: "GLP_EBOUND: incorrect bounds (double-bounded with lower ≥ upper, or fractional bounds on an integer column)"
        case GLP_EFAIL: "GLP_EFAIL: the solver failed (numerical difficulties)"
        case GLP_EOBJLL: "GLP_EOBJLL: objective lower limit reached"
        case GLP_EOBJUL: "GLP_EOBJUL: objective upper limit reached"
        case GLP_EITLIM: "GLP_EITLIM: iteration limit exceeded"
        case GLP_ETMLIM: "GLP_ETMLIM: time limit exceeded"
        case GLP_ENOPFS: "GLP_ENOPFS: no primal feasible solution"
        case GLP_ENODFS: "GLP_ENODFS: no dual feasible solution"
        case GLP_EROOT: "GLP_EROOT: optimal basis of the root LP relaxation not provided"
        case GLP_ESTOP: "GLP_ESTOP: search terminated by the application"
        case GLP_EMIPGAP: "GLP_EMIPGAP: relative MIP gap tolerance reached"
        default: "\(code): unknown GLPK return code"
        }
    }

    /// The name of a solution status (`glp_get_status`, `glp_mip_status`).
    static func describeStatus(_ status: Int32) -> String {
        switch status {
        case GLP_UNDEF: "GLP_UNDEF (undefined)"
        case GLP_FEAS: "GLP_FEAS (feasible)"
        case GLP_INFEAS: "GLP_INFEAS (infeasible)"
        case GLP_NOFEAS: "GLP_NOFEAS (no feasible solution)"
        case GLP_OPT: "GLP_OPT (optimal)"
        case GLP_UNBND: "GLP_UNBND (unbounded)"
        default: "\(status) (unknown status)"
        }
    }

    /// `GLPKError.solverFailed` for `code` returned by `function`.
    static func failure(_ code: Int32, in function: String) -> GLPKError {
        .solverFailed(code: Int(code), message: "\(function) returned \(describe(code))")
    }
}
