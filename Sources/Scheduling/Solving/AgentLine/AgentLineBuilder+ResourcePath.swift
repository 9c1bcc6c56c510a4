extension AgentLineBuilder {
    /// The cheapest line of agent s that keeps her day-to-day rules, her contract minutes, her
    /// maximum of worked weekends and her maximum of the counted shift type exactly, when value
    /// v on day d costs `cost[d][v + 1]` and each shift of type t costs `prices.shift(t)` more
    /// (the only limits left to prices: the other types' maxima). The shortest path of
    /// `shortestLine`, each state repeated per layer of `ResourceLineGraph`. Also returns, after
    /// it, the cheapest lines ending on up to `ends − 1` other layers, cheapest first: more lines
    /// from the same path. Empty when she has no such graph or no line keeps those rules.
    func resourcePath(staff s: Int, _ cost: [[Double]], _ prices: Prices, ends: Int = 1) -> [(shifts: [Int], value: Double)] {
        guard let layers = resourceGraphs[s] else { return [] }
        let dayCount = problem.dayCount
        let limit = limits[s], graph = graphs[s]
        let shiftCount = graph.types.count, runCap = graph.runCap, restCap = graph.restCap
        let stateCount = graph.stateCount, levels = layers.levels, weekendLayers = layers.weekendLayers
        let countLayers = layers.countLayers
        let fullCount = stateCount * layers.layerCount
        let steps = layers.steps, countSteps = layers.countSteps

        var arrive = [Double](repeating: .infinity, count: dayCount * shiftCount)
        var rest = [Double](repeating: .infinity, count: dayCount)
        let saturday = weekendDays.saturday, sunday = weekendDays.sunday
        for d in 0..<dayCount {
            for v in limit.choices[d] {
                if v < 0 { rest[d] = cost[d][0] } else { arrive[d * shiftCount + graph.local[v]] = cost[d][v + 1] + prices.shift(v) }
            }
        }
        let countsWeekends = weekendLayers > 1
        @inline(__always) func layer(_ w: Int, _ c: Int, _ level: Int) -> Int { (w * countLayers + c) * levels + level }
        // Whether a shift of local type t may follow a layer (w, c, level), opening dw weekends.
        @inline(__always) func fits(_ t: Int, _ w: Int, _ dw: Int, _ c: Int, _ level: Int) -> Bool {
            w + dw < weekendLayers && c + countSteps[t] < countLayers && level + steps[t] < levels
        }
        @inline(__always) func after(_ t: Int, _ w: Int, _ dw: Int, _ c: Int, _ level: Int) -> Int { layer(w + dw, c + countSteps[t], level + steps[t]) }

        // Raw buffers, as in `shortestLine`: no exclusivity or bounds check on every write.
        var value = UnsafeMutableBufferPointer<Double>.allocate(capacity: fullCount)
        var next = UnsafeMutableBufferPointer<Double>.allocate(capacity: fullCount)
        let back = UnsafeMutableBufferPointer<Int32>.allocate(capacity: dayCount * fullCount)
        defer { value.deallocate(); next.deallocate(); back.deallocate() }
        value.initialize(repeating: .infinity)
        next.initialize(repeating: .infinity)
        back.initialize(repeating: -1)
        // Layers reached so far: the others are skipped.
        var live = [Bool](repeating: false, count: layers.layerCount), nextLive = live
        value[graph.resting(1, 1)] = rest[0]
        live[0] = rest[0].isFinite
        let firstWeekend = countsWeekends && (saturday[0] || sunday[0]) ? 1 : 0
        for t in 0..<shiftCount where arrive[t].isFinite && fits(t, 0, firstWeekend, 0, 0) {
            let target = after(t, 0, firstWeekend, 0, 0)
            value[target * stateCount + graph.working(1, t, 1)] = arrive[t]
            live[target] = true
        }
        var classBest = [Double](repeating: .infinity, count: graph.classCount)
        var classSource = [Int](repeating: -1, count: graph.classCount)
        for d in 1..<max(1, dayCount) {
            let current = value, there = next
            for i in 0..<fullCount { there[i] = .infinity }
            for i in nextLive.indices { nextLive[i] = false }
            let row = d * fullCount, day = d * shiftCount
            @inline(__always) func relax(_ target: Int, _ candidate: Double, _ source: Int) {
                if candidate < there[target] {
                    there[target] = candidate
                    back[row + target] = Int32(source)
                }
            }
            // A shift starting a run after a rest opens a weekend on Saturday or Sunday; one
            // following a shift only on Saturday (a Sunday after a worked Saturday is the same weekend).
            let afterRest = countsWeekends && (saturday[d] || sunday[d]) ? 1 : 0
            let afterWork = countsWeekends && saturday[d] ? 1 : 0
            for here in 0..<layers.layerCount where live[here] {
                let w = here / (countLayers * levels), c = (here / levels) % countLayers, level = here % levels
                let base = here * stateCount
                var restSource = -1, restBest = Double.infinity
                for edge in 0..<2 {
                    for j in 1...restCap {
                        let state = graph.resting(edge, j), length = current[base + state]
                        guard length.isFinite else { continue }
                        if rest[d].isFinite {
                            relax(base + graph.resting(edge, min(j + 1, restCap)), length + rest[d], base + state)
                            nextLive[here] = true
                        }
                        if (j >= limit.minConsecutiveOff || edge == 1) && length < restBest { restBest = length; restSource = state }
                    }
                }
                if restSource >= 0 {
                    for t in 0..<shiftCount where arrive[day + t].isFinite && fits(t, w, afterRest, c, level) {
                        let target = after(t, w, afterRest, c, level)
                        relax(target * stateCount + graph.working(0, t, 1), restBest + arrive[day + t], base + restSource)
                        nextLive[target] = true
                    }
                }
                for edge in 0..<2 {
                    for k in 1...runCap {
                        for kind in 0..<graph.classCount { classBest[kind] = .infinity; classSource[kind] = -1 }
                        for t in 0..<shiftCount {
                            let state = graph.working(edge, t, k), length = current[base + state]
                            guard length.isFinite else { continue }
                            if (k >= limit.minConsecutiveWork || edge == 1) && rest[d].isFinite {
                                relax(base + graph.resting(0, 1), length + rest[d], base + state)
                                nextLive[here] = true
                            }
                            let kind = graph.classOf[t]
                            if length < classBest[kind] { classBest[kind] = length; classSource[kind] = state }
                        }
                        guard limit.maxConsecutiveWork.map({ k < $0 }) ?? true else { continue }
                        let run = min(k + 1, runCap)
                        for t in 0..<shiftCount where arrive[day + t].isFinite && fits(t, w, afterWork, c, level) {
                            let target = after(t, w, afterWork, c, level)
                            for kind in 0..<graph.classCount where classSource[kind] >= 0 && graph.classAllows[kind * shiftCount + t] {
                                relax(target * stateCount + graph.working(edge, t, run), classBest[kind] + arrive[day + t], base + classSource[kind])
                                nextLive[target] = true
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
            for c in 0..<countLayers {
                for level in layers.minLevel..<max(layers.minLevel, levels) {
                    var end = -1
                    for state in 0..<stateCount {
                        let i = layer(w, c, level) * stateCount + state
                        if value[i].isFinite && (end < 0 || value[i] < value[end]) { end = i }
                    }
                    if end >= 0 { layerEnds.append(end) }
                }
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
