/// How `GLPKSolver.solve` runs GLPK's branch and cut.
public struct MIPOptions: Sendable {
    /// Wall-clock budget for the whole solve (root LP and branch and bound), or `nil`
    /// for none. Passed to GLPK in milliseconds, clamped to `Int32`. Not repeatable
    /// from run to run: use `nodeLimit` where results must be reproducible.
    public var timeLimitSeconds: Double?
    /// Stop once `|incumbent − bound| / (|incumbent| + ε)` is at most this (GLPK's
    /// `mip_gap`); the outcome is then `.feasible` with its gap. `0` searches to
    /// proven optimality.
    public var relativeGap: Double
    /// Use GLPK's MIP presolver. Ignored (off) when an `initialSolution` is offered,
    /// because the presolved problem has different columns.
    public var presolve: Bool
    /// Run GLPK's feasibility pump heuristic at the root.
    public var feasibilityPump: Bool
    /// Run GLPK's proximity search heuristic at the root (bounded by GLPK to 60 s,
    /// wall clock, so not repeatable).
    public var proximitySearch: Bool
    /// Generate GLPK's cutting planes (Gomory, MIR, cover and clique cuts).
    public var cuts: Bool
    /// Deterministic budget: stop after this many branch-and-bound subproblems have
    /// been started (the root counts as one). `nil` for none.
    public var nodeLimit: Int?
    /// A full column vector offered once to GLPK as a heuristic solution (through the
    /// callback, at `GLP_IHEUR`, with `glp_ios_heur_sol`). Integer columns are rounded
    /// first; the vector is used only if it has one finite value per column and
    /// `LinearModel.violatedRows` finds nothing, otherwise it is silently ignored.
    /// GLPK offers the chance only when the root LP relaxation is fractional; if it is
    /// integral, GLPK has an optimum without it.
    public var initialSolution: [Double]?
    /// Called on the solving thread when a better solution is found and at most every
    /// half second otherwise. Keep it short: the search waits for it.
    public var progress: (@Sendable (MIPProgress) -> Void)?
    /// A cooperative stop request, checked at every GLPK callback.
    public var stop: StopToken?

    public init(
        timeLimitSeconds: Double? = nil,
        relativeGap: Double = 1e-4,
        presolve: Bool = true,
        feasibilityPump: Bool = true,
        proximitySearch: Bool = false,
        cuts: Bool = true,
        nodeLimit: Int? = nil,
        initialSolution: [Double]? = nil,
        progress: (@Sendable (MIPProgress) -> Void)? = nil,
        stop: StopToken? = nil
    ) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.cuts = cuts
        self.nodeLimit = nodeLimit
        self.initialSolution = initialSolution
        self.progress = progress
        self.stop = stop
    }
}

extension MIPOptions {
    /// Throws if an option is outside the domain GLPK accepts (GLPK would abort).
    func validate() throws(GLPKError) {
        try GLPKTimeLimit.validate(timeLimitSeconds)
        guard relativeGap.isFinite, relativeGap >= 0 else {
            throw .invalidOption(name: "relativeGap", reason: "must be finite and ≥ 0, got \(relativeGap)")
        }
        if let nodeLimit, nodeLimit < 0 {
            throw .invalidOption(name: "nodeLimit", reason: "must be ≥ 0, got \(nodeLimit)")
        }
    }
}
