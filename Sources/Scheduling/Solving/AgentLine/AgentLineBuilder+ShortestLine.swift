extension AgentLineBuilder {
    /// The cheapest line under `prices` that keeps the day-to-day rules: a shortest path over
    /// the days. States: working shift t on the k-th day of a run, or resting on the j-th day
    /// (k and j counted up to the limits that matter), each flagged when its run started on
    /// the first day (such runs are exempt from the minimum lengths, as in the rules). Nil when
    /// no line keeps them (locks against the rests, for example). `value` is the path's length:
    /// the line's cost plus what the prices charge for its minutes, shifts and weekends.
    func shortestLine(staff s: Int, _ cost: [[Double]], _ prices: Prices, unitMinutes: Double) -> (shifts: [Int], value: Double)? {
        let dayCount = problem.dayCount
        let limit = limits[s], graph = graphs[s]
        let shiftCount = graph.types.count, runCap = graph.runCap, restCap = graph.restCap
        let workStates = graph.workStates, stateCount = graph.stateCount

        // What arriving on day d costs: in shift type t (local numbering), or resting.
        let perMinute = (prices.aboveMinutes - prices.belowMinutes) / unitMinutes
        var arrive = [Double](repeating: .infinity, count: dayCount * shiftCount)
        var rest = [Double](repeating: .infinity, count: dayCount)
        let saturday = weekendDays.saturday, sunday = weekendDays.sunday
        for d in 0..<dayCount {
            for v in limit.choices[d] {
                if v < 0 {
                    rest[d] = cost[d][0]
                } else {
                    arrive[d * shiftCount + graph.local[v]] = cost[d][v + 1] + Double(problem.paidMinutes[v]) * perMinute + prices.shift(v)
                        + (saturday[d] ? prices.weekends : 0)
                }
            }
        }
        // A Sunday costs a weekend only when the Saturday before was not worked.
        let sundayAfterRest = prices.weekends

        // The path runs on raw buffers: with arrays, every write in `relax` paid an exclusivity
        // check and a bounds check (about a sixth of an agent step's time on Curtois 23).
        var value = UnsafeMutableBufferPointer<Double>.allocate(capacity: stateCount)
        var next = UnsafeMutableBufferPointer<Double>.allocate(capacity: stateCount)
        let back = UnsafeMutableBufferPointer<Int32>.allocate(capacity: dayCount * stateCount)
        let classBest = UnsafeMutableBufferPointer<Double>.allocate(capacity: graph.classCount)
        let classSource = UnsafeMutableBufferPointer<Int>.allocate(capacity: graph.classCount)
        defer { for buffer in [value, next, classBest] { buffer.deallocate() }; back.deallocate(); classSource.deallocate() }
        value.initialize(repeating: .infinity)
        next.initialize(repeating: .infinity)
        back.initialize(repeating: -1)
        value[graph.resting(1, 1)] = rest[0]
        for t in 0..<shiftCount where arrive[t].isFinite {
            value[graph.working(1, t, 1)] = arrive[t] + (sunday[0] ? sundayAfterRest : 0)
        }
        for d in 1..<max(1, dayCount) {
            let here = value, there = next
            for i in 0..<stateCount { there[i] = .infinity }
            let row = d * stateCount, day = d * shiftCount
            @inline(__always) func relax(_ target: Int, _ candidate: Double, _ source: Int) {
                if candidate < there[target] {
                    there[target] = candidate
                    back[row + target] = Int32(source)
                }
            }
            // Rest runs: carry on resting; the cheapest that may end starts a work run.
            var restSource = -1, restBest = Double.infinity
            for edge in 0..<2 {
                for j in 1...restCap {
                    let state = graph.resting(edge, j), length = here[state]
                    guard length.isFinite else { continue }
                    relax(graph.resting(edge, min(j + 1, restCap)), length + rest[d], state)
                    if (j >= limit.minConsecutiveOff || edge == 1) && length < restBest { restBest = length; restSource = state }
                }
            }
            if restSource >= 0 {
                let weekend = sunday[d] ? sundayAfterRest : 0
                for t in 0..<shiftCount where arrive[day + t].isFinite {
                    relax(graph.working(0, t, 1), restBest + arrive[day + t] + weekend, restSource)
                }
            }
            // Work runs: the cheapest that may end starts a rest; each goes on in the types its
            // last shift allows (types with the same forbidden followers grouped).
            for edge in 0..<2 {
                for k in 1...runCap {
                    for c in 0..<graph.classCount { classBest[c] = .infinity; classSource[c] = -1 }
                    var reached = false
                    for t in 0..<shiftCount {
                        let state = graph.working(edge, t, k), length = here[state]
                        guard length.isFinite else { continue }
                        reached = true
                        if k >= limit.minConsecutiveWork || edge == 1 { relax(graph.resting(0, 1), length + rest[d], state) }
                        let c = graph.classOf[t]
                        if length < classBest[c] { classBest[c] = length; classSource[c] = state }
                    }
                    // (No run of this length reached today: after the first days, none that
                    // began on the first day.)
                    guard reached, limit.maxConsecutiveWork.map({ k < $0 }) ?? true else { continue }
                    let target = min(k + 1, runCap)
                    for t in 0..<shiftCount where arrive[day + t].isFinite {
                        for c in 0..<graph.classCount where classSource[c] >= 0 && graph.classAllows[c * shiftCount + t] {
                            relax(graph.working(edge, t, target), classBest[c] + arrive[day + t], classSource[c])
                        }
                    }
                }
            }
            swap(&value, &next)
        }
        var state = (0..<stateCount).min { value[$0] < value[$1] }!
        let length = value[state]
        guard length.isFinite else { return nil }
        var line = [Int](repeating: ShiftGrid.off, count: dayCount)
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            line[d] = state < workStates ? graph.types[(state / runCap) % shiftCount] : ShiftGrid.off
            if d > 0 { state = Int(back[d * stateCount + state]) }
        }
        return (line, length)
    }
}

