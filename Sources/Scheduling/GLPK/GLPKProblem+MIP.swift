import CGLPK

extension GLPKProblem {
    /// Solves the loaded problem as a MIP and maps GLPK's return code and MIP status
    /// to a `MIPOutcome`. Runs on the GLPK thread.
    ///
    /// Without GLPK's presolver (turned off by an initial solution, whose columns must
    /// match the tree's), the LP relaxation is solved first with `glp_simplex`, as
    /// `glp_intopt` then requires; with it, `glp_intopt` does that itself.
    ///
    /// - Parameter heuristicSolution: 1-based column vector to offer at `GLP_IHEUR`.
    func solveMIP(
        model: LinearModel,
        input: GLPKInput,
        options: MIPOptions,
        heuristicSolution: [Double]?,
        stopwatch: GLPKStopwatch
    ) throws(GLPKError) -> MIPOutcome {
        let usePresolver = options.presolve && heuristicSolution == nil
        var rootBound: Double?
        if !usePresolver {
            scale()
            let code = simplex(timeLimitMilliseconds: GLPKTimeLimit.milliseconds(options.timeLimitSeconds, after: stopwatch.elapsedSeconds))
            switch code {
            case 0: break
            case GLP_ETMLIM, GLP_EITLIM:
                return .noSolution(reason: "the time limit ran out while solving the LP relaxation")
            default:
                throw GLPKReturnCode.failure(code, in: "glp_simplex")
            }
            switch lpStatus {
            case GLP_OPT:
                rootBound = lpObjective
            case GLP_NOFEAS:
                return .infeasible(reason: "the LP relaxation is infeasible: no assignment, even fractional, satisfies every row and bound")
            case GLP_UNBND:
                return .noSolution(reason: "the LP relaxation is unbounded below, so the model is unbounded or infeasible")
            case let status:
                throw .solverFailed(code: Int(status), message: "glp_simplex ended with status \(GLPKReturnCode.describeStatus(status))")
            }
        }

        let monitor = BranchAndCutMonitor(stopwatch: stopwatch, options: options, heuristicSolution: heuristicSolution)
        let timeLimit = GLPKTimeLimit.milliseconds(options.timeLimitSeconds, after: stopwatch.elapsedSeconds)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = usePresolver ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
        parameters.ps_tm_lim = min(parameters.ps_tm_lim, timeLimit)
        let cuts = options.cuts ? GLP_ON : GLP_OFF
        parameters.gmi_cuts = cuts
        parameters.mir_cuts = cuts
        parameters.cov_cuts = cuts
        parameters.clq_cuts = cuts
        parameters.mip_gap = options.relativeGap
        parameters.tm_lim = timeLimit
        parameters.cb_func = glpkBranchAndCutCallback
        parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
        let code = withExtendedLifetime(monitor) { glp_intopt(pointer, &parameters) }

        let status = mipStatus
        let hasSolution = status == GLP_OPT || status == GLP_FEAS
        switch code {
        case 0 where status == GLP_OPT:
            return .optimal(solution(model: model, input: input, optimal: true, bound: nil, stopwatch: stopwatch))
        case 0 where status == GLP_NOFEAS:
            return .infeasible(reason: "branch and bound explored every subproblem: no integer assignment satisfies every row and bound")
        case 0 where status == GLP_FEAS:
            return .feasible(solution(model: model, input: input, optimal: false, bound: monitor.bestBound ?? rootBound, stopwatch: stopwatch))
        case 0:
            return .noSolution(reason: "GLPK finished with MIP status \(GLPKReturnCode.describeStatus(status))")
        case GLP_ENOPFS:
            return .infeasible(reason: "GLPK's MIP presolver proved that no assignment satisfies every row, bound and integrality condition")
        case GLP_ENODFS:
            return .noSolution(reason: "the LP relaxation is unbounded below, so the model is unbounded or infeasible")
        case GLP_ETMLIM, GLP_EMIPGAP, GLP_ESTOP:
            guard hasSolution else { return .noSolution(reason: monitor.interruption(code: code, options: options)) }
            return .feasible(solution(model: model, input: input, optimal: false, bound: monitor.bestBound ?? rootBound, stopwatch: stopwatch))
        default:
            throw GLPKReturnCode.failure(code, in: "glp_intopt")
        }
    }

    /// The MIP solution in model terms: integer columns rounded, objective recomputed
    /// from the model; an optimal solution is its own bound.
    private func solution(model: LinearModel, input: GLPKInput, optimal: Bool, bound: Double?, stopwatch: GLPKStopwatch) -> MIPSolution {
        var values = mipColumnValues
        for (index, column) in input.columns.enumerated() {
            if column.isInteger { values[index] = values[index].rounded() }
            values[index] += 0 // −0 becomes +0
        }
        let objective = model.objectiveValue(of: values)
        if optimal {
            return MIPSolution(values: values, objective: objective, bound: objective, relativeGap: 0, elapsedSeconds: stopwatch.elapsedSeconds)
        }
        guard let bound else {
            return MIPSolution(values: values, objective: objective, bound: nil, relativeGap: nil, elapsedSeconds: stopwatch.elapsedSeconds)
        }
        let clamped = min(bound, objective)
        let gap = abs(objective - clamped) / (abs(objective) + Double.ulpOfOne)
        return MIPSolution(values: values, objective: objective, bound: clamped, relativeGap: gap, elapsedSeconds: stopwatch.elapsedSeconds)
    }
}
