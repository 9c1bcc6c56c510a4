import Foundation

/// Price-and-branch over whole lines (column generation): a step that looks at every agent at
/// once.
///
/// The roster is read as one line per agent. A pool starts with the roster's own lines; the
/// LP relaxation of the master problem (`LineMaster`) over the pool is solved by GLPK, and its
/// duals say what one more person is worth on each (day, shift). Each agent's line builder then
/// looks for lines that keep all her hard rules and are worth more than they cost at those
/// prices (negative reduced cost); they join the pool, and again, until no agent has such a line
/// or the time is up. GLPK then chooses one line per agent among the pool (branch and cut, the
/// roster's own lines as the start), and that roster is the step's result.
///
/// The master's objective is the evaluator's score when every line keeps its agent's hard rules
/// (coverage and requests are its only costs): the result is still judged by the evaluator.
struct LineGeneration {
    let problem: PlanningProblem
    let builder: AgentLineBuilder
    let evaluator: Evaluator
    let log: (String) -> Void

    struct Outcome {
        var roster: ShiftGrid
        /// The master's objective for `roster`.
        var objective: Double
        var rounds: Int
        var lines: Int
    }

    /// Pool, prices and the master's LP kept from one call to the next.
    struct State {
        var pool: LinePool
        var prices: [AgentLineBuilder.Prices]
        /// Made once every agent has a line in the pool; mirrors the pool column for column.
        var lp: LineMasterLP?
        /// Each agent's own costs (`AgentLineBuilder.ownCosts`).
        let own: [[[Double]]]
        /// Each agent's multipliers for her Lagrangian pricing (`AgentLineBuilder.lagrangianPricing`),
        /// apart from the heuristic's prices, which aim at legal lines rather than at the bound.
        var boundPrices: [AgentLineBuilder.Prices]
        /// The best lower bound on a legal roster's score met in the root's rounds (`LineBound`),
        /// rounded up to a whole score where scores are whole; nil when none was computed.
        var bound: Double?
    }

    func initialState() -> State {
        State(pool: LinePool(staffCount: problem.staffCount), prices: (0..<problem.staffCount).map { _ in builder.initialPrices() },
              lp: nil, own: (0..<problem.staffCount).map { builder.ownCosts(staff: $0) },
              boundPrices: (0..<problem.staffCount).map { _ in builder.initialPrices() })
    }

