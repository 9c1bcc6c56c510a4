/// The progress of a running solve, as its child process reports it: elapsed time, best
/// score so far, lower bound and proven gap (each absent until known), and the engine at work.
public struct SolveProgressView: Codable, Sendable, Hashable {
    public var elapsedSeconds: Double
    public var bestObjective: Double?
    public var bound: Double?
    public var gap: Double?
    public var engine: String
}
