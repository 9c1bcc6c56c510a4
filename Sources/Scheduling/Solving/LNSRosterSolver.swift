import Foundation
import Synchronization

/// The hybrid engine. A greedy roster seeds two searches that share their incumbents:
/// - the Swift local search (`LocalSearch`) on its own thread, for fast moves everywhere;
/// - GLPK on the other: a short branch-and-cut run on the whole model (which may prove
///   optimality), then a large-neighbourhood search where each step frees part of the roster
///   (some agents, some days, or both, often around a violation), fixes the rest and solves
///   the sub-problem exactly, starting from the best incumbent so that a step never makes
///   things worse. Neighbourhood sizes adapt to what GLPK solves within its step budget.
/// Meanwhile the LP relaxation of the whole model gives the lower bound.
///
/// If no legal roster is known, the neighbourhood search works in a relaxed model where hard
/// rules cost a large penalty instead of being rows; it drives the hard violations to zero
/// and the evaluator says whether it got there.
///
/// With no time limit the run is repeatable: the local search gets `iterationLimit` moves,
/// branch-and-cut `nodeLimit` subproblems, and the neighbourhood search a fixed number of
/// steps of bounded size, one after the other on one thread.
public enum LNSRosterSolver {
    public static let engineName = "hybrid"
    /// Price of one unit of hard-rule slack in the relaxed model.
    static let relaxedHardPenalty = 100_000.0
    /// Repeatable runs: moves, subproblems and steps when the caller sets none.
    static let repeatableIterations = 100_000
    static let repeatableNodes = 200
    static let repeatableSteps = 40
    /// Above this many (agent, day, shift) cells the model is not built: the local search
    /// works alone. Measured on Curtois–Qu 21 and 22 (145 600 and 182 000 cells): fewer hard
    /// violations left at 60 s, the time limit kept, and 37 MiB instead of 900 MiB.
    static let largestModelCells = 100_000
    /// Above this many cells the neighbourhood steps are built as small models of their own
    /// (`AgentStepSearch`) instead of being cut out of the whole model: at 60 s, Curtois 12
    /// 5 032 against 5 639, 15 6 805 against 7 821, 19 7 235 against 7 755 (one run each);
    /// on smaller units the two are within run-to-run noise.
    static let largestNeighbourhoodModelCells = 10_000
    /// The most of the budget the line-by-line start may take (agents left resting after it).
    static let lineConstructionShare = 0.25
    /// The most of the budget line generation may take before its dive (`LineGeneration`).
    static let lineGenerationShare = 0.2
    /// Dives after the first end by this share of the budget.
    static let lineDiveShare = 0.45
    /// The first dive ends by this share of the budget, finished by best responses if it has
    /// not (`LineGeneration.finish`). Curtois 12 at 60 s: its dive holds about 45 of 60 agents
    /// by 45 % with the LP still at the optimum, 46–55 by 92 % in the runs traced; each agent
    /// held brings the finished roster closer to the optimum (4 040: about 100 per agent free
    /// beyond 5–10), and what runs after the dive on 12 (GLPK's choice, agent steps) found
    /// little. Units whose first dive ends sooner (Curtois 1–11, 14–19) are not affected.
    static let lineFirstDiveShare = 0.92
    /// Repeatable runs: rounds of line generation before the dive.
    static let repeatableLineRounds = 100
    /// Line generation, its dive and the neighbourhoods in line space end by this share of the budget.
    static let lineSearchShare = 0.65
    /// Repeatable runs: neighbourhoods in line space.
    static let repeatableLineNeighbourhoods = 10
    /// Above this many cells line generation is not run: on Curtois 13 and 20–24 (60 480 to
    /// 1 747 200 cells) it took the time the agent steps need to make the roster legal (first
    /// legal roster at 15–25 s instead of 0.3–3 s) and every score at 60 s was worse (20: 9 368
    /// against 7 326, 24: 86 816 against 81 434; one run each).
    static let largestLineGenerationCells = 20_000
    /// Up to this many cells, branch-and-cut runs before line generation.
    static let exactFirstCells = 1_000
    /// Neighbourhoods in line space in a row without gain after which that search ends.
    static let lineStallSteps = 10
    /// How long GLPK may choose the freed agents' lines in one neighbourhood in line space.
    static let lineNeighbourhoodSeconds = 2.0

    public static func solve(_ problem: PlanningProblem, options: SolveOptions = SolveOptions()) throws(GLPKError) -> SolveResult {
        var run = HybridRun(problem: problem, options: options)
        return try run.solve()
    }

