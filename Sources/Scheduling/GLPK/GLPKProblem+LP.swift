import CGLPK

extension GLPKProblem {
    /// Solves the loaded problem as an LP with the simplex method and maps the result
    /// to an `LPOutcome`. Load a relaxed `GLPKInput` to get the LP relaxation.
    func solveLP(timeLimitMilliseconds: Int32) throws(GLPKError) -> LPOutcome {
        scale()
        let code = simplex(timeLimitMilliseconds: timeLimitMilliseconds)
        switch code {
        case 0: break
        case GLP_ETMLIM: return .failed(reason: "the time limit ran out before the simplex method finished")
        case GLP_EITLIM: return .failed(reason: "the simplex iteration limit was reached")
        default: throw GLPKReturnCode.failure(code, in: "glp_simplex")
        }
        switch lpStatus {
        case GLP_OPT: return .optimal(objective: lpObjective, values: lpColumnValues)
        case GLP_NOFEAS: return .infeasible
        case GLP_UNBND: return .unbounded
        case let status: return .failed(reason: "glp_simplex ended with status \(GLPKReturnCode.describeStatus(status))")
        }
    }
}
