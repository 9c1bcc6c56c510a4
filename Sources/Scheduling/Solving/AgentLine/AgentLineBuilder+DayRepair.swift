extension AgentLineBuilder {
    /// `line` brought within agent s's period-wide limits (contract minutes, worked weekends,
    /// shifts per type) one day at a time, her day-to-day rules kept; nil when no such changes
    /// do it.
    ///
    /// The prices rarely land a line inside a narrow window of contract minutes: on Curtois 23
    /// (111 360 to 112 320 minutes, shifts of 8, 10 and 12 hours) a third of the builds of a
    /// settled roster ended a shift or two outside it after all their price updates, and were
    /// lost. Each change here sets one day to another shift or to a rest, and is kept only when
    /// the runs of work and rest it makes still keep their minimum and maximum lengths (a run
    /// that touches the period's first or last day is exempt from the minimum, as in the
    /// shortest path) and the shifts around it may follow each other. Each change is the
    /// cheapest (in `cost`) among those that shrink the breach most, until none is left.
    func dayRepaired(staff s: Int, _ line: Line, costs cost: [[Double]]) -> Line? {
        let limit = limits[s]
        let unit = unitMinutes(limit)
        var shifts = line.shifts
        var usage = Usage(problem, shifts)
        var excess = line.excess
        for _ in 0..<shifts.count {
            guard excess > 1e-9 else { break }
            // The breach after a change depends on the day only through the weekends: the rest
            // is read from a table over (shift before, shift after), built once per change kept.
            let table = excessTable(limit, usage, excess: excess, unitMinutes: unit)
            let weekendShift = [-1, 0, 1].map { limit.weekendsExcess(usage.weekends + $0) - limit.weekendsExcess(usage.weekends) }
            let width = problem.shiftCount + 1
            var best: (day: Int, value: Int, excess: Double, delta: Double, weekends: Int)?
            for d in shifts.indices {
                let now = shifts[d]
                let row = (now + 1) * width
                let costs = cost[d]
                for value in limit.choices[d] where value != now && costs[value + 1].isFinite {
                    var after = table[row + value + 1]
                    let change = (now >= 0) == (value >= 0) ? 0 : weekendChange(shifts, d, value)
                    after += weekendShift[change + 1]
                    guard after < excess - 1e-9 else { continue }
                    let delta = costs[value + 1] - costs[now + 1]
                    // The walk along the runs last: most changes do not shrink the breach.
                    if best.map({ after < $0.excess - 1e-9 || (after <= $0.excess + 1e-9 && delta < $0.delta) }) ?? true,
                       keepsRuns(shifts, d, value, limit) {
                        best = (d, value, after, delta, usage.weekends + change)
                    }
                }
            }
            guard let best else { return nil }
            let now = shifts[best.day]
            if now >= 0 { usage.counts[now] -= 1; usage.minutes -= problem.paidMinutes[now] }
            if best.value >= 0 { usage.counts[best.value] += 1; usage.minutes += problem.paidMinutes[best.value] }
            usage.weekends = best.weekends
            shifts[best.day] = best.value
            excess = best.excess
        }
        return excess > 1e-9 ? nil : Line(shifts: shifts, cost: Self.cost(of: shifts, cost), excess: 0)
    }

    /// The breach of agent s's period-wide limits after one day goes from shift `now` to shift
    /// `value` (−1 a rest), her weekends left as they are: at index (now + 1) × (types + 1) +
    /// value + 1, for a line whose breach is `excess` and whose sums are `usage`.
    private func excessTable(_ limit: AgentLineLimits, _ usage: Usage, excess: Double, unitMinutes unit: Double) -> [Double] {
        let values = -1..<problem.shiftCount
        let withoutMinutes = excess - limit.minutesExcess(usage.minutes, unitMinutes: unit)
        var table = [Double]()
        table.reserveCapacity(values.count * values.count)
        for now in values {
            for value in values {
                var after = withoutMinutes
                var minutes = usage.minutes
                if now >= 0 {
                    minutes -= problem.paidMinutes[now]
                    after += limit.typeExcess(now, count: usage.counts[now] - 1) - limit.typeExcess(now, count: usage.counts[now])
                }
                if value >= 0 {
                    minutes += problem.paidMinutes[value]
                    after += limit.typeExcess(value, count: usage.counts[value] + 1) - limit.typeExcess(value, count: usage.counts[value])
                }
                table.append(after + limit.minutesExcess(minutes, unitMinutes: unit))
            }
        }
        return table
    }

    /// Whether setting day d of `shifts` to `value` (−1 rest) keeps the runs of work and rest
    /// around it within the limits and the successions on both sides allowed.
    func keepsRuns(_ shifts: [Int], _ d: Int, _ value: Int, _ limit: AgentLineLimits) -> Bool {
        // The run d joins: the days just before and after it of the kind it takes.
        let (before, after) = neighbours(shifts, d, working: value >= 0)
        let run = before + 1 + after
        let touchesEdge = d - before == 0 || d + after == shifts.count - 1
        if value >= 0 {
            if let most = limit.maxConsecutiveWork, run > most { return false }
            if run < limit.minConsecutiveWork && !touchesEdge { return false }
            if d > 0, shifts[d - 1] >= 0, problem.forbiddenSuccession[shifts[d - 1]][value] { return false }
            if d < shifts.count - 1, shifts[d + 1] >= 0, problem.forbiddenSuccession[value][shifts[d + 1]] { return false }
            // A rest run split in two (or shortened): each part keeps its minimum.
            return partsKeep(shifts, d, working: false, minimum: limit.minConsecutiveOff)
        }
        if run < limit.minConsecutiveOff && !touchesEdge { return false }
        // A work run split in two (or shortened): each part keeps its minimum.
        return partsKeep(shifts, d, working: true, minimum: limit.minConsecutiveWork)
    }

    /// How many days just before and just after day d of `shifts` are worked (`working`) or
    /// rests.
    private func neighbours(_ shifts: [Int], _ d: Int, working: Bool) -> (before: Int, after: Int) {
        var before = 0, after = 0
        while d - before - 1 >= 0, (shifts[d - before - 1] >= 0) == working { before += 1 }
        while d + after + 1 < shifts.count, (shifts[d + after + 1] >= 0) == working { after += 1 }
        return (before, after)
    }

    /// Whether the runs of the `working` kind just before and just after day d, once d is of
    /// the other kind, each keep `minimum` days (those touching the period's edges exempt).
    private func partsKeep(_ shifts: [Int], _ d: Int, working: Bool, minimum: Int) -> Bool {
        let (before, after) = neighbours(shifts, d, working: working)
        return (before == 0 || before >= minimum || d - before == 0)
            && (after == 0 || after >= minimum || d + after == shifts.count - 1)
    }

    /// How the weekends worked change when day d of `shifts` becomes `value`.
    private func weekendChange(_ shifts: [Int], _ d: Int, _ value: Int) -> Int {
        problem.weekendsChange(day: d, was: shifts[d] >= 0, working: value >= 0) { shifts[$0] >= 0 }
    }
}