/// The states of one agent's shortest-line problem and which may follow which.
struct LineGraph {
    /// The shift types she may work, numbered 0..<count in the states.
    let types: [Int]
    /// `local[t]`: the number of shift type t among `types` (−1 when she may not work it).
    let local: [Int]
    let runCap: Int
    let restCap: Int
    let workStates: Int
    let stateCount: Int
    /// Types whose forbidden followers are the same share a class.
    let classOf: [Int]
    let classCount: Int
    /// `classAllows[c * types.count + t]`: type t may follow a shift of class c.
    let classAllows: [Bool]

    init(problem: PlanningProblem, limit: AgentLineLimits) {
        types = limit.workTypes
        var local = [Int](repeating: -1, count: problem.shiftCount)
        for (i, t) in types.enumerated() { local[t] = i }
        self.local = local
        runCap = max(1, limit.maxConsecutiveWork ?? limit.minConsecutiveWork)
        restCap = max(1, limit.minConsecutiveOff)
        workStates = 2 * types.count * runCap
        stateCount = workStates + 2 * restCap
        var classes: [[Bool]: Int] = [:]
        var classOf: [Int] = [], allows: [Bool] = []
        for a in types {
            let followers = types.map { b in !problem.forbiddenSuccession[a][b] }
            if let c = classes[followers] {
                classOf.append(c)
            } else {
                classes[followers] = classes.count
                classOf.append(classes.count - 1)
                allows += followers
            }
        }
        self.classOf = classOf
        classCount = classes.count
        classAllows = allows
    }

    @inline(__always) func working(_ edge: Int, _ t: Int, _ k: Int) -> Int { (edge * types.count + t) * runCap + k - 1 }
    @inline(__always) func resting(_ edge: Int, _ j: Int) -> Int { workStates + edge * restCap + j - 1 }
}
