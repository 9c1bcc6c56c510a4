/// What a solve may spend and how it reports progress.
public struct SolveOptions: Sendable {
    /// Wall-clock budget in seconds; nil for none (then use `nodeLimit` for a bounded, repeatable run).
    public var timeLimitSeconds: Double?
    /// Stop when the proven relative gap falls below this.
    public var relativeGap: Double
    /// Deterministic budget: branch-and-bound subproblems.
    public var nodeLimit: Int?
    /// Deterministic budget for the local search: moves to try.
    public var iterationLimit: Int?
    public var seed: UInt64
    public var progress: (@Sendable (SolveProgress) -> Void)?
    public var stop: StopToken?

    public init(timeLimitSeconds: Double? = 60, relativeGap: Double = 1e-4, nodeLimit: Int? = nil, iterationLimit: Int? = nil, seed: UInt64 = 1,
                progress: (@Sendable (SolveProgress) -> Void)? = nil, stop: StopToken? = nil) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.nodeLimit = nodeLimit
        self.iterationLimit = iterationLimit
        self.seed = seed
        self.progress = progress
        self.stop = stop
    }
}

/// A progress report during a solve.
public struct SolveProgress: Sendable {
    public var elapsedSeconds: Double
    public var bestObjective: Double?
    public var bound: Double?
    public var gap: Double?
    public var engine: String
}
