extension AgentLineBuilder {
    /// The cheapest line of agent s that keeps her day-to-day rules, her contract minutes and
    /// her maximum of worked weekends exactly, when value v on day d costs `cost[d][v + 1]` and
    /// each shift of type t costs `prices.shift(t)` more (the only limits left to prices: shifts
    /// per type). The shortest path of `shortestLine`, each state repeated per layer of
    /// `ResourceLineGraph`. Also returns, after it, the cheapest lines ending on up to `ends − 1`
    /// other (weekends, minutes) layers, cheapest first: more lines from the same path. Empty
    /// when she has no such graph or no line keeps those rules.
    func resourcePath(staff s: Int, _ cost: [[Double]], _ prices: Prices, ends: Int = 1) -> [(shifts: [Int], value: Double)] {
        guard let layers = resourceGraphs[s] else { return [] }
        let dayCount = problem.dayCount
        let limit = limits[s], graph = graphs[s]
        let shiftCount = graph.types.count, runCap = graph.runCap, restCap = graph.restCap
        let stateCount = graph.stateCount, levels = layers.levels, weekendLayers = layers.weekendLayers
        let fullCount = stateCount * layers.layerCount
        let steps = layers.steps

        var arrive = [Double](repeating: .infinity, count: dayCount * shiftCount)
        var rest = [Double](repeating: .infinity, count: dayCount)
        let saturday = weekendDays.saturday, sunday = weekendDays.sunday
        for d in 0..<dayCount {
            for v in limit.choices[d] {
                if v < 0 { rest[d] = cost[d][0] } else { arrive[d * shiftCount + graph.local[v]] = cost[d][v + 1] + prices.shift(v) }
            }
        }
        let countsWeekends = weekendLayers > 1
        @inline(__always) func index(_ w: Int, _ level: Int, _ state: Int) -> Int { (w * levels + level) * stateCount + state }

        var value = [Double](repeating: .infinity, count: fullCount)
        var next = value
        var back = [Int32](repeating: -1, count: dayCount * fullCount)
        // Layers reached so far: the others are skipped.
        var live = [Bool](repeating: false, count: layers.layerCount), nextLive = live
        value[index(0, 0, graph.resting(1, 1))] = rest[0]
        live[0] = rest[0].isFinite
        let firstWeekend = countsWeekends && (saturday[0] || sunday[0]) ? 1 : 0
        for t in 0..<shiftCount where arrive[t].isFinite && steps[t] < levels && firstWeekend < weekendLayers {
            value[index(firstWeekend, steps[t], graph.working(1, t, 1))] = arrive[t]
            live[firstWeekend * levels + steps[t]] = true
        }
        var classBest = [Double](repeating: .infinity, count: graph.classCount)
        var classSource = [Int](repeating: -1, count: graph.classCount)
        for d in 1..<max(1, dayCount) {
            for i in 0..<fullCount { next[i] = .infinity }
            for i in nextLive.indices { nextLive[i] = false }
            let row = d * fullCount, day = d * shiftCount
            @inline(__always) func relax(_ target: Int, _ candidate: Double, _ source: Int) {
                if candidate < next[target] {
                    next[target] = candidate
                    back[row + target] = Int32(source)
                }
            }
            // A shift starting a run after a rest opens a weekend on Saturday or Sunday; one
            // following a shift only on Saturday (a Sunday after a worked Saturday is the same weekend).
            let afterRest = countsWeekends && (saturday[d] || sunday[d]) ? 1 : 0
            let afterWork = countsWeekends && saturday[d] ? 1 : 0
            for w in 0..<weekendLayers {
                for level in 0..<levels where live[w * levels + level] {
                    let base = index(w, level, 0)
                    var restSource = -1, restBest = Double.infinity
                    for edge in 0..<2 {
                        for j in 1...restCap {
                            let state = graph.resting(edge, j), here = value[base + state]
                            guard here.isFinite else { continue }
                            if rest[d].isFinite {
                                relax(base + graph.resting(edge, min(j + 1, restCap)), here + rest[d], base + state)
                                nextLive[w * levels + level] = true
                            }
                            if (j >= limit.minConsecutiveOff || edge == 1) && here < restBest { restBest = here; restSource = state }
                        }
                    }
                    if restSource >= 0, w + afterRest < weekendLayers {
                        for t in 0..<shiftCount where arrive[day + t].isFinite && level + steps[t] < levels {
                            relax(index(w + afterRest, level + steps[t], graph.working(0, t, 1)), restBest + arrive[day + t], base + restSource)
                            nextLive[(w + afterRest) * levels + level + steps[t]] = true
                        }
                    }
                    for edge in 0..<2 {
                        for k in 1...runCap {
                            for c in 0..<graph.classCount { classBest[c] = .infinity; classSource[c] = -1 }
                            for t in 0..<shiftCount {
                                let state = graph.working(edge, t, k), here = value[base + state]
                                guard here.isFinite else { continue }
                                if (k >= limit.minConsecutiveWork || edge == 1) && rest[d].isFinite {
                                    relax(base + graph.resting(0, 1), here + rest[d], base + state)
                                    nextLive[w * levels + level] = true
                                }
                                let c = graph.classOf[t]
                                if here < classBest[c] { classBest[c] = here; classSource[c] = state }
                            }
                            guard limit.maxConsecutiveWork.map({ k < $0 }) ?? true, w + afterWork < weekendLayers else { continue }
                            let target = min(k + 1, runCap)
                            for t in 0..<shiftCount where arrive[day + t].isFinite && level + steps[t] < levels {
                                for c in 0..<graph.classCount where classSource[c] >= 0 && graph.classAllows[c * shiftCount + t] {
                                    relax(index(w + afterWork, level + steps[t], graph.working(edge, t, target)), classBest[c] + arrive[day + t], base + classSource[c])
                                    nextLive[(w + afterWork) * levels + level + steps[t]] = true
                                }
                            }
                        }
                    }
                }
            }
            swap(&value, &next)
            swap(&live, &nextLive)
        }
        // The cheapest end state of each layer a line may end on, the `ends` cheapest of them.
        var layerEnds: [Int] = []
        for w in 0..<weekendLayers {
            for level in layers.minLevel..<max(layers.minLevel, levels) {
                var end = -1
                for state in 0..<stateCount {
                    let i = index(w, level, state)
                    if value[i].isFinite && (end < 0 || value[i] < value[end]) { end = i }
                }
                if end >= 0 { layerEnds.append(end) }
            }
        }
        return layerEnds.sorted { value[$0] < value[$1] }.prefix(max(1, ends)).map { end in
            var line = [Int](repeating: ShiftGrid.off, count: dayCount)
            var at = end
            for d in stride(from: dayCount - 1, through: 0, by: -1) {
                let state = at % stateCount
                line[d] = state < graph.workStates ? graph.types[(state / runCap) % shiftCount] : ShiftGrid.off
                if d > 0 { at = Int(back[d * fullCount + at]) }
            }
            return (line, value[end])
        }
    }
}
