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

    /// The optimum of the LP relaxation by the interior-point method, when it reaches one; its
    /// objective is as exact as the method's tolerance (relative gap about 1e-8). No values:
    /// only the objective is used, as a bound.
    func solveLPByInteriorPoint() throws(GLPKError) -> LPOutcome {
        let code = interiorPoint()
        switch code {
        case 0: break
        case GLP_EFAIL: return .failed(reason: "the interior-point method found no columns or rows to work on")
        case GLP_ENOCVG, GLP_EOBJLL, GLP_EOBJUL, GLP_EITLIM, GLP_EINSTAB:
            return .failed(reason: "the interior-point method did not converge (\(GLPKReturnCode.describe(code)))")
        default: throw GLPKReturnCode.failure(code, in: "glp_interior")
        }
        switch interiorStatus {
        case GLP_OPT: return .optimal(objective: interiorObjective, values: [])
        case let status: return .failed(reason: "glp_interior ended with status \(GLPKReturnCode.describeStatus(status))")
        }
    }
}
