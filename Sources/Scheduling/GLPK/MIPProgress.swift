/// A snapshot of a running branch and bound, passed to `MIPOptions.progress`.
///
/// Objective values are in the model's terms: they include `LinearModel.objectiveConstant`.
public struct MIPProgress: Sendable, Equatable {
    /// Seconds since the solve was called.
    public var elapsedSeconds: Double
    /// Objective of the best integer solution so far, if any.
    public var incumbent: Double?
    /// Best proven lower bound (minimisation), if known yet.
    public var bound: Double?
    /// Relative gap `|incumbent − bound| / (|incumbent| + ε)`, as `glp_ios_mip_gap`;
    /// `nil` until both an incumbent and a bound exist.
    public var gap: Double?
    /// Branch-and-bound subproblems started so far (the unit of `MIPOptions.nodeLimit`).
    public var nodes: Int

    public init(elapsedSeconds: Double, incumbent: Double?, bound: Double?, gap: Double?, nodes: Int) {
        self.elapsedSeconds = elapsedSeconds
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.nodes = nodes
    }
}