    /// The part of the objective paid for hard-rule slack in a relaxed model (0 otherwise).
    static func hardSlackCost(_ encoding: MIPEncoding, _ values: [Double]) -> Double {
        guard let penalty = encoding.hardRowPenalty else { return 0 }
        return encoding.hardSlacks.reduce(0) { $0 + values[$1.index] } * penalty
    }

    /// Completes a roster into a full column vector (penalty and indicator columns at their best
    /// values): the assignment columns are fixed and only the small LP of the other columns is
    /// solved. Nil when the roster breaks a hard row of `encoding`.
    static func fixedValues(_ encoding: MIPEncoding, _ grid: ShiftGrid) throws(GLPKError) -> [Double]? {
        var fixed = [Double?](repeating: nil, count: encoding.model.variables.count)
        for cell in encoding.assignmentCells(for: grid) {
            let column = encoding.model.variables[cell.id.index]
            if cell.value < column.lowerBound || cell.value > (column.upperBound ?? 1) { return nil }
            fixed[cell.id.index] = cell.value
        }
        return try GLPKSolver.complete(encoding.model, fixing: fixed, timeLimitSeconds: 30)
    }
}

/// One hybrid solve: the state shared by its phases.
private struct HybridRun {
    let problem: PlanningProblem
    let options: SolveOptions
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    /// Wall-clock budget; nil for a repeatable run.
    let budget: Double?
    let exchange: IncumbentExchange
    let evaluator: Evaluator
    /// Whole lines (`AgentLineBuilder`), nil when the unit's rules do not allow them: built once
    /// for the start and line generation.
    let lineBuilder: AgentLineBuilder?
    let trace = ProcessInfo.processInfo.environment["SCHED_TRACE"] != nil
    var phases: [String] = []
    var bound: Double?
    /// Line generation's Lagrangian bound (`LineBound`), kept apart from the model's bound until
    /// the result: the better of the two is reported.
    var lineBound: Double?

    init(problem: PlanningProblem, options: SolveOptions) {
        self.problem = problem
        self.options = options
        started = clock.now
        budget = options.timeLimitSeconds
        evaluator = Evaluator(problem: problem)
        lineBuilder = AgentLineBuilder(problem: problem)
        // Every new best roster is reported, with its objective only once it is legal.
        let report = options.progress, clock = clock, started = started
        exchange = IncumbentExchange { score, engine in
            report?(SolveProgress(elapsedSeconds: (clock.now - started).seconds, bestObjective: score.hard == 0 ? score.objective : nil,
                                  bound: nil, gap: nil, engine: engine))
        }
    }

    /// The unit's (agent, day, shift) cells: what decides which phases run.
    var cells: Int { problem.staffCount * problem.dayCount * problem.shiftCount }

    func elapsed() -> Double { (clock.now - started).seconds }
    func remaining() -> Double { (budget ?? .infinity) - elapsed() }
    var deadline: ContinuousClock.Instant? { budget.map { started + .seconds($0) } }

    func score(_ grid: ShiftGrid) -> SearchScore {
        evaluator.score(grid)
    }

    func log(_ line: @autoclosure () -> String) {
        if trace { FileHandle.standardError.write(Data("[\(String(format: "%6.2f", elapsed()))s] \(line())\n".utf8)) }
    }

    mutating func solve() throws(GLPKError) -> SolveResult {
        // On a unit too large for the whole model the greedy is slow (each choice re-reads an
        // agent's whole year) and the local search's block moves fill a roster faster:
        // Curtois 22, 12 s of greedy left 582 hard violations, 2 s of local search as many.
        let greedyShare = cells > LNSRosterSolver.largestModelCells ? 0.05 : 0.2
        // Where the unit's rules allow it, each agent's line is built whole (`AgentLineBuilder`),
        // keeping her own hard rules (Curtois 24: 150 lines of a year in about 5 s); the greedy
        // is the start otherwise.
        var startEngine = "agent-lines"
        if let lines = lineBuilder?.construct(deadline: budget.map { started + .seconds($0 * LNSRosterSolver.lineConstructionShare) }) {
            exchange.offer(lines, score(lines), engine: startEngine, origin: .greedy)
            log("agent lines \(score(lines))")
        } else {
            startEngine = "greedy"
            let greedy = GreedyConstructor(problem: problem).build(deadline: budget.map { started + .seconds($0 * greedyShare) })
            exchange.offer(greedy, score(greedy), engine: startEngine, origin: .greedy)
            log("greedy \(score(greedy))")
        }
        let greedy = exchange.incumbent!.grid
        if cells > LNSRosterSolver.largestModelCells {
            phases.append(startEngine)
            return agentStepsWithLocalSearch(note: "whole model too large for GLPK (\(cells) assignment cells)", bound: false)
        }
        if cells > LNSRosterSolver.largestNeighbourhoodModelCells {
            phases.append(startEngine)
            return agentStepsWithLocalSearch(note: "neighbourhoods as models of their own (\(cells) assignment cells)", bound: true)
        }
        do {
            return try glpkHybrid(greedy)
        } catch {
            // GLPK failed: the local search carries on alone from the best roster so far.
            return localSearchOnly(note: "GLPK error: \(error)")
        }
    }

