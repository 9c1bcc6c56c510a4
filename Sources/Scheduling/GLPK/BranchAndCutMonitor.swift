import CGLPK

/// The Swift side of GLPK's branch-and-cut callback: counts subproblems, enforces the
/// node limit and the stop token, offers the initial solution once, tracks the best
/// bound and reports progress.
///
/// It reaches the C callback as `cb_info` (an unretained `Unmanaged` pointer, kept
/// alive by the caller of `glp_intopt`), and is only touched on the GLPK thread.
final class BranchAndCutMonitor {
    /// Minimum seconds between two periodic progress reports.
    static let reportInterval = 0.5

    private let stopwatch: GLPKStopwatch
    private let nodeLimit: Int?
    private let stopToken: StopToken?
    private let progress: (@Sendable (MIPProgress) -> Void)?
    /// 1-based column vector for `glp_ios_heur_sol`; set to nil once offered.
    private var heuristicSolution: [Double]?
    private var lastReport: Double = -.infinity
    private var lastReportedIncumbent: Double?

    /// Subproblems started (counted at each `GLP_ISELECT`).
    private(set) var subproblems = 0
    private(set) var reachedNodeLimit = false
    private(set) var stoppedOnRequest = false
    /// Best bound seen in the tree so far (constant included).
    private(set) var bestBound: Double?

    init(stopwatch: GLPKStopwatch, options: MIPOptions, heuristicSolution: [Double]?) {
        self.stopwatch = stopwatch
        self.nodeLimit = options.nodeLimit
        self.stopToken = options.stop
        self.progress = options.progress
        self.heuristicSolution = heuristicSolution
    }

    /// Called by GLPK, for every reason, with the search tree.
    func handle(_ tree: OpaquePointer) {
        if stopIfRequested(tree) { return }
        switch glp_ios_reason(tree) {
        case GLP_ISELECT:
            // GLPK is about to pick the next subproblem: one more would start now.
            observeBound(tree)
            if let nodeLimit, subproblems >= nodeLimit {
                reachedNodeLimit = true
                glp_ios_terminate(tree)
                return
            }
            subproblems += 1
            if stopwatch.elapsedSeconds - lastReport >= Self.reportInterval { report(tree) }
        case GLP_IHEUR:
            guard let solution = heuristicSolution else { break }
            heuristicSolution = nil
            // Returns non-zero if GLPK already has a solution at least as good.
            _ = solution.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        case GLP_IBINGO:
            observeBound(tree)
        default:
            break
        }
        // GLP_IBINGO only announces solutions of LP relaxations; GLPK's own heuristics
        // (rounding, feasibility pump) and ours change the incumbent silently.
        if progress != nil, incumbent(tree) != lastReportedIncumbent {
            observeBound(tree)
            report(tree)
        }
        // The progress handler may have asked to stop.
        _ = stopIfRequested(tree)
    }

    /// Objective of GLPK's current best integer solution, constant included.
    private func incumbent(_ tree: OpaquePointer) -> Double? {
        let problem = glp_ios_get_prob(tree)
        return glp_mip_status(problem) == GLP_FEAS ? glp_mip_obj_val(problem) : nil
    }

    private func stopIfRequested(_ tree: OpaquePointer) -> Bool {
        guard stopToken?.isStopped == true else { return false }
        stoppedOnRequest = true
        glp_ios_terminate(tree)
        return true
    }

    private func observeBound(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        guard node != 0 else { return }
        let bound = glp_ios_node_bound(tree, node)
        // ±DBL_MAX marks a subproblem whose LP relaxation is not solved yet.
        if abs(bound) < .greatestFiniteMagnitude { bestBound = bound }
    }

    private func report(_ tree: OpaquePointer) {
        let elapsed = stopwatch.elapsedSeconds
        lastReport = elapsed
        guard let progress else { return }
        let incumbent = incumbent(tree)
        lastReportedIncumbent = incumbent
        var gap: Double?
        if incumbent != nil, bestBound != nil {
            let value = glp_ios_mip_gap(tree)
            if value < .greatestFiniteMagnitude { gap = value }
        }
        progress(MIPProgress(elapsedSeconds: elapsed, incumbent: incumbent, bound: bestBound, gap: gap, nodes: subproblems))
    }

    /// How the search was cut short, for a `.noSolution` reason.
    func interruption(code: Int32, options: MIPOptions) -> String {
        switch code {
        case GLP_ETMLIM:
            "the time limit of \(options.timeLimitSeconds ?? 0) s ran out before any integer solution was found"
        case GLP_ESTOP where reachedNodeLimit:
            "the node limit (\(nodeLimit ?? 0) subproblems) was reached before any integer solution was found"
        case GLP_ESTOP where stoppedOnRequest:
            "the solve was stopped on request before any integer solution was found"
        default:
            "the search ended early (\(GLPKReturnCode.describe(code))) without an integer solution"
        }
    }
}

@available(*, unavailable, message: "only used on the GLPK thread")
extension BranchAndCutMonitor: Sendable {}

/// The C function GLPK calls during `glp_intopt`; `info` is an unretained
/// `BranchAndCutMonitor`.
func glpkBranchAndCutCallback(_ tree: OpaquePointer?, _ info: UnsafeMutableRawPointer?) {
    guard let tree, let info else { return }
    Unmanaged<BranchAndCutMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
}
