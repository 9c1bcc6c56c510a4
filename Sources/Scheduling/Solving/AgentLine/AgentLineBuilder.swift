/// Builds one agent's whole line against the rest of the roster: the line that keeps her own
/// hard rules (`AgentLineLimits`) and costs least in coverage and requests, the other agents'
/// lines fixed.
///
/// The day-to-day rules (consecutive days, rests, successions, days off) are kept exactly by a
/// shortest path over the days whose states are « working shift t for k days » and « resting for
/// j days »; the period-wide limits (contract minutes, worked weekends, shifts per type) are
/// priced (Lagrangian multipliers) and the prices moved by subgradient steps until the path
/// keeps them. The cheapest line that keeps everything is returned; when none was found, the
/// line that breaks the period-wide limits least. Costs come from the coverage and request
/// rules themselves (`CoverageRule.cost`, `RequestRule.refused`), so they are the evaluator's.
///
/// This is a heuristic step, not a proof: the result is judged by the evaluator before use.
struct AgentLineBuilder: Sendable {
    let problem: PlanningProblem
    let limits: [AgentLineLimits]
    let graphs: [LineGraph]
    /// Per agent, her states with minutes, weekends and a binding shift type carried
    /// (`ResourceLineGraph`), when cheap.
    let resourceGraphs: [ResourceLineGraph?]
    /// The (day, state) pairs of one path per agent, resource paths where she has one: the
    /// work of pricing every agent exactly once.
    let resourcePathStates: Int
    let coverage: CoverageRule?
    /// Which days of the period are a Saturday and which a Sunday (the weekends' days in it),
    /// read by both shortest paths.
    let weekendDays: (saturday: [Bool], sunday: [Bool])
    /// Every limit comes from a hard rule (`AgentLineLimits.allHard`): lower bounds hold.
    let limitsAreHard: Bool
    /// What one unit of a hard maximum of coverage exceeded costs here.
    private static let hardCoverPenalty = 1_000_000.0

    /// Nil when the unit has a rule the builder does not know (`AgentLineLimits.knownRules`).
    init?(problem: PlanningProblem) {
        let rules = RuleCatalogue.rules(for: problem)
        guard let limits = AgentLineLimits.all(for: problem, rules: rules) else { return nil }
        self.problem = problem
        self.limits = limits
        let graphs = limits.map { LineGraph(problem: problem, limit: $0) }
        self.graphs = graphs
        // A shift type is counted for every agent whose tightest maximum it is, or for none of
        // them: where some of them cannot count it (too many layers), its cover stays priced
        // inexactly whatever the others do, and their counts only change the generation's course
        // (Curtois 9: nights counted for 10 of the 36 agents, the bound still 53, the 60 s roster
        // 464 in four runs against 443 with none counted).
        var resourceGraphs = limits.indices.map { ResourceLineGraph(problem: problem, limit: limits[$0], graph: graphs[$0]) }
        let missed = Set(limits.indices.compactMap { s -> Int? in
            guard let tightest = ResourceLineGraph.tightestType(limit: limits[s], types: graphs[s].types) else { return nil }
            return resourceGraphs[s]?.countedType == tightest.type ? nil : tightest.type
        })
        for s in limits.indices where resourceGraphs[s]?.countedType.map(missed.contains) == true {
            resourceGraphs[s] = ResourceLineGraph(problem: problem, limit: limits[s], graph: graphs[s], countingTypes: false)
        }
        self.resourceGraphs = resourceGraphs
        var states = 0
        for (layers, graph) in zip(resourceGraphs, graphs) { states += graph.stateCount * (layers?.layerCount ?? 1) }
        resourcePathStates = states * problem.dayCount
        coverage = rules.lazy.compactMap { $0 as? CoverageRule }.first
        limitsAreHard = AgentLineLimits.allHard(rules)
        var saturday = [Bool](repeating: false, count: problem.dayCount), sunday = saturday
        for weekend in problem.weekends {
            if weekend.saturday >= 0 { saturday[weekend.saturday] = true }
            if weekend.sunday < problem.dayCount { sunday[weekend.sunday] = true }
        }
        weekendDays = (saturday, sunday)
    }

