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
        /// The last LP relaxation's optimum over the pool (not a bound on the unit's optimum).
        var relaxation: Double?
    }

    /// Pool, prices and rounds kept from one call to the next.
    struct State {
        var pool: LinePool
        var prices: [AgentLineBuilder.Prices]
    }

    func initialState() -> State {
        State(pool: LinePool(staffCount: problem.staffCount), prices: (0..<problem.staffCount).map { _ in builder.initialPrices() })
    }

    /// Generates lines until `generationDeadline` (or until none is worth adding), dives (holds
    /// the agents whose lines the LP chooses whole, generates again, until every agent is held or
    /// `deadline`), then lets GLPK choose among all the pooled lines for `masterLimit`, from the
    /// better of the dive's roster and the start. The start is `roster`, each line that breaks its
    /// agent's hard rules rebuilt; nil when some agent has no line that keeps her day-to-day rules.
    func run(from roster: ShiftGrid, state: inout State, generationDeadline: ContinuousClock.Instant?,
             deadline: ContinuousClock.Instant?, masterLimit: MasterLimit, maxRounds: Int = .max, stop: StopToken?) throws(GLPKError) -> Outcome? {
        let own = (0..<problem.staffCount).map { builder.ownCosts(staff: $0) }
        // The start: each agent's line in `roster` when it keeps her hard rules (the evaluator
        // says), a line built against the others otherwise. A built line that still misses a
        // period-wide limit is pooled at `illegalLineCost` per unit missed, so that the master
        // has a start while the generation looks for legal lines; the evaluator judges the end.
        let breaking = Set(evaluator.hardViolations(roster).violations.compactMap { $0.staff.flatMap { problem.staffIndex[$0] } })
        var start: [Int] = []
        for s in 0..<problem.staffCount {
            var line = (0..<problem.dayCount).map { roster[s, $0] }
            var penalty = 0.0
            if breaking.contains(s) {
                guard let built = builder.build(staff: s, in: roster, prices: &state.prices[s], iterations: Self.repairIterations) else { return nil }
                line = built.shifts
                penalty = built.excess > 0 ? Self.illegalLineCost * (1 + built.excess) : 0
            }
            let cost = lineCost(line, own[s])
            guard cost.isFinite else { return nil }
            state.pool.add(line, cost: cost + penalty, staff: s)
            start.append(state.pool.index(of: line, staff: s)!)
        }
        var free = [Int?](repeating: nil, count: problem.staffCount)
        let root = try generate(&state, own: own, fixed: free, until: generationDeadline, maxRounds: maxRounds, stop: stop)
        // The dive: agents whose lines the LP takes whole are held to them, or else the one whose
        // line it takes most; lines are generated again for the others.
        var rounds = root.rounds
        var lp = root.lp
        while let current = lp, free.contains(nil), stop?.isStopped != true, deadline.map({ ContinuousClock.now < $0 }) ?? true {
            let master = current.master
            var heaviest: (staff: Int, line: Int, value: Double)?
            var held = 0
            for s in 0..<problem.staffCount where free[s] == nil {
                guard let (k, value) = master.heaviestLine(of: s, current.values) else { continue }
                if value > 1 - 1e-6 { free[s] = k; held += 1 }
                else if value > (heaviest?.value ?? -1) { heaviest = (s, k, value) }
            }
            if held == 0, let heaviest { free[heaviest.staff] = heaviest.line }
            guard free.contains(nil) else { break }
            let level = try generate(&state, own: own, fixed: free, until: deadline, maxRounds: Self.diveRounds, stop: stop)
            rounds += level.rounds
            lp = level.lp
        }
        var candidates = [start]
        if !free.contains(nil) { candidates.append(free.map { $0! }) }
        let master = LineMaster(problem: problem, coverage: builder.coverage, pool: state.pool)
        var best: (values: [Double], objective: Double)?
        for choice in candidates {
            guard let values = try GLPKSolver.complete(master.model, fixing: master.fixing(choice), timeLimitSeconds: 5) else { continue }
            let objective = master.model.objectiveValue(of: values)
            if best.map({ objective < $0.objective }) ?? true { best = (values, objective) }
        }
        log("line dive: \(free.contains(nil) ? "not ended" : "ended"), best start \(best.map { "\($0.objective)" } ?? "none") over \(state.pool.count) lines")
        do {
            var options = MIPOptions(relativeGap: 0, initialSolution: best?.values, stop: stop)
            switch masterLimit {
            case .seconds(let seconds): options.timeLimitSeconds = seconds
            case .nodes(let nodes): options.nodeLimit = nodes
            }
            if let solution = try GLPKSolver.solve(master.model, options: options).solution, solution.objective < (best?.objective ?? .infinity) {
                best = (solution.values, solution.objective)
            }
        }
        guard let best else { return nil }
        return Outcome(roster: master.grid(from: best.values, pool: state.pool, dayCount: problem.dayCount), objective: best.objective,
                       rounds: rounds, lines: state.pool.count, relaxation: root.lp?.objective)
    }

    /// How long GLPK may choose among the pooled lines: a wall-clock limit, or a node count for
    /// repeatable runs.
    enum MasterLimit {
        case seconds(Double)
        case nodes(Int)
    }

    /// The last LP relaxation of a generation: its master, values and objective.
    struct Relaxation {
        var master: LineMaster
        var values: [Double]
        var objective: Double
    }

    /// Rounds of « solve the master's LP relaxation, add the lines its duals price below zero »,
    /// the agents in `fixed` held to their line, until no line is added, `maxRounds` or `deadline`.
    func generate(_ state: inout State, own: [[[Double]]], fixed: [Int?], until deadline: ContinuousClock.Instant?,
                  maxRounds: Int, stop: StopToken?) throws(GLPKError) -> (lp: Relaxation?, rounds: Int) {
        var rounds = 0
        var last: Relaxation?
        while stop?.isStopped != true {
            let clock = ContinuousClock(), began = clock.now
            let master = LineMaster(problem: problem, coverage: builder.coverage, pool: state.pool, fixed: fixed)
            guard let lp = try GLPKSolver.solveRelaxationWithDuals(master.model, timeLimitSeconds: seconds(until: deadline)) else { break }
            let solved = clock.now
            last = Relaxation(master: master, values: lp.values, objective: lp.objective)
            guard rounds < maxRounds, deadline.map({ ContinuousClock.now < $0 }) ?? true else { break }
            rounds += 1
            var added = 0
            for s in 0..<problem.staffCount where fixed[s] == nil {
                let costs = pricedCosts(staff: s, own: own[s], master: master, duals: lp.rowDuals)
                let agentDual = lp.rowDuals[master.agentRows[s]]
                var found: [AgentLineBuilder.Line] = []
                _ = builder.build(staff: s, costs: costs, prices: &state.prices[s], iterations: Self.pricingIterations) { found.append($0) }
                for line in found where line.cost - agentDual < -Self.reducedCostTolerance {
                    if state.pool.add(line.shifts, cost: lineCost(line.shifts, own[s]), staff: s) { added += 1 }
                }
            }
            log("line generation round \(rounds) (\(fixed.filter { $0 != nil }.count) held): LP \(String(format: "%.2f", lp.objective)), \(added) lines added, pool \(state.pool.count), LP \(solved - began), pricing \(clock.now - solved)")
            if added == 0 { break }
        }
        return (last, rounds)
    }

    /// Agent s's day costs at the master's prices: her requests, less what the coverage rows
    /// pay for one more person (their duals).
    func pricedCosts(staff s: Int, own: [[Double]], master: LineMaster, duals: [Double]) -> [[Double]] {
        var costs = own
        for (i, cell) in problem.demand.enumerated() where problem.staff(s, has: cell.skill) && costs[cell.day][cell.shift + 1].isFinite {
            for row in master.cellRows[i] { costs[cell.day][cell.shift + 1] -= duals[row] }
        }
        return costs
    }

    private func lineCost(_ line: [Int], _ own: [[Double]]) -> Double {
        line.enumerated().reduce(0) { $0 + own[$1.offset][$1.element + 1] }
    }

    private func seconds(until instant: ContinuousClock.Instant?) -> Double? {
        instant.map { max(0.1, ($0 - ContinuousClock.now) / .seconds(1)) }
    }

    /// Price updates of the period-wide limits per agent and round.
    static let pricingIterations = 20
    static let reducedCostTolerance = 1e-6
    /// What a pooled line that misses its agent's period-wide limits costs per unit missed (a
    /// start only: legal lines replace it).
    static let illegalLineCost = 100_000.0
    /// Price updates when an agent's line in the start breaks her rules and is rebuilt.
    static let repairIterations = 80
    /// Generation rounds after each dive step.
    static let diveRounds = 10
}
