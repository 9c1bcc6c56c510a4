/// How hard and how long to load the service.
public struct LoadTestConfiguration: Sendable {
    public var url: LoopbackURL
    public var user: String
    public var password: String
    /// Simulated users working at once.
    public var users: Int = 10
    /// The run stops after this many seconds…
    public var durationSeconds: Double = 30
    /// …or this many requests, whichever comes first (logins and the final polls included).
    public var maxRequests: Int = 100_000
    /// Steps of each round, and how often a user asks for a solve.
    public var mix = RouteMix(solveEvery: 20)
    /// Solves submitted during the whole run, at most.
    public var maxSolves: Int = 2
    public var solveTimeLimitSeconds: Double = 5
    /// `hybrid`, `mip`, `local-search` or `greedy`.
    public var engine: String = "local-search"
    /// Pause before each request of one user (none: the flood mode).
    public var thinkTime = ThinkTime.none
    /// After the run, keep polling the submitted solves until they finish, at most this long.
    public var drainSeconds: Double = 120
    public var seed: UInt64 = 1

    public init(url: LoopbackURL, user: String, password: String) {
        self.url = url
        self.user = user
        self.password = password
    }
}
