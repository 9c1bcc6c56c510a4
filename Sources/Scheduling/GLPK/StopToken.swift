import Synchronization

/// A cooperative request to stop a running MIP solve.
///
/// Hand the same token to `MIPOptions.stop` and keep a reference; calling `stop()`
/// from any thread makes the branch-and-cut callback call `glp_ios_terminate` at its
/// next invocation. The solve then ends with `.feasible` (best solution so far) or
/// `.noSolution`. A token stays stopped once stopped; use a fresh one per solve.
///
/// GLPK only calls back during branch and bound, so a stop is not seen while the
/// root LP relaxation is being solved (bound that phase with a time limit).
public final class StopToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the solve to stop as soon as GLPK next calls back.
    public func stop() {
        flag.store(true, ordering: .releasing)
    }

    /// Whether `stop()` has been called.
    public var isStopped: Bool {
        flag.load(ordering: .acquiring)
    }
}
