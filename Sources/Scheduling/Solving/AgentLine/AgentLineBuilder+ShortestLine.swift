extension AgentLineBuilder {
    /// The cheapest line under `prices` that keeps the day-to-day rules: a shortest path over
    /// the days. States: working shift t on the k-th day of a run, or resting on the j-th day
    /// (k and j counted up to the limits that matter), each flagged when its run started on
    /// the first day (such runs are exempt from the minimum lengths, as in the rules). Nil when
    /// no line keeps them (locks against the rests, for example).
    func shortestLine(_ limit: AgentLineLimits, _ cost: [[Double]], _ prices: Prices, unitMinutes: Double) -> [Int]? {
        let dayCount = problem.dayCount
        // States only for the shift types the agent may work, numbered 0..<shiftCount here.
        let types = limit.workTypes
        let shiftCount = types.count
        var local = [Int](repeating: -1, count: problem.shiftCount)
        for (i, t) in types.enumerated() { local[t] = i }
        let forbidden = types.map { a in types.map { b in problem.forbiddenSuccession[a][b] } }
        let runCap = max(1, limit.maxConsecutiveWork ?? limit.minConsecutiveWork)
        let restCap = max(1, limit.minConsecutiveOff)
        let workStates = 2 * shiftCount * runCap
        let stateCount = workStates + 2 * restCap
        func working(_ edge: Int, _ t: Int, _ k: Int) -> Int { (edge * shiftCount + t) * runCap + k - 1 }
        func resting(_ edge: Int, _ j: Int) -> Int { workStates + edge * restCap + j - 1 }
        func shift(ofState state: Int) -> Int { state < workStates ? types[(state / runCap) % shiftCount] : ShiftGrid.off }

        var saturday = [Bool](repeating: false, count: dayCount), sunday = saturday
        for weekend in problem.weekends {
            if weekend.saturday >= 0 { saturday[weekend.saturday] = true }
            if weekend.sunday < dayCount { sunday[weekend.sunday] = true }
        }
        let perMinute = (prices.aboveMinutes - prices.belowMinutes) / unitMinutes
        let shiftPrice = (0..<problem.shiftCount).map { Double(problem.paidMinutes[$0]) * perMinute + prices.shift($0) }

        var value = [Double](repeating: .infinity, count: stateCount)
        var next = value
        var back = [Int32](repeating: -1, count: dayCount * stateCount)
        for v in limit.choices[0] {
            if v < 0 {
                value[resting(1, 1)] = cost[0][0]
            } else {
                value[working(1, local[v], 1)] = cost[0][v + 1] + shiftPrice[v] + (saturday[0] || sunday[0] ? prices.weekends : 0)
            }
        }
        for d in 1..<max(1, dayCount) {
            for i in next.indices { next[i] = .infinity }
            let choices = limit.choices[d]
            func relax(_ target: Int, _ candidate: Double, from state: Int) {
                if candidate < next[target] {
                    next[target] = candidate
                    back[d * stateCount + target] = Int32(state)
                }
            }
            for state in 0..<stateCount where value[state].isFinite {
                let here = value[state]
                if state < workStates {
                    let edge = state / (shiftCount * runCap), t = (state / runCap) % shiftCount, k = state % runCap + 1
                    for v in choices {
                        if v < 0 {
                            if k >= limit.minConsecutiveWork || edge == 1 { relax(resting(0, 1), here + cost[d][0], from: state) }
                        } else if !forbidden[t][local[v]], limit.maxConsecutiveWork.map({ k < $0 }) ?? true {
                            // A Sunday after a worked Saturday is the same weekend.
                            let price = shiftPrice[v] + (saturday[d] ? prices.weekends : 0)
                            relax(working(edge, local[v], min(k + 1, runCap)), here + cost[d][v + 1] + price, from: state)
                        }
                    }
                } else {
                    let edge = (state - workStates) / restCap, j = (state - workStates) % restCap + 1
                    for v in choices {
                        if v < 0 {
                            relax(resting(edge, min(j + 1, restCap)), here + cost[d][0], from: state)
                        } else if j >= limit.minConsecutiveOff || edge == 1 {
                            let price = shiftPrice[v] + (saturday[d] || sunday[d] ? prices.weekends : 0)
                            relax(working(0, local[v], 1), here + cost[d][v + 1] + price, from: state)
                        }
                    }
                }
            }
            swap(&value, &next)
        }
        var state = value.indices.min { value[$0] < value[$1] }!
        guard value[state].isFinite else { return nil }
        var line = [Int](repeating: ShiftGrid.off, count: dayCount)
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            line[d] = shift(ofState: state)
            if d > 0 { state = Int(back[d * stateCount + state]) }
        }
        return line
    }
}
