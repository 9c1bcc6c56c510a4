import Foundation

/// Solves a `LinearModel` with GLPK, the GNU Linear Programming Kit.
///
/// Each call validates the model in Swift (GLPK aborts the process on bad input), then
/// builds, solves, reads and deletes a GLPK problem on a dedicated thread that it waits
/// for, so calls may come from any thread, concurrently. The calls block: from Swift
/// concurrency, run them where blocking a thread for the solve's duration is fine.
public enum GLPKSolver {
    /// Solves `model` as a mixed-integer program (minimisation).
    ///
    /// - Returns: what GLPK concluded; limits and stops are outcomes, not errors.
    /// - Throws: `GLPKError` if the model or options are malformed, or GLPK fails.
    public static func solve(_ model: LinearModel, options: MIPOptions = MIPOptions()) throws(GLPKError) -> MIPOutcome {
        let stopwatch = GLPKStopwatch()
        try options.validate()
        let input = try GLPKInput(validating: model)
        if input.columns.isEmpty { return solveWithoutColumns(model, stopwatch: stopwatch) }
        let heuristicSolution = input.heuristicVector(options.initialSolution, model: model)
        let result = GLPKThread.run { () -> Result<MIPOutcome, GLPKError> in
            let problem = GLPKProblem(input)
            return Result { () throws(GLPKError) in
                try problem.solveMIP(model: model, input: input, options: options, heuristicSolution: heuristicSolution, stopwatch: stopwatch)
            }
        }
        return try result.get()
    }

    /// The optimum of the LP relaxation of `model` by GLPK's interior-point method: the
    /// objective only (`values` empty). GLPK gives this method no time limit, so callers use it
    /// on models of moderate size (see `BackgroundBound`); `.failed` when it does not converge.
    public static func solveRelaxationByInteriorPoint(_ model: LinearModel) throws(GLPKError) -> LPOutcome {
        let input = try GLPKInput(validating: model, relaxed: true)
        guard !input.columns.isEmpty else { return try solveRelaxation(model) }
        let result = GLPKThread.run { () -> Result<LPOutcome, GLPKError> in
            let problem = GLPKProblem(input)
            return Result { () throws(GLPKError) in try problem.solveLPByInteriorPoint() }
        }
        return try result.get()
    }

    /// Solves the LP relaxation of `model` (every column continuous) with the simplex
    /// method.
    ///
    /// - Throws: `GLPKError` if the model is malformed, or GLPK fails.
    public static func solveRelaxation(_ model: LinearModel, timeLimitSeconds: Double? = nil) throws(GLPKError) -> LPOutcome {
        try GLPKTimeLimit.validate(timeLimitSeconds)
        let input = try GLPKInput(validating: model, relaxed: true)
        if input.columns.isEmpty {
            switch solveWithoutColumns(model, stopwatch: GLPKStopwatch()) {
            case let .optimal(solution): return .optimal(objective: solution.objective, values: [])
            case .feasible, .infeasible, .noSolution: return .infeasible
            }
        }
        let timeLimit = GLPKTimeLimit.milliseconds(timeLimitSeconds)
        let result = GLPKThread.run { () -> Result<LPOutcome, GLPKError> in
            let problem = GLPKProblem(input)
            return Result { () throws(GLPKError) in try problem.solveLP(timeLimitMilliseconds: timeLimit) }
        }
        return try result.get()
    }

    /// The model as GLPK's CPLEX LP dump (`glp_write_lp`), for a person to read.
    ///
    /// Names appear as GLPK holds them (see `GLPKNames`): `rest[IDE03,2026-06-12]`
    /// becomes `rest(IDE03,2026~06~12)`. A comment block at the top lists every name
    /// that changed next to the original.
    public static func lpText(_ model: LinearModel) throws(GLPKError) -> String {
        let input = try GLPKInput(validating: model)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("glpk-\(UUID().uuidString).lp").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let code = GLPKThread.run { () -> Int32 in
            GLPKProblem(input).writeCPLEXLP(to: path)
        }
        guard code == 0 else { throw .dumpFailed(path: path, reason: "glp_write_lp returned \(code)") }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .dumpFailed(path: path, reason: "reading it back failed: \(error)")
        }
        return renamingComment(input.names) + text
    }

    /// CPLEX LP comment lines (`\ …`) listing the names GLPK holds differently.
    private static func renamingComment(_ names: GLPKNames) -> String {
        guard !names.renamed.isEmpty else { return "" }
        var lines = ["\\ Names changed for GLPK (GLPK name <- model name):"]
        for (glpk, original) in names.renamed {
            let printable = String(String.UnicodeScalarView(original.unicodeScalars.map {
                $0.properties.generalCategory == .control ? "?" : $0
            }))
            lines.append("\\   \(glpk) <- \(printable)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A model without columns: every row's activity is 0, so it is optimal (at the
    /// objective constant) unless some row excludes 0. GLPK is not called: it
    /// refuses to add zero columns.
    private static func solveWithoutColumns(_ model: LinearModel, stopwatch: GLPKStopwatch) -> MIPOutcome {
        if let row = model.violatedRows(by: []).first {
            return .infeasible(reason: "row '\(row)' has no terms and its bounds exclude 0")
        }
        let constant = model.objectiveConstant
        return .optimal(MIPSolution(values: [], objective: constant, bound: constant, relativeGap: 0, elapsedSeconds: stopwatch.elapsedSeconds))
    }
}
