extension AgentLineBuilder {
    /// Lagrangian pricing of agent s's lines when taking value v on day d costs `cost[d][v + 1]`:
    /// a lower bound on the cost of every line that keeps all her hard rules, and the lines
    /// met on the way that keep them all (with their cost).
    ///
    /// At prices λ ≥ 0 on the limits the path does not keep by itself, the shortest path less
    /// what λ would charge a line sitting exactly at those limits is such a bound: a line within
    /// its limits is charged no more than that. The path is `resourcePath` when she has one
    /// (minutes, weekends and the counted type's maximum kept exactly, only the other types'
    /// maxima priced: the bound is then usually the exact least cost), else `shortestLine` (all
    /// period-wide limits priced). The prices are raised where the path breaks a limit and
    /// lowered where it has room (subgradient steps sized by the distance to the cheapest legal
    /// line met, Polyak's rule), for at most `iterations` paths; `prices` keeps the best ones
    /// for the next call. Nil when no line keeps the rules the path keeps.
    func lagrangianPricing(staff s: Int, costs cost: [[Double]], prices: inout Prices,
                           iterations: Int) -> (bound: Double, lines: [Line])? {
        let limit = limits[s]
        let unit = unitMinutes(limit)
        let exactResources = resourceGraphs[s] != nil
        // Prices only where the path does not keep the limit itself; a price on a limit she
        // does not have would charge lines for nothing.
        var priced = exactResources ? [false, false, false] : [limit.minMinutes != nil, limit.maxMinutes != nil, limit.maxWeekends != nil]
        priced += limit.maxShifts.map { $0 != nil }
        if let counted = resourceGraphs[s]?.countedType { priced[3 + counted] = false }
        for i in priced.indices where !priced[i] { prices.values[i] = 0 }
        var best: Double?
        var bestValues = prices.values
        var lines: [Line] = []
        var scale = 1.0, sinceBest = 0
        for _ in 0..<max(1, iterations) {
            let paths = exactResources ? resourcePath(staff: s, cost, prices, ends: Self.linesPerPath)
                                       : shortestLine(staff: s, cost, prices, unitMinutes: unit).map { [$0] } ?? []
            guard let path = paths.first else { return nil }
            let usage = Usage(problem, path.shifts)
            // The subgradient: how far the path is beyond each priced limit (negative: within it).
            var beyond = breaches(of: limit, usage, unit: unit)
            for i in beyond.indices where !priced[i] { beyond[i] = 0 }
            for other in paths {
                let used = Usage(problem, other.shifts)
                guard limit.excess(minutes: used.minutes, weekends: used.weekends, counts: used.counts, unitMinutes: unit) == 0,
                      !lines.contains(where: { $0.shifts == other.shifts }) else { continue }
                lines.append(Line(shifts: other.shifts, cost: Self.cost(of: other.shifts, cost), excess: 0))
            }
            // The path's length less the prices at the limits = cost + λ·(usage − limits).
            let bound = path.value - zip(prices.values, limitVector(limit, unit: unit)).reduce(0) { $0 + $1.0 * $1.1 }
            if best.map({ bound > $0 + 1e-9 }) ?? true { best = bound; bestValues = prices.values; sinceBest = 0 } else { sinceBest += 1 }
            if sinceBest >= 5 { scale /= 2; sinceBest = 0 }
            // A price at 0 on a limit with room stays at 0: left out of the step.
            var direction = beyond
            for i in direction.indices where prices.values[i] <= 0 && direction[i] < 0 { direction[i] = 0 }
            let norm = direction.reduce(0) { $0 + $1 * $1 }
            guard norm > 1e-12 else { break }  // the path keeps every limit its prices bind: nothing left to gain
            let target = lines.map(\.cost).min() ?? (bound + max(1, abs(bound)) * 0.1)
            let step = scale * max(target - bound, 1e-3 * max(1, abs(bound))) / norm
            for i in direction.indices { prices.values[i] = max(0, prices.values[i] + step * direction[i]) }
        }
        prices.values = bestValues
        return best.map { ($0, lines) }
    }

    /// What a path charges `shifts` at `prices`: its day costs plus its priced minutes, shifts
    /// and weekends (the length `shortestLine` and `resourcePath` give it).
    func pricedLength(staff s: Int, _ shifts: [Int], costs cost: [[Double]], prices: Prices) -> Double {
        let unit = unitMinutes(limits[s])
        let usage = Usage(problem, shifts)
        var length = Self.cost(of: shifts, cost)
        length += Double(usage.minutes) * (prices.aboveMinutes - prices.belowMinutes) / unit + Double(usage.weekends) * prices.weekends
        for t in 0..<problem.shiftCount { length += Double(usage.counts[t]) * prices.shift(t) }
        return length
    }

    /// Lines read from each resource path (its cheapest end and the best of other end layers).
    static let linesPerPath = 3

    /// What each price is charged for at the limit itself (the path charges minutes at
    /// `(above − below) / unit` per minute, so the minimum enters negatively): a line exactly at
    /// its limits is charged `prices · limitVector`.
    private func limitVector(_ limit: AgentLineLimits, unit: Double) -> [Double] {
        var vector: [Double] = [
            limit.minMinutes.map { -Double($0) / unit } ?? 0,
            limit.maxMinutes.map { Double($0) / unit } ?? 0,
            limit.maxWeekends.map(Double.init) ?? 0,
        ]
        vector += limit.maxShifts.map { $0.map(Double.init) ?? 0 }
        return vector
    }
}