    /// The local search alone (GLPK unusable): two threads with different seeds sharing their
    /// incumbents, or one run of `iterationLimit` moves when repeatable.
    mutating func localSearchOnly(note: String) -> SolveResult {
        log(note)
        phases.append("fallback: \(note)")
        let start = exchange.incumbent!.grid
        if budget == nil {
            let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(
                seed: options.seed, iterationLimit: options.iterationLimit ?? LNSRosterSolver.repeatableIterations, exchange: exchange))
            phases.append("local-search(\(outcome.iterations) moves, \(outcome.improvements) improvements)")
        } else {
            let second = LocalSearchThread(problem: problem, start: start, options: LocalSearchOptions(
                seed: options.seed &+ 1, deadline: deadline, stop: options.stop, exchange: exchange))
            let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(
                seed: options.seed, deadline: deadline, stop: options.stop, exchange: exchange))
            let other = second.join()
            phases.append("local-search ×2 (\(outcome.iterations + (other?.iterations ?? 0)) moves, \(outcome.improvements + (other?.improvements ?? 0)) improvements)")
        }
        return finish(bound: nil, infeasibility: nil)
    }

    /// A unit too large for the whole model: the local search on its own thread, exact steps on
    /// a few agents' whole period (`AgentStepSearch`, each a small model) on this one, sharing
    /// their best roster; the local search alone if GLPK fails.
    ///
    /// With `bound`, the LP relaxation of the whole model gives the lower bound, solved beside
    /// the two searches until the end of the budget.
    mutating func agentStepsWithLocalSearch(note: String, bound withBound: Bool) -> SolveResult {
        log(note)
        phases.append(note)
        let searchStop = StopToken()
        let localSearch = startLocalSearch(from: exchange.incumbent!.grid, stop: searchStop)
        // The bound: the LP relaxation of the whole model on a third thread for the whole run.
        var relaxation: BackgroundBound?
        if withBound {
            relaxation = BackgroundBound(model: MIPEncoding.build(problem).model, timeLimitSeconds: max(1, remaining() - 1))
        }
        do {
            try lineGeneration()
        } catch {
            phases.append("line-generation: GLPK error: \(error)")
        }
        let run = self
        let search = AgentStepSearch(problem: problem, evaluator: evaluator, exchange: exchange, seed: options.seed, deadline: deadline,
                                     stepCount: budget == nil ? LNSRosterSolver.repeatableSteps : nil, stop: options.stop) { run.log($0) }
        do {
            let outcome = try search.run()
            phases.append("agent-steps-glpk(\(outcome.steps) steps, \(outcome.improvements) improvements of which \(outcome.lineImprovements) whole lines, \(outcome.adopted) adopted)")
        } catch {
            phases.append("fallback: GLPK error: \(error)")
            if budget != nil {
                let outcome = LocalSearch.improve(problem, from: exchange.incumbent!.grid, options: LocalSearchOptions(
                    seed: options.seed &+ 1, deadline: deadline, stop: options.stop, exchange: exchange))
                phases.append("local-search(\(outcome.iterations) moves, \(outcome.improvements) improvements)")
            }
        }
        searchStop.stop()
        if let outcome = localSearch?.join() {
            phases.insert("local-search(\(outcome.iterations) moves, \(outcome.improvements) improvements, \(outcome.adoptedIncumbents) restarts)", at: 2)
        }
        let bound = relaxation?.result()
        log("relaxation \(bound.map { "\($0)" } ?? "not finished")")
        return finish(bound: bound, infeasibility: nil)
    }

    func finish(bound modelBound: Double?, infeasibility: String?) -> SolveResult {
        let best = exchange.incumbent!
        // Bounds from counting alone, a pass over the demand and the staff: always taken. The
        // cover's (`CoverCountBound`) and the hours targets' (`HoursTargetBound`) bound two
        // different penalty terms, so they add; the hours counted with the target posts some
        // agents alone hold bound both terms at once, so that one stands alone.
        let rules = RuleCatalogue.rules(for: problem)
        let hours = HoursTargetBound.bounds(problem, rules: rules)
        let counted = [CoverCountBound.bound(problem, rules: rules), hours?.hours].compactMap { $0 }
        let countBound = [counted.isEmpty ? nil : counted.reduce(0, +), hours?.hoursAndTargetPosts].compactMap { $0 }.max()
        let bound = [modelBound, lineBound, countBound].compactMap { $0 }.max()
        log("bounds: model \(modelBound.map { "\($0)" } ?? "none"), lines \(lineBound.map { "\($0)" } ?? "none"), counts \(countBound.map { "\($0)" } ?? "none")")
        let report = evaluator.evaluate(best.grid)
        let roster = problem.roster(from: best.grid, provenance: provenance(engine: best.engine, objective: best.score.objective, bound: bound),
                                    origins: problem.markingScenarioCells(best.origins, of: best.grid))
        // A legal roster that scores no more than a valid bound is optimal.
        let proven = best.score.hard == 0 && bound.map { best.score.objective <= $0 + 1e-6 } ?? false
        return SolveResult(status: infeasibility.map { .infeasible(reason: $0) } ?? (proven ? .optimal : .feasible), roster: roster, grid: best.grid, report: report,
                           solverObjective: best.score.objective, bound: bound, elapsedSeconds: elapsed(),
                           engine: "\(LNSRosterSolver.engineName) (best from \(best.engine))")
    }

    /// The local search: its own thread for the whole run (until `stop`), or run first and alone
    /// when the run is repeatable (then nil is returned).
    mutating func startLocalSearch(from start: ShiftGrid, stop: StopToken) -> LocalSearchThread? {
        if budget == nil {
            let outcome = LocalSearch.improve(problem, from: start, options: LocalSearchOptions(
                seed: options.seed, iterationLimit: options.iterationLimit ?? LNSRosterSolver.repeatableIterations, exchange: exchange))
            phases.append("local-search(\(outcome.iterations) moves, \(outcome.improvements) improvements)")
            return nil
        }
        return LocalSearchThread(problem: problem, start: start, options: LocalSearchOptions(
            seed: options.seed, deadline: deadline, stop: stop, exchange: exchange))
    }

    /// Waits for the local search's thread (stopped by the caller) and records what it did.
    mutating func joinLocalSearch(_ localSearch: LocalSearchThread?) {
        if let outcome = localSearch?.join() {
            phases.insert("local-search(\(outcome.iterations) moves, \(outcome.improvements) improvements, \(outcome.adoptedIncumbents) restarts)", at: 0)
        }
    }

    /// True when the best roster is legal and scores no more than line generation's bound:
    /// it is optimal, and the search stops.
    func provenOptimal() -> Bool {
        guard let lineBound, let best = exchange.incumbent, best.score.hard == 0 else { return false }
        return best.score.objective <= lineBound + 1e-6
    }

    mutating func glpkHybrid(_ greedy: ShiftGrid) throws(GLPKError) -> SolveResult {
        let strict = MIPEncoding.build(problem)

        let searchStop = StopToken()
        let localSearch = startLocalSearch(from: greedy, stop: searchStop)
        defer { searchStop.stop() }

        // On a small unit branch-and-cut comes first: it may prove the optimum in seconds
        // (Curtois 1: 2.9 s), which the line phases would otherwise delay to the end of the run.
        let exactFirst = cells <= LNSRosterSolver.exactFirstCells
        if !exactFirst { try lineGeneration() }
        // Line generation's bound met by the best roster: nothing left to search.
        if provenOptimal() {
            searchStop.stop()
            joinLocalSearch(localSearch)
            return finish(bound: nil, infeasibility: nil)
        }
        // Branch-and-cut on the whole model, warm-started from the best roster when it is legal.
        let startGrid = exchange.incumbent!.grid
        let startValues = exchange.incumbent!.score.hard == 0 ? try LNSRosterSolver.fixedValues(strict, startGrid) : nil
        let large = strict.model.constraints.count > 30_000
        var firstOptions: MIPOptions
        if let budget {
            // At most half of what the line phases left.
            let firstLimit = min(startValues == nil || large ? min(budget * 0.1, 10) : min(budget * 0.25, 30), remaining() * 0.5)
            // GLPK's presolver makes the exact phase much stronger; a GLPK call that overruns its
            // limit is caught by the caller's watchdog (see docs/solvers.md).
            firstOptions = MIPOptions(timeLimitSeconds: max(1, firstLimit), relativeGap: options.relativeGap, initialSolution: startValues, stop: options.stop)
        } else {
            firstOptions = MIPOptions(relativeGap: options.relativeGap, nodeLimit: options.nodeLimit ?? LNSRosterSolver.repeatableNodes,
                                      initialSolution: startValues, stop: options.stop)
        }
        if let report = options.progress {
            let clock = clock, started = started
            firstOptions.progress = { @Sendable p in
                report(SolveProgress(elapsedSeconds: (clock.now - started).seconds, bestObjective: p.incumbent, bound: p.bound, gap: p.gap, engine: "mip-glpk"))
            }
        }
        // On a large model with no legal start, branch-and-cut finds nothing within seconds
        // (Curtois 13: 10 s, no solution); the neighbourhood search starts at once and the
        // bound comes from the LP relaxation on another thread.
        let skipExact = large && startValues == nil && budget != nil
        let first = skipExact ? MIPOutcome.noSolution(reason: "skipped: large model, no legal start")
                              : try GLPKSolver.solve(strict.model, options: firstOptions)
        bound = first.solution?.bound
        if let solution = first.solution {
            let grid = strict.grid(from: solution.values)
            exchange.offer(grid, score(grid), engine: "mip-glpk", origin: .mip)
        }
        log("branch-and-cut \(skipExact ? "skipped" : first.solution.map { "\($0.objective) bound \($0.bound.map { "\($0)" } ?? "none")" } ?? "none")")
        phases.append(skipExact ? "mip-glpk skipped (large model, no legal start)" : "mip-glpk")
        // The lower bound: branch-and-cut's (root LP and cuts); when it did not get that far, the
        // plain LP relaxation on another thread for the rest of the run.
        var relaxation: BackgroundBound?
        if bound == nil || bound == -.infinity, budget != nil, remaining() > 2 {
            relaxation = BackgroundBound(model: strict.model, timeLimitSeconds: max(1, remaining() - 1))
        }
        if case .optimal(let solution) = first {
            searchStop.stop()
            localSearch?.join()
            var result = MIPRosterSolver.result(of: first, encoding: strict)
            result.elapsedSeconds = elapsed()
            result.roster?.provenance = provenance(engine: "mip-glpk", objective: solution.objective, bound: solution.objective)
            // The cells branch-and-cut changed from the best roster of the other engines are its own.
            if let grid = result.grid, let best = exchange.incumbent {
                let origins = best.origins.marking(changesFrom: best.grid, to: grid, as: .mip)
                result.roster = problem.roster(from: grid, provenance: result.roster?.provenance,
                                               origins: problem.markingScenarioCells(origins, of: grid))
            }
            return result
        }
        // Proven: the hard rules cannot all hold. The search goes on in the relaxed model for
        // the roster that breaks the fewest, which is returned flagged as such.
        var infeasibility: String?
        if case .infeasible(let reason) = first { infeasibility = reason }

        if exactFirst { try lineGeneration() }
        if !provenOptimal() { try neighbourhoodSearch(strict: strict) }

        searchStop.stop()
        joinLocalSearch(localSearch)
        if let relaxation, let lpBound = relaxation.result() { bound = max(bound ?? -Double.infinity, lpBound) }
        if budget == nil, let lp = try? GLPKSolver.solveRelaxation(strict.model, timeLimitSeconds: nil), case .optimal(let objective, _) = lp {
            bound = max(bound ?? -Double.infinity, objective)
        }
        return finish(bound: bound, infeasibility: infeasibility)
    }

    /// Price-and-branch over whole lines (`LineGeneration`) from the best legal roster, where the
    /// unit's rules allow whole lines: up to `lineGenerationShare` of the budget for generating
    /// and diving, then a short GLPK choice among the pooled lines.
    mutating func lineGeneration() throws(GLPKError) {
        guard cells <= LNSRosterSolver.largestLineGenerationCells,
              let builder = lineBuilder, let best = exchange.incumbent else { return }
        let generation = LineGeneration(problem: problem, builder: builder, evaluator: evaluator) { [self] in log($0) }
        var state = generation.initialState()
        let now = clock.now
        let outcome: LineGeneration.Outcome?
        if let budget {
            // Each better dive is offered at once: the local search may take it up while the
            // other dives go on.
            let exchange = exchange
            outcome = try generation.run(from: best.grid, state: &state, generationDeadline: now + .seconds(budget * LNSRosterSolver.lineGenerationShare),
                                         firstDiveDeadline: now + .seconds(budget * LNSRosterSolver.lineFirstDiveShare),
                                         deadline: now + .seconds(budget * LNSRosterSolver.lineDiveShare), masterLimit: .seconds(max(1, budget * 0.05)),
                                         stop: options.stop) { exchange.offer($0, $1, engine: "line-dive", origin: .lns) }
        } else {
            outcome = try generation.run(from: best.grid, state: &state, generationDeadline: nil, deadline: nil,
                                         masterLimit: .nodes(LNSRosterSolver.repeatableNodes), maxRounds: LNSRosterSolver.repeatableLineRounds,
                                         stop: options.stop)
        }
        // A bound at or below zero says nothing (no score is negative): none is kept.
        lineBound = state.bound.flatMap { $0 > 0 ? $0 : nil }
        guard let outcome else { return }
        let candidate = score(outcome.roster)
        log("line generation \(outcome.rounds) rounds, \(outcome.lines) lines: master \(outcome.objective), evaluator \(candidate)")
        exchange.offer(outcome.roster, candidate, engine: "line-generation", origin: .lns)
        phases.append("line-generation(\(outcome.rounds) rounds, \(outcome.lines) lines, \(candidate.hard == 0 ? "\(candidate.objective)" : "illegal"))")
        try lineNeighbourhoods(generation, &state)
    }

    /// Neighbourhoods in line space (`LineGeneration.neighbourhood`) from the best legal roster:
    /// a random part of the agents freed, the others held to their lines, lines generated for
    /// the freed and GLPK's choice among them (`lineNeighbourhoodSeconds`, or the repeatable
    /// node count); kept when the evaluator scores the roster better. Until
    /// `lineSearchShare` of the budget, or `repeatableLineNeighbourhoods` of them when repeatable,
    /// or `lineStallSteps` in a row without gain (then GLPK chooses among all the pooled lines).
    mutating func lineNeighbourhoods(_ generation: LineGeneration, _ state: inout LineGeneration.State) throws(GLPKError) {
        var rng = SeededGenerator(seed: options.seed &+ 11)
        let end = budget.map { started + .seconds($0 * LNSRosterSolver.lineSearchShare) }
        var steps = 0, improvements = 0, stalled = 0
        var size = Double(max(2, problem.staffCount / 3))
        while options.stop?.isStopped != true, !provenOptimal(),
              end.map({ clock.now < $0 }) ?? (steps < LNSRosterSolver.repeatableLineNeighbourhoods) {
            guard let best = exchange.incumbent, best.score.hard == 0 else { break }
            // Stalled: GLPK chooses among every line pooled so far, then the other searches go on.
            if stalled >= LNSRosterSolver.lineStallSteps {
                let limit: LineGeneration.MasterLimit = budget.map { .seconds(max(1, $0 * 0.05)) } ?? .nodes(LNSRosterSolver.repeatableNodes)
                if let chosen = try generation.choose(&state, from: best.grid, limit: limit, stop: options.stop) {
                    let candidate = score(chosen.roster)
                    if candidate < best.score {
                        improvements += 1
                        exchange.offer(chosen.roster, candidate, engine: "line-master", origin: .lns)
                    }
                    log("line master after \(steps) neighbourhoods: \(chosen.objective), evaluator \(candidate)")
                }
                break
            }
            steps += 1
            stalled += 1
            let count = min(problem.staffCount, max(2, Int(size)))
            let freeing = Array((0..<problem.staffCount).shuffled(using: &rng).prefix(count))
            let limit: LineGeneration.MasterLimit = budget != nil ? .seconds(LNSRosterSolver.lineNeighbourhoodSeconds) : .nodes(LNSRosterSolver.repeatableNodes)
            guard let found = try generation.neighbourhood(of: best.grid, freeing: freeing, state: &state, until: end, limit: limit,
                                                           stop: options.stop) else { continue }
            let candidate = score(found.roster)
            if candidate < best.score {
                improvements += 1
                stalled = 0
                exchange.offer(found.roster, candidate, engine: "line-neighbourhood", origin: .lns)
            } else {
                // No gain: the next neighbourhood frees more agents, up to the whole unit, then starts small again.
                size = size * 1.2 + 1
                if size > Double(problem.staffCount) { size = Double(max(2, problem.staffCount / 4)) }
            }
            log("line neighbourhood \(steps) freeing \(count): master \(found.objective), evaluator \(candidate), best \(exchange.incumbent!.score)")
        }
        phases.append("line-neighbourhoods(\(steps) steps, \(improvements) improvements)")
    }

    func provenance(engine: String, objective: Double, bound: Double?) -> Provenance {
        var parameters = ["phases": phases.joined(separator: " → "), "bestFrom": engine]
        if let budget { parameters["timeLimitSeconds"] = "\(budget)" }
        if let limit = options.iterationLimit { parameters["iterationLimit"] = "\(limit)" }
        if let limit = options.nodeLimit { parameters["nodeLimit"] = "\(limit)" }
        return Provenance(engine: LNSRosterSolver.engineName, engineVersion: SchedulingVersion.current, seed: options.seed,
                          parameters: parameters, objective: objective, bound: bound)
    }

    /// The large-neighbourhood search, until the budget (or the step count) runs out.
    ///
    /// A step needs no completion of the whole model: the columns it fixes outside the freed
    /// part share no row with a free column (`NeighbourhoodFixing` frees them transitively), so
    /// only the roster's assignment values matter there. The step's own start is completed on
    /// the small sub-model, and a step's roster is kept when the evaluator scores it better.
    mutating func neighbourhoodSearch(strict: MIPEncoding) throws(GLPKError) {
        var lnsGrid = exchange.incumbent!.grid
        var lnsScore = exchange.incumbent!.score
        // A legal incumbent is searched in the model with hard rows; otherwise hard rules
        // cost a large penalty so that every step has a start.
        var encoding = lnsScore.hard == 0 ? strict : MIPEncoding.build(problem, relaxHardRulesAt: LNSRosterSolver.relaxedHardPenalty)
        if lnsScore.hard > 0 {
            phases.append("relaxed-start")
            log("relaxed model built: \(encoding.model.constraints.count) rows")
        }
        var fixing = NeighbourhoodFixing(encoding: encoding)
        let hardSlackColumns = Set(encoding.hardSlacks.map(\.index))
        var rng = SeededGenerator(seed: options.seed)
        var sizes: [Neighbourhood.Kind: Double] = [
            .staff: Double(max(2, problem.staffCount / 8)),
            .days: Double(max(3, min(7, problem.dayCount / 4))),
            .block: Double(max(3, problem.staffCount / 4)),
        ]
        var steps = 0, improvements = 0, adopted = 0
        let maxSteps = budget == nil ? LNSRosterSolver.repeatableSteps : Int.max
        while steps < maxSteps, remaining() > 0.3, options.stop?.isStopped != true, !provenOptimal() {
            steps += 1
            // A better roster from the local search replaces the incumbent.
            if let (grid, better) = exchange.better(than: lnsScore) {
                lnsGrid = grid
                lnsScore = better
                adopted += 1
                if encoding.hardRowPenalty != nil, better.hard == 0 {
                    encoding = strict
                    fixing = NeighbourhoodFixing(encoding: strict)
                }
            }
            // Half of the steps aim at what is wrong: a violation's agent or dates. A hard
            // violation of one agent's rules frees her month (alone or with one colleague), which
            // an exact step can rebuild.
            var kind = Neighbourhood.Kind.allCases[Int.random(in: 0..<3, using: &rng)]
            var focus: Violation?
            // While the roster is illegal, every step aims at a hard violation.
            if lnsScore.hard > 0 || Bool.random(using: &rng) {
                // The hard violations first (uncovered minimum posts included), read without
                // writing every penalty's sentence; the penalties only when there are none.
                let hard = evaluator.hardViolations(lnsGrid).violations
                let pool = hard.isEmpty ? evaluator.evaluate(lnsGrid).violations.filter { $0.penalty > 0 } : hard
                focus = pool.isEmpty ? nil : pool[Int.random(in: 0..<pool.count, using: &rng)]
                if let focus, focus.hard, focus.staff != nil { kind = .staff }
            }
            var hood = Neighbourhood.draw(kind, size: sizes[kind]!, problem: problem, around: focus, using: &rng)
            let hardFocus = focus?.hard == true && focus?.staff != nil && kind == .staff
            if hardFocus {
                // Her month alone, or with one colleague to trade with: small enough to solve exactly.
                hood.staff = Array(hood.staff.prefix(Int.random(in: 0..<10, using: &rng) < 7 ? 1 : 2))
            }
            var staffMask = [Bool](repeating: false, count: problem.staffCount)
            for s in hood.staff { staffMask[s] = true }
            let cells = encoding.assignmentCells(for: lnsGrid)
            var values = [Double](repeating: 0, count: encoding.model.variables.count)
            for cell in cells { values[cell.id.index] = cell.value }
            let freeColumns = cells.filter { hood.contains(staff: $0.staff, day: $0.day, staffMask: staffMask) }.map(\.id.index)
            let (model, columns) = encoding.model.restricted(fixing: fixing.fixedValues(freeAssignments: freeColumns, incumbent: values))
            let start = try fixing.completion(of: model, columns: columns, assignmentValues: values)
            var stepOptions: MIPOptions
            var stepLimit = 0.0
            if let budget {
                stepLimit = min(remaining() - 0.2, max(0.5, min(2, budget / 30)))
                guard stepLimit > 0.2 else { break }
                // Cutting planes stay on: without them the steps prove far less (measured on the
                // bundled scenarios). GLPK does not stop a simplex in progress; the CLI's watchdog
                // covers the rare stall (docs/solvers.md).
                stepOptions = MIPOptions(timeLimitSeconds: stepLimit, relativeGap: 0, initialSolution: start, stop: options.stop)
            } else {
                stepOptions = MIPOptions(relativeGap: 0, nodeLimit: 50, initialSolution: start, stop: options.stop)
            }
            // Aimed at one agent's broken hard rule in the relaxed model: first ask for her month
            // with those rules kept (their slack fixed at 0), a tighter problem GLPK often solves
            // at once; the relaxed step, from the current roster, is the fallback.
            var sub: [Double]?
            var outcome = MIPOutcome.noSolution(reason: "not run")
            if hardFocus, encoding.hardRowPenalty != nil {
                let slackFixed: [Double?] = columns.map { hardSlackColumns.contains($0) ? 0 : nil }
                let (kept, keptColumns) = model.restricted(fixing: slackFixed)
                var keptOptions = stepOptions
                keptOptions.initialSolution = nil
                keptOptions.timeLimitSeconds = stepOptions.timeLimitSeconds.map { $0 / 2 }
                outcome = try GLPKSolver.solve(kept, options: keptOptions)
                if let solution = outcome.solution {
                    var full = slackFixed.map { $0 ?? 0 }
                    for (i, column) in keptColumns.enumerated() { full[column] = solution.values[i] }
                    sub = full
                }
            }
            if sub == nil {
                if hardFocus, let limit = stepOptions.timeLimitSeconds { stepOptions.timeLimitSeconds = limit / 2 }
                outcome = try GLPKSolver.solve(model, options: stepOptions)
                sub = outcome.solution?.values
            }
            if let sub {
                var candidate = values
                for (i, original) in columns.enumerated() { candidate[original] = sub[i] }
                let grid = encoding.grid(from: candidate)
                let candidateScore = score(grid)
                if candidateScore < lnsScore {
                    lnsGrid = grid
                    lnsScore = candidateScore
                    exchange.offer(grid, candidateScore, engine: "lns-glpk", origin: .lns)
                    improvements += 1
                    if encoding.hardRowPenalty != nil, candidateScore.hard == 0 {
                        encoding = strict
                        fixing = NeighbourhoodFixing(encoding: strict)
                    }
                }
            }
            // Grow the kind of neighbourhood GLPK solves quickly, shrink the one it cannot finish.
            if case .optimal(let s) = outcome, budget == nil || s.elapsedSeconds < stepLimit * 0.3 {
                sizes[kind]! = sizes[kind]! * 1.25 + 1
            } else if case .optimal = outcome {
            } else {
                sizes[kind]! = max(2, sizes[kind]! * 0.75)
            }
            log("lns step \(steps) \(kind) size \(String(format: "%.1f", sizes[kind]!)) \(model.variables.count) columns \(outcome.solution == nil ? "none" : "ok") \({ if case .optimal = outcome { "optimal" } else { "" } }()) \(hardFocus ? "kept-hard" : "") start \(start == nil ? "no" : "yes") lns \(lnsScore) best \(exchange.incumbent!.score) (\(exchange.incumbent!.engine))")
        }
        phases.append("lns-glpk(\(steps) steps, \(improvements) improvements, \(adopted) adopted)")
    }
}

/// The local search running on its own thread until its deadline or stop token.
private final class LocalSearchThread: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let box = Mutex<LocalSearchOutcome?>(nil)

    init(problem: PlanningProblem, start: ShiftGrid, options: LocalSearchOptions) {
        let thread = Thread { [self] in
            let outcome = LocalSearch.improve(problem, from: start, options: options)
            box.withLock { $0 = outcome }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    @discardableResult
    func join() -> LocalSearchOutcome? {
        done.wait()
        done.signal()
        return box.withLock { $0 }
    }
}