    /// The period-wide prices of one agent, kept between calls so that the next build starts
    /// where the last one ended: below her minimum minutes and above her maximum (per
    /// `unitMinutes`, a typical shift), per worked weekend, per shift of each type.
    struct Prices: Sendable {
        var values: [Double]
        /// Each price's own step: grown while its limit stays broken the same way, halved when
        /// the breach changes side (so that a price finds its scale in a few builds).
        var steps: [Double]
        var lastSigns: [Int]
        var belowMinutes: Double { values[0] }
        var aboveMinutes: Double { values[1] }
        var weekends: Double { values[2] }
        func shift(_ t: Int) -> Double { values[3 + t] }

        init(count: Int) {
            values = Array(repeating: 0, count: count)
            steps = Array(repeating: 0, count: count)
            lastSigns = Array(repeating: 0, count: count)
        }

        /// One step on each price along `breach` (positive: the limit is broken, the price rises;
        /// negative: slack, the price falls towards zero).
        mutating func update(_ breach: [Double], firstStep: Double) {
            for i in values.indices {
                let sign = breach[i] > 1e-9 ? 1 : (breach[i] < -1e-9 && values[i] > 0 ? -1 : 0)
                guard sign != 0 else { continue }
                if steps[i] == 0 { steps[i] = firstStep }
                else if sign == lastSigns[i] { steps[i] *= 1.5 }
                else if lastSigns[i] != 0 { steps[i] = max(firstStep * 0.01, steps[i] * 0.5) }
                values[i] = max(0, values[i] + Double(sign) * steps[i])
                lastSigns[i] = sign
            }
        }
    }

    struct Line: Equatable {
        var shifts: [Int]
        /// Coverage and request cost of the line against the others (the agent's own part).
        var cost: Double
        /// Breaches of the period-wide limits (0: the line keeps all her hard rules).
        var excess: Double
    }

    func initialPrices() -> Prices { Prices(count: 3 + problem.shiftCount) }

    /// The best line found for agent `s` in `iterations` price updates, given the others' lines
    /// in `grid`; nil when no line keeps her day-to-day rules.
    func build(staff s: Int, in grid: ShiftGrid, prices: inout Prices, iterations: Int, repairingDays: Bool = false) -> Line? {
        build(staff: s, costs: dayCosts(staff: s, in: grid), prices: &prices, iterations: iterations, repairingDays: repairingDays)
    }

