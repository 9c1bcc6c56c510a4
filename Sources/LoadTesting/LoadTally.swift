/// Everything one simulated user (or, merged, the whole run) measured.
public struct LoadTally: Sendable {
    public var routes: [Route: LatencyHistogram] = [:]
    public var solves: [SolveObservation] = []
    /// Transport failures by description (connection refused, timeout…), for the report.
    public var transportErrors: [String: Int] = [:]

    public init() {}

    public mutating func record(_ route: Route, microseconds: UInt64, status: Int) {
        routes[route, default: LatencyHistogram()].record(microseconds: microseconds, status: status)
    }

    public mutating func merge(_ other: LoadTally) {
        for (route, histogram) in other.routes { routes[route, default: LatencyHistogram()].merge(histogram) }
        solves += other.solves
        for (error, count) in other.transportErrors { transportErrors[error, default: 0] += count }
    }

    public var requestCount: Int { routes.values.map(\.count).reduce(0, +) }

    /// All interactive routes together (every route but login and the solve routes).
    public var interactive: LatencyHistogram {
        var all = LatencyHistogram()
        for (route, histogram) in routes where !route.isSolveRoute && route != .login { all.merge(histogram) }
        return all
    }
}