    /// Generates lines until `generationDeadline` (or until none is worth adding), dives (holds
    /// the agents whose lines the LP chooses whole, generates again, until every agent is held or
    /// `firstDiveDeadline` for the first dive, `deadline` for the others), then lets GLPK choose
    /// among all the pooled lines for `masterLimit`, from the better of the dive's roster and the
    /// start. A first dive cut short is finished by best responses (`finish`). The start is
    /// `roster`, each line that breaks its agent's hard rules rebuilt; nil when some agent has no
    /// line that keeps her day-to-day rules. `dived` hears each dive's roster that is the best so
    /// far, with its score, as soon as it ends, and the first dive's finished rosters as they
    /// get better, step by step.
    func run(from roster: ShiftGrid, state: inout State, generationDeadline: ContinuousClock.Instant?,
             firstDiveDeadline: ContinuousClock.Instant? = nil, deadline: ContinuousClock.Instant?, masterLimit: MasterLimit,
             maxRounds: Int = .max, stop: StopToken?, dived: ((ShiftGrid, SearchScore) -> Void)? = nil) throws(GLPKError) -> Outcome? {
        let own = state.own
        // The start: each agent's line in `roster` when it keeps her hard rules (the evaluator
        // says), a line built against the others otherwise. A built line that still misses a
        // period-wide limit is pooled at `illegalLineCost` per unit missed, so that the master
        // has a start while the generation looks for legal lines; the evaluator judges the end.
        let breaking = Set(evaluator.hardViolations(roster).violations.compactMap { $0.staff.flatMap { problem.staffIndex[$0] } })
        var start: [Int] = []
        var startLines: [([Int], Double)] = []
        for s in 0..<problem.staffCount {
            var line = roster.line(of: s)
            var penalty = 0.0
            if breaking.contains(s) {
                guard let built = builder.build(staff: s, in: roster, prices: &state.prices[s], iterations: Self.repairIterations) else { return nil }
                line = built.shifts
                penalty = built.excess > 0 ? Self.illegalLineCost * (1 + built.excess) : 0
            }
            let cost = lineCost(line, own[s])
            guard cost.isFinite else { return nil }
            startLines.append((line, cost + penalty))
        }
        for (s, (line, cost)) in startLines.enumerated() {
            start.append(try pooled(line, cost: cost, staff: s, &state))
        }
        if state.lp == nil { state.lp = try LineMasterLP(problem: problem, coverage: builder.coverage, pool: state.pool) }
        log("line generation: exact pricing \(exactPricing ? "on" : "off") (\(builder.resourcePathStates) path states per round)")
        let free = [Int?](repeating: nil, count: problem.staffCount)
        let root = try generate(&state, fixed: free, until: generationDeadline, maxRounds: maxRounds, stop: stop)
        var rounds = root.rounds
        // Where the rounds price heuristically they give no bound: one round of Lagrangian
        // pricing at the root's last duals does (`rootBound`).
        if !exactPricing, let last = root.last, let bound = rootBound(at: last, state: &state, until: deadline, stop: stop) {
            let rounded = LineBound.roundedUp(bound, problem: problem, coverage: builder.coverage)
            if state.bound.map({ rounded > $0 }) ?? true { state.bound = rounded }
        }
        // Dives until `deadline` (one when there is none, for repeatable runs): the first holds
        // the heaviest lines, the others choose among them at random (`diveJitter`), each from
        // the root again over the grown pool; the best complete one is kept (the order agents
        // are held in decides where a dive ends).
        var rng = SeededGenerator(seed: 17)
        var held = free, best: SearchScore?
        var relaxation = root.last
        // The first dive's last relaxation, for finishing it when it was cut short.
        var firstLast: LPDualSolution?
        // The first dive's finished rosters are heard as they get better (`finish`).
        var bestFinished: SearchScore?
        let finished: (ShiftGrid, SearchScore) -> Void = { roster, score in
            guard bestFinished.map({ score < $0 }) ?? true else { return }
            bestFinished = score
            dived?(roster, score)
        }
        for attempt in 0..<Self.diveAttempts {
            var trial = free
            let dove = try dive(&state, held: &trial, from: relaxation, until: attempt == 0 ? firstDiveDeadline ?? deadline : deadline,
                                jitter: attempt > 0, rng: &rng, stop: stop, finished: attempt == 0 && dived != nil ? finished : nil)
            rounds += dove.rounds
            if attempt == 0 { firstLast = dove.last }
            let roster = grid(trial, state.pool)
            let score = trial.contains(nil) ? nil : evaluator.score(roster)
            log("line dive \(attempt + 1): \(trial.filter { $0 == nil }.count) agents left free, \(score.map { "\($0)" } ?? "not ended")")
            if let score, best.map({ score < $0 }) ?? true {
                (held, best) = (trial, score)
                dived?(roster, score)
            }
            if best == nil && attempt == 0 { held = trial }
            guard let deadline, ContinuousClock.now < deadline, !trial.contains(nil), stop?.isStopped != true else { break }
            for s in 0..<problem.staffCount { try state.lp!.release(staff: s) }
            relaxation = try generate(&state, fixed: free, until: deadline, maxRounds: 0, stop: stop).last
        }
        // A dive is one more start; one cut short by its deadline is finished first (`finish`).
        var starts: [[Int?]] = [start]
        log("line dive: \(held.filter { $0 == nil }.count) agents left free over \(state.pool.count) lines")
        let cutShort = held.contains(nil) && held.contains(where: { $0 != nil }) && firstLast != nil
        if cutShort, let last = firstLast {
            // (Past the dive's deadline: the pairs get `finishSeconds` of their own.)
            let finishBy = deadline == nil ? nil : ContinuousClock.now + .seconds(Self.finishSeconds)
            let (roster, score) = finish(held, from: last, state: state, until: finishBy)
            log("line dive finished with best responses for \(held.filter { $0 == nil }.count) agents: \(score)")
            finished(roster, score)
            starts.append(try pooledLines(of: roster, &state).map { Optional($0) })
        } else if held.contains(where: { $0 != nil }) {
            starts.append(held)
        }
        // A dive cut short has had the time GLPK's choice would take (Curtois 12: over the
        // pool of a cut-short dive GLPK's choice never beat the finished dive).
        let limit = cutShort && masterLimit.seconds != nil ? MasterLimit.seconds(Self.cutShortMasterSeconds) : masterLimit
        guard let chosen = try choose(&state, starts: starts, limit: limit, stop: stop) else { return nil }
        return Outcome(roster: chosen.roster, objective: chosen.objective, rounds: rounds, lines: state.pool.count)
    }