    /// The best line found for agent `s` in `iterations` price updates when taking value v
    /// (−1 rest) on day d costs `cost[d][v + 1]`; `legalLine` sees every line met on the way
    /// that keeps all her limits (with its cost), for callers that collect several.
    /// `repairingDays`: each line found outside her period-wide limits is also tried with a few
    /// of its days changed (`dayRepaired`), a candidate like the others.
    func build(staff s: Int, costs cost: [[Double]], prices: inout Prices, iterations: Int, repairingDays: Bool = false,
               legalLine: ((Line) -> Void)? = nil) -> Line? {
        let limit = limits[s]
        let unit = unitMinutes(limit)
        let scale = max(1, costScale(cost))
        // Days often cost the same (an empty roster needs everyone everywhere): the path then
        // jumps between extreme lines as prices move. A small fixed jitter per day and value
        // breaks these ties so that lines change gradually with the prices.
        var jitterSource = SeededGenerator(seed: UInt64(s) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let jittered = cost.map { day in day.map { $0 + Double.random(in: 0..<(0.02 * scale), using: &jitterSource) } }
        var best: Line?
        var sinceBest = 0
        for _ in 0..<iterations {
            guard let shifts = shortestLine(staff: s, jittered, prices, unitMinutes: unit)?.shifts else { return nil }
            let usage = Usage(problem, shifts)
            let excess = limit.excess(minutes: usage.minutes, weekends: usage.weekends, counts: usage.counts, unitMinutes: unit)
            let lineCost = Self.cost(of: shifts, cost)
            sinceBest += 1
            if excess == 0, let legalLine { legalLine(Line(shifts: shifts, cost: lineCost, excess: 0)) }
            let found = Line(shifts: shifts, cost: lineCost, excess: excess)
            let repaired = repairingDays && excess > 0 ? dayRepaired(staff: s, found, costs: cost) : nil
            for candidate in [found] + (repaired.map { [$0] } ?? [])
            where best.map({ candidate.excess < $0.excess - 1e-9 || (candidate.excess <= $0.excess + 1e-9 && candidate.cost < $0.cost) }) ?? true {
                best = candidate
                sinceBest = 0
            }
            if best!.excess == 0 && sinceBest >= Self.patience { break }
            prices.update(breaches(of: limit, usage, unit: unit), firstStep: scale * 0.05)
        }
        return best
    }

    /// How far `usage` is beyond each period-wide limit, in the order of `Prices.values`
    /// (minutes in units of `unit`; negative: within it; 0 where she has no such limit).
    func breaches(of limit: AgentLineLimits, _ usage: Usage, unit: Double) -> [Double] {
        var breach: [Double] = [
            limit.minMinutes.map { Double($0 - usage.minutes) / unit } ?? 0,
            limit.maxMinutes.map { Double(usage.minutes - $0) / unit } ?? 0,
            limit.maxWeekends.map { Double(usage.weekends - $0) } ?? 0,
        ]
        breach += (0..<problem.shiftCount).map { t in limit.maxShifts[t].map { Double(usage.counts[t] - $0) } ?? 0 }
        return breach
    }

    /// What `shifts` cost when value v on day d costs `cost[d][v + 1]`.
    static func cost(of shifts: [Int], _ cost: [[Double]]) -> Double {
        shifts.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element + 1] }
    }

    /// Price updates without a better line after which a build that keeps every limit stops.
    static let patience = 5

    /// The minutes of a typical shift of the agent (the unit of the minutes' price).
    func unitMinutes(_ limit: AgentLineLimits) -> Double {
        let worked = limit.workTypes.map { Double(problem.paidMinutes[$0]) }.filter { $0 > 0 }
        return worked.isEmpty ? 480 : worked.reduce(0, +) / Double(worked.count)
    }

    /// A typical gap between a day's cheapest and dearest choice: the size of a price step.
    private func costScale(_ cost: [[Double]]) -> Double {
        let spreads = cost.map { day in (day.filter { $0.isFinite }.max() ?? 0) - (day.filter { $0.isFinite }.min() ?? 0) }
        return spreads.reduce(0, +) / Double(max(1, spreads.count))
    }

    /// `cost[d][v + 1]`: what agent s costs in coverage and requests when she takes value v
    /// (−1 rest) on day d, the others as in `grid`; infinite for values she may not take.
    func dayCosts(staff s: Int, in grid: ShiftGrid) -> [[Double]] {
        var cost = ownCosts(staff: s)
        guard let coverage else { return cost }
        let counts = CoverageRule.counts(grid, problem, problem.demand)
        for d in 0..<problem.dayCount {
            for i in problem.demandOfDay[d] {
                let cell = problem.demand[i]
                guard cost[d][cell.shift + 1].isFinite, problem.staff(s, has: cell.skill) else { continue }
                var others = counts[i]
                if grid[s, d] == cell.shift { others -= 1 }
                let without = coverage.cost(others, cell), with = coverage.cost(others + 1, cell)
                cost[d][cell.shift + 1] += with.penalty - without.penalty + Double(with.hard - without.hard) * Self.hardCoverPenalty
            }
        }
        return cost
    }

    /// `cost[d][v + 1]`: what agent s's requests cost when she takes value v (−1 rest) on day d;
    /// infinite for values she may not take. Her part of the score whoever else works.
    func ownCosts(staff s: Int) -> [[Double]] {
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: problem.shiftCount + 1), count: problem.dayCount)
        for d in 0..<problem.dayCount {
            for v in limits[s].choices[d] { cost[d][v + 1] = 0 }
        }
        for i in problem.requestsOfStaff[s] {
            let request = problem.requests[i]
            guard request.weight > 0 else { continue }
            for v in -1..<problem.shiftCount where cost[request.day][v + 1].isFinite && RequestRule.refused(request, v) {
                cost[request.day][v + 1] += request.weight
            }
        }
        return cost
    }

    /// How a line uses the period-wide resources.
    struct Usage {
        var minutes = 0, weekends = 0
        var counts: [Int]

        init(_ problem: PlanningProblem, _ shifts: [Int]) {
            counts = Array(repeating: 0, count: problem.shiftCount)
            for t in shifts where t >= 0 {
                minutes += problem.paidMinutes[t]
                counts[t] += 1
            }
            for w in problem.weekends where w.isWorked(dayCount: problem.dayCount, { shifts[$0] >= 0 }) {
                weekends += 1
            }
        }
    }
}
