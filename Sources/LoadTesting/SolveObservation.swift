/// What the load test saw of one solve job it submitted, read from the job's JSON once finished.
public struct SolveObservation: Sendable, Codable, Hashable {
    public var jobId: Int64
    /// `succeeded`, `failed`, `cancelled`, or the last state seen when the run ended first.
    public var state: String
    /// Seconds from submission to start (the store keeps whole seconds).
    public var queueWaitSeconds: Double?
    /// The solver's own elapsed time (`summary.elapsedSeconds`).
    public var solveSeconds: Double?
    public var gap: Double?
    public var hardViolations: Int?
    /// The hybrid engine handed over to the local search alone (GLPK failed or the model was too large):
    /// `summary.provenance.parameters.phases` holds a `fallback:` phase.
    public var usedFallback: Bool
    public var attempts: Int?

    public init(jobId: Int64, state: String, queueWaitSeconds: Double? = nil, solveSeconds: Double? = nil, gap: Double? = nil,
                hardViolations: Int? = nil, usedFallback: Bool = false, attempts: Int? = nil) {
        self.jobId = jobId
        self.state = state
        self.queueWaitSeconds = queueWaitSeconds
        self.solveSeconds = solveSeconds
        self.gap = gap
        self.hardViolations = hardViolations
        self.usedFallback = usedFallback
        self.attempts = attempts
    }

    public var isFinished: Bool { ["succeeded", "failed", "cancelled"].contains(state) }
}