    /// The roster of one pooled line per agent.
    func grid(_ chosen: [Int?], _ pool: LinePool) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for s in 0..<problem.staffCount {
            guard let k = chosen[s] else { continue }
            grid.setLine(of: s, to: pool.lines[s][k])
        }
        return grid
    }

    /// GLPK's choice of one line per agent among all the pooled lines within `limit`, started
    /// from the best of `starts` (pooled line indices per agent; a nil agent's line is chosen by
    /// GLPK among hers, the others held); `roster`'s lines when given are pooled and are one more
    /// start. Nil when no start completes and GLPK found nothing.
    func choose(_ state: inout State, from roster: ShiftGrid? = nil, starts: [[Int?]] = [], limit: MasterLimit,
                stop: StopToken?) throws(GLPKError) -> (roster: ShiftGrid, objective: Double)? {
        var starts = starts
        if let roster { starts.append(try pooledLines(of: roster, &state).map { Optional($0) }) }
        let master = LineMaster(problem: problem, coverage: builder.coverage, pool: state.pool)
        var best: (values: [Double], objective: Double)?
        for choice in starts {
            guard let values = try GLPKSolver.complete(master.model, fixing: master.fixing(choice), timeLimitSeconds: Self.completionSeconds) else { continue }
            let objective = master.model.objectiveValue(of: values)
            if best.map({ objective < $0.objective }) ?? true { best = (values, objective) }
        }
        let options = MIPOptions(timeLimitSeconds: limit.seconds, relativeGap: 0, nodeLimit: limit.nodes, initialSolution: best?.values, stop: stop)
        if let solution = try GLPKSolver.solve(master.model, options: options).solution, solution.objective < (best?.objective ?? .infinity) {
            best = (solution.values, solution.objective)
        }
        log("line master over \(state.pool.count) lines: \(best.map { "\($0.objective)" } ?? "none")")
        guard let best else { return nil }
        return (master.grid(from: best.values, pool: state.pool, dayCount: problem.dayCount), best.objective)
    }

    /// One neighbourhood in line space: the agents in `freeing` keep nothing, the others are held
    /// to their lines in `roster` (which must keep their hard rules); lines are generated for the
    /// freed agents until `deadline`, then GLPK chooses theirs among their pooled lines within
    /// `limit`, started from their lines in `roster` (so never worse than it). Returns the roster
    /// and the master's objective for it, nil when GLPK found nothing.
    func neighbourhood(of roster: ShiftGrid, freeing: [Int], state: inout State, until deadline: ContinuousClock.Instant?,
                       limit: MasterLimit, stop: StopToken?) throws(GLPKError) -> (roster: ShiftGrid, objective: Double)? {
        guard state.lp != nil else { return nil }
        let own = try pooledLines(of: roster, &state)
        var held = own.map { Optional($0) }
        for s in freeing { held[s] = nil }
        // (The freed agents may still be held by the last dive.)
        for s in 0..<problem.staffCount {
            if let k = held[s] { try state.lp!.hold(staff: s, line: k) } else { try state.lp!.release(staff: s) }
        }
        defer { for s in 0..<problem.staffCount { try? state.lp!.release(staff: s) } }
        _ = try generate(&state, fixed: held, until: deadline, maxRounds: Self.neighbourhoodRounds, stop: stop)
        let master = LineMaster(problem: problem, coverage: builder.coverage, pool: state.pool)
        guard let start = try GLPKSolver.complete(master.model, fixing: master.fixing(own), timeLimitSeconds: Self.completionSeconds) else { return nil }
        let values = try GLPKSolver.complete(master.model, fixing: master.fixing(held), timeLimitSeconds: limit.seconds, nodeLimit: limit.nodes,
                                             start: start, stop: stop) ?? start
        return (master.grid(from: values, pool: state.pool, dayCount: problem.dayCount), master.model.objectiveValue(of: values))
    }

    /// Each agent's line in `roster` as its index in the pool (`pooled`).
    func pooledLines(of roster: ShiftGrid, _ state: inout State) throws(GLPKError) -> [Int] {
        var indices: [Int] = []
        for s in 0..<problem.staffCount {
            let line = roster.line(of: s)
            indices.append(try pooled(line, cost: lineCost(line, state.own[s]), staff: s, &state))
        }
        return indices
    }

    /// Agent s's line's index in the pool, added to the pool (and the master's LP) if new.
    private func pooled(_ line: [Int], cost: Double, staff s: Int, _ state: inout State) throws(GLPKError) -> Int {
        if let k = state.pool.index(of: line, staff: s) { return k }
        state.pool.add(line, cost: cost, staff: s)
        try state.lp?.add(line, cost: cost, staff: s)
        return state.pool.lines[s].count - 1
    }

    /// The dive: agents whose lines the LP takes whole are held to them, or else the ones whose
    /// lines it takes most (one in `diveFraction` of the free agents; with `jitter`, each value
    /// weighed by a random factor in `diveJitter...1` first); lines are generated again for the
    /// others, until every agent is held or `deadline` (the agents still free are left to the
    /// caller). A hold that lifts the LP by more than `diveRise` is taken back and the next
    /// candidates are tried instead, up to `diveTries` groups in all (`holdLeastLifting`);
    /// `finished` hears the roster finished from there (`finish`) after each such step. Returns
    /// the rounds of generation made and the last relaxation.
    func dive(_ state: inout State, held: inout [Int?], from start: LPDualSolution?, until deadline: ContinuousClock.Instant?,
              jitter: Bool = false, rng: inout SeededGenerator, stop: StopToken?,
              finished: ((ShiftGrid, SearchScore) -> Void)? = nil) throws(GLPKError) -> (rounds: Int, last: LPDualSolution?) {
        var rounds = 0
        var current = start, latest = start
        // Holds only lift the LP: once back within `settledShare` of where the dive began, a
        // step's generation has done what it can (Curtois 12: its last 10 of 30 rounds moved it
        // from 4 040.5 to 4 040.0).
        let settled = start.map { $0.objective + Self.settledShare * max(1, abs($0.objective)) }
        while let relaxation = current, held.contains(nil), stop?.isStopped != true {
            latest = relaxation
            let lp = state.lp!
            var candidates: [(staff: Int, line: Int, value: Double)] = []
            var whole = false
            for s in 0..<problem.staffCount where held[s] == nil {
                guard let (k, value) = lp.heaviestLine(of: s, relaxation.values) else { continue }
                if value > 1 - 1e-6 { held[s] = k; whole = true; try lp.hold(staff: s, line: k) }
                else { candidates.append((s, k, jitter ? value * Double.random(in: Self.diveJitter...1, using: &rng) : value)) }
            }
            if deadline.map({ ContinuousClock.now >= $0 }) ?? false { break }
            guard held.contains(nil) else { break }
            if whole {
                let level = try generate(&state, fixed: held, until: deadline, maxRounds: diveRounds, settled: settled, stop: stop)
                rounds += level.rounds
                current = level.last
                continue
            }
            let take = max(1, held.filter { $0 == nil }.count / Self.diveFraction)
            let ordered = candidates.sorted { $0.value > $1.value }.map { (staff: $0.staff, line: $0.line) }
            let groups = stride(from: 0, to: ordered.count, by: take).prefix(diveTries).map { Array(ordered[$0..<min($0 + take, ordered.count)]) }
            guard let step = try holdLeastLifting(groups, &state, held: &held, above: relaxation.objective, settled: settled, until: deadline, stop: stop)
            else { break }
            rounds += step.rounds
            current = step.last
            if let finished, let last = current, held.contains(nil), deadline.map({ ContinuousClock.now < $0 }) ?? true {
                let (roster, score) = finish(held, from: last, state: state, until: deadline)
                finished(roster, score)
            }
        }
        return (rounds, current ?? latest)
    }

    /// One dive step without a whole line: holds each group in turn (regenerating lines for the
    /// others) until one lifts the LP from `objective` by at most `diveRise`, or the last group,
    /// or `deadline`; a group that lifts it more is released, and when every group did, the
    /// least lifting one is held again. Returns the rounds made and the LP with the kept group
    /// held; nil when there was no group.
    func holdLeastLifting(_ groups: [[(staff: Int, line: Int)]], _ state: inout State, held: inout [Int?], above objective: Double,
                          settled: Double?, until deadline: ContinuousClock.Instant?, stop: StopToken?) throws(GLPKError) -> (last: LPDualSolution?, rounds: Int)? {
        // (The LP is read afresh for each hold: a generation adds columns.)
        var rounds = 0
        var lifts: [Double] = []
        for (attempt, group) in groups.enumerated() {
            for (s, k) in group { held[s] = k; try state.lp!.hold(staff: s, line: k) }
            let level = try generate(&state, fixed: held, until: deadline, maxRounds: diveRounds, settled: settled, stop: stop)
            rounds += level.rounds
            let lifted = level.last?.objective ?? .infinity
            let leastOfAll = attempt == groups.count - 1 && lifts.allSatisfy { $0 >= lifted }
            if lifted - objective <= Self.diveRise * max(1, abs(objective)) || leastOfAll || deadline.map({ ContinuousClock.now >= $0 }) ?? false {
                return (level.last, rounds)
            }
            lifts.append(lifted)
            for (s, _) in group { held[s] = nil; try state.lp!.release(staff: s) }
        }
        // Every group lifted the LP too far: the least lifting one is held again.
        guard let least = lifts.indices.min(by: { lifts[$0] < lifts[$1] }) else { return nil }
        for (s, k) in groups[least] { held[s] = k; try state.lp!.hold(staff: s, line: k) }
        let level = try generate(&state, fixed: held, until: deadline, maxRounds: diveRounds, settled: settled, stop: stop)
        return (level.last, rounds + level.rounds)
    }

    /// How long GLPK may choose among the pooled lines: a wall-clock limit, or a node count for
    /// repeatable runs.
    enum MasterLimit {
        case seconds(Double)
        case nodes(Int)

        var seconds: Double? { if case .seconds(let seconds) = self { seconds } else { nil } }
        var nodes: Int? { if case .nodes(let nodes) = self { nodes } else { nil } }
    }

    /// Rounds of « solve the master's LP relaxation, add the lines its duals price below zero »,
    /// the agents in `fixed` held to their line, until no line is added, `maxRounds`, `deadline`,
    /// or the LP at or below `settled`. Returns the last relaxation (values by column of `lp`).
    func generate(_ state: inout State, fixed: [Int?], until deadline: ContinuousClock.Instant?,
                  maxRounds: Int, settled: Double? = nil, stop: StopToken?) throws(GLPKError) -> (last: LPDualSolution?, rounds: Int) {
        let own = state.own
        var rounds = 0
        var last: LPDualSolution?
        while stop?.isStopped != true {
            let clock = ContinuousClock(), began = clock.now
            // The first solve after agents were held starts from a basis that is no longer primal
            // feasible but still dual feasible; later ones follow new columns (primal feasible).
            let dualFirst = rounds == 0 && fixed.contains { $0 != nil }
            guard let solution = try state.lp!.session.solve(timeLimitSeconds: seconds(until: deadline), dualFirst: dualFirst) else { break }
            last = solution
            // The lines it has no use for are parked (`LineMasterLP`); parked lines these duals
            // price below zero come back with the new lines.
            try state.lp!.park(solution, above: Self.parkAbove * max(1, abs(solution.objective)), held: fixed)
            let solved = clock.now
            guard rounds < maxRounds, deadline.map({ ContinuousClock.now < $0 }) ?? true, settled.map({ solution.objective > $0 }) ?? true else { break }
            rounds += 1
            var added = try state.lp!.unpark(at: solution.rowDuals, below: Self.reducedCostTolerance, held: fixed)
            // With no agent held, a round whose every agent was priced exactly (the heuristic
            // found nothing for her) also bounds every legal roster (`LineBound`).
            let duals = LineBound.multipliers(solution.rowDuals, rows: state.lp!.coverRows)
            var bound: Double? = exactPricing && builder.limitsAreHard && !fixed.contains { $0 != nil }
                ? LineBound.coverPart(duals, rows: state.lp!.coverRows) : nil
            for s in 0..<problem.staffCount where fixed[s] == nil {
                let costs = pricedCosts(staff: s, own: own[s], cellRows: state.lp!.cellRows, duals: duals)
                let agentDual = solution.rowDuals[state.lp!.agentRows[s]]
                // The heuristic first (cheap); the Lagrangian pricing (exact over minutes and
                // weekends where she has a resource path) when it finds nothing worth adding.
                var found: [AgentLineBuilder.Line] = []
                _ = builder.build(staff: s, costs: costs, prices: &state.prices[s], iterations: Self.pricingIterations) { found.append($0) }
                // (Lines already pooled do not count: at the projected duals one may still look worth adding.)
                found.removeAll { $0.cost - agentDual >= -Self.reducedCostTolerance || state.pool.index(of: $0.shifts, staff: s) != nil }
                if found.isEmpty && exactPricing {
                    let priced = builder.lagrangianPricing(staff: s, costs: costs, prices: &state.boundPrices[s], iterations: Self.boundIterations)
                    found = (priced?.lines ?? []).filter { $0.cost - agentDual < -Self.reducedCostTolerance }
                    if let sum = bound { bound = priced.map { sum + $0.bound } }
                } else {
                    bound = nil
                }
                for line in found {
                    let cost = lineCost(line.shifts, own[s])
                    if state.pool.add(line.shifts, cost: cost, staff: s) {
                        try state.lp!.add(line.shifts, cost: cost, staff: s)
                        added += 1
                    }
                }
            }
            if let bound {
                let rounded = LineBound.roundedUp(bound, problem: problem, coverage: builder.coverage)
                if state.bound.map({ rounded > $0 }) ?? true { state.bound = rounded }
                log("line generation round \(rounds): Lagrangian bound \(String(format: "%.2f", bound))")
            }
            log("line generation round \(rounds) (\(fixed.filter { $0 != nil }.count) held): LP \(String(format: "%.2f", solution.objective)), \(added) lines added, pool \(state.pool.count) (\(state.lp!.parkedCount) parked), LP \(solved - began), pricing \(clock.now - solved)")
            if added == 0 { break }
        }
        return (last, rounds)
    }

    /// A lower bound on every legal roster's score at the duals of `solution`, an LP of the root
    /// (no agent held): the rows' part (`LineBound`) plus each agent's Lagrangian bound
    /// (`AgentLineBuilder.lagrangianPricing`, `rootBoundIterations` paths each). For units whose
    /// rounds price heuristically (exact rounds are too slow there to be repeated, not to be made
    /// once). Nil when a limit is soft, an agent has no line, or `deadline` or `stop` comes first.
    func rootBound(at solution: LPDualSolution, state: inout State, until deadline: ContinuousClock.Instant?,
                   stop: StopToken?) -> Double? {
        guard builder.limitsAreHard, let lp = state.lp else { return nil }
        let clock = ContinuousClock(), began = clock.now
        let duals = LineBound.multipliers(solution.rowDuals, rows: lp.coverRows)
        var bound = LineBound.coverPart(duals, rows: lp.coverRows)
        for s in 0..<problem.staffCount {
            guard deadline.map({ clock.now < $0 }) ?? true, stop?.isStopped != true else { return nil }
            let costs = pricedCosts(staff: s, own: state.own[s], cellRows: lp.cellRows, duals: duals)
            // From the heuristic's prices: they have followed this agent's limits round after round.
            var prices = state.prices[s]
            guard let priced = builder.lagrangianPricing(staff: s, costs: costs, prices: &prices, iterations: Self.rootBoundIterations)
            else { return nil }
            bound += priced.bound
        }
        log("line generation: root bound \(String(format: "%.2f", bound)) at LP \(String(format: "%.2f", solution.objective)) in \(clock.now - began)")
        return bound
    }

    /// Agent s's day costs at the master's prices: her requests, less what the coverage rows
    /// pay for one more person (their duals).
    func pricedCosts(staff s: Int, own: [[Double]], cellRows: [[Int]], duals: [Double]) -> [[Double]] {
        var costs = own
        for (i, cell) in problem.demand.enumerated() where problem.staff(s, has: cell.skill) && costs[cell.day][cell.shift + 1].isFinite {
            for row in cellRows[i] { costs[cell.day][cell.shift + 1] -= duals[row] }
        }
        return costs
    }

    private func lineCost(_ line: [Int], _ own: [[Double]]) -> Double {
        AgentLineBuilder.cost(of: line, own)
    }

    private func seconds(until instant: ContinuousClock.Instant?) -> Double? {
        instant.map { max(0.1, ($0 - ContinuousClock.now) / .seconds(1)) }
    }

    /// Whether the Lagrangian pricing (and so the bound) is used: when a round of it over every
    /// agent stays within `largestExactPricingWork` path states (Curtois 1–12 and 16 yes; 14,
    /// 15, 17–19 no: there its rounds took over a second and the 60 s scores were worse).
    var exactPricing: Bool { builder.resourcePathStates <= Self.largestExactPricingWork }
    static let largestExactPricingWork = 8_000_000
    /// Subgradient steps per agent and root round for her Lagrangian bound.
    static let boundIterations = 10
    /// Subgradient steps per agent for the root's one bound where rounds price heuristically.
    static let rootBoundIterations = 30
    /// Price updates of the period-wide limits per agent and round.
    static let pricingIterations = 20
    static let reducedCostTolerance = 1e-6
    /// A pooled line the LP leaves at 0 is parked when its reduced cost is above this share of
    /// the LP's value (a margin, so that lines near zero do not go out and back every round).
    static let parkAbove = 1e-4
    /// What a pooled line that misses its agent's period-wide limits costs per unit missed (a
    /// start only: legal lines replace it).
    static let illegalLineCost = 100_000.0
    /// Price updates when an agent's line in the start breaks her rules and is rebuilt.
    static let repairIterations = 80
    /// When no line is taken whole, the dive holds this fraction of the free agents at once.
    static let diveFraction = 8
    /// Generation rounds after each dive step: 30 where the pricing is exact (at 10, a try was
    /// often judged on an LP still falling), 10 elsewhere.
    var diveRounds: Int { exactPricing ? 30 : 10 }
    /// Generation rounds for the freed agents of a neighbourhood in line space.
    static let neighbourhoodRounds = 20
    /// A dive's hold is taken back when it lifts the LP by more than this share of its value
    /// (Curtois 8: holds that lifted it from 1 305 to 1 316, then on to 1 517, ended at 1 515
    /// where the optimum is 1 300).
    static let diveRise = 0.002
    /// The most candidates a dive tries at one step before it keeps the least lifting one: 3
    /// where the pricing is exact; elsewhere the LP after a hold has not settled, its lift says
    /// little, and the tries only slowed the dive (Curtois 17–19 at 60 s: 5 856, 5 004, 4 760
    /// against 5 757, 4 803, 4 137 with one try, single runs).
    var diveTries: Int { exactPricing ? 3 : 1 }
    /// Dives made one after the other while the dive's deadline allows.
    static let diveAttempts = 8
    /// The least random factor on a line's value when a later dive chooses whom to hold.
    static let diveJitter = 0.6
    /// A dive step's generation stops once the LP is within this share of where the dive began.
    static let settledShare = 1e-4
    /// How long the pairs of best responses may take to finish a dive cut short (`finish`).
    static let finishSeconds = 3.0
    /// How long GLPK may choose among the pooled lines after a dive cut short.
    static let cutShortMasterSeconds = 1.0
    /// How long GLPK may take to complete one start (the agents it leaves free) over the pool.
    static let completionSeconds = 5.0
}
