import Foundation

/// A search made of exact steps on a few agents over a window of days (`AgentPeriodStep`), for
/// units where steps cut out of the whole model cost too much (over
/// `LNSRosterSolver.largestNeighbourhoodModelCells` cells; over `largestModelCells` the whole
/// model is not even built).
///
/// While the roster breaks hard rules, each step takes, in turn, an agent who breaks her own
/// hard rules (hours below her contract, too many consecutive days…) and asks GLPK for her cells
/// around the breach whose breaches cost least, everything else fixed. Once the roster is legal,
/// where the unit's rules allow whole lines, the agents' lines are rebuilt one after another
/// until none can do better alone (`lineTurn`); then most steps free a few agents over a few
/// weeks (or two blocks of days, one around a post left open: `blocks`) and let GLPK rebuild
/// their cells against the coverage the others leave, hard rules kept. The number of agents and
/// of days grows when GLPK proves its steps quickly and shrinks when it cannot. Every step's
/// roster is judged by the evaluator and shared through the `IncumbentExchange`.
struct AgentStepSearch {
    let problem: PlanningProblem
    let evaluator: Evaluator
    let exchange: IncumbentExchange
    let seed: UInt64
    let deadline: ContinuousClock.Instant?
    let stepCount: Int?
    let stop: StopToken?
    let log: (String) -> Void

    struct Outcome {
        var steps = 0
        var improvements = 0
        var adopted = 0
        /// Improvements made by rebuilding one agent's whole line (`AgentLineBuilder`).
        var lineImprovements = 0
    }

    func run() throws(GLPKError) -> Outcome {
        let step = AgentPeriodStep(problem: problem, relaxedPenalty: LNSRosterSolver.relaxedHardPenalty)
        let clock = ContinuousClock()
        var rng = SeededGenerator(seed: seed &+ 7)
        var roster = exchange.incumbent!.grid
        var score = exchange.incumbent!.score
        var outcome = Outcome()
        // Neighbourhood: `size` agents over `window` consecutive days, both grown when GLPK proves
        // its steps quickly and shrunk when it cannot.
        var size = 1.0
        var window = Double(min(problem.dayCount, 28))
        /// Round-robin over the agents who break their own hard rules, so that one whose breach
        /// GLPK cannot mend in a step does not take every step.
        var turn = 0
        let lines = AgentLineBuilder(problem: problem)
        var prices = lines.map { builder in (0..<problem.staffCount).map { _ in builder.initialPrices() } } ?? []
        // Best responses first (`lineTurn`): the agents in a random order, drawn again for each
        // round, and how many line steps in a row have found nothing.
        var order: [Int] = []
        var idleLines = 0
        func remaining() -> Double { deadline.map { (($0 - clock.now) / .seconds(1)) } ?? .infinity }
        /// Takes a whole-line step's roster (`what` names its lines in the trace) and shares it.
        func takeLines(_ better: ShiftGrid, _ candidate: SearchScore, _ what: String) {
            roster = better
            score = candidate
            outcome.improvements += 1
            outcome.lineImprovements += 1
            exchange.offer(roster, score, engine: "agent-line", origin: .lns)
            log("agent step \(outcome.steps) \(what) → \(score)")
        }
        while outcome.steps < (stepCount ?? .max), remaining() > 0.5, stop?.isStopped != true {
            outcome.steps += 1
            if let (grid, better) = exchange.better(than: score) {
                roster = grid
                score = better
                outcome.adopted += 1
            }
            let broken = score.hard > 0 ? breaches(roster) : []
            let focus = broken.isEmpty ? nil : broken[turn % broken.count]
            turn += 1
            // Whole-line steps where the unit's rules allow them: every breaching agent's turn
            // starts with one, and the legal phase's steps are mostly theirs (`lineTurn`).
            if let lines, focus != nil || lineTurn(step: outcome.steps, idle: idleLines) {
                if focus == nil, order.isEmpty { order = (0..<problem.staffCount).shuffled(using: &rng) }
                let s = focus?.staff ?? order.removeLast()
                if let (better, candidate) = lineStep(lines, staff: s, roster: roster, score: score, prices: &prices[s]) {
                    takeLines(better, candidate, "line of staff \(s)")
                    idleLines = 0
                    continue
                }
                // Alone she cannot do better: a colleague's line taken out first, hers and then
                // the colleague's rebuilt (`pairStep`); one time in two a colleague who works
                // the other half of one of her half-worked weekends (`weekendPartners`).
                if focus == nil, score.hard == 0 {
                    let partners = Bool.random(using: &rng) ? weekendPartners(of: s, in: roster) : []
                    if let a = (partners.isEmpty ? colleagues(of: s) : partners).randomElement(using: &rng),
                       let (better, candidate) = pairStep(lines, out: a, then: s, roster: roster, score: score, prices: &prices) {
                        takeLines(better, candidate, "lines of staff \(s) and \(a)\(partners.contains(a) ? " (weekend partner)" : "")")
                        idleLines = 0
                        continue
                    }
                }
                if focus == nil {
                    idleLines += 1
                    continue
                }
            }
            // A legal roster: one step in two is aimed at a post left open (`blocks`), its agents
            // drawn among those who hold the post's skill.
            let target = focus == nil && score.hard == 0 && Bool.random(using: &rng)
                ? lines?.coverage.flatMap { $0.openPosts(in: roster, of: problem).randomElement(using: &rng) }.map { problem.demand[$0] } : nil
            let staff = focus.map { [$0.staff] } ?? drawAgents(count: Int(size), holding: target?.skill, using: &rng)
            // A step stays small whatever the adaptation says: GLPK's root (cuts included) is not
            // interrupted by its time limit, and a model grown over a long run could hold it for
            // minutes.
            let width = min(problem.dayCount, max(7, Int(window)), max(7, Self.largestStepCells / max(1, staff.count * problem.shiftCount)))
            // Around the breach's first date when it has one, anywhere otherwise.
            let centre = focus?.day ?? Int.random(in: 0..<problem.dayCount, using: &rng)
            let first = max(0, min(problem.dayCount - width, centre - Int.random(in: 0..<width, using: &rng)))
            let days = target.map { blocks(around: $0.day, width: width, using: &rng) } ?? Array(first..<(first + width))
            // Short steps: a step GLPK proves takes tens of milliseconds here, one it cannot
            // would take its whole limit (Curtois 21: 0.01–0.13 s against 2 s).
            let limit = deadline == nil ? nil : min(0.5, max(0.2, remaining() - 0.3))
            // While illegal, the agents' hard rules may bend (at a high price) so that the roster
            // itself is a start and the step never makes things worse.
            let result = try step.run(roster, freeing: staff, days: days, keepHardRules: score.hard == 0, timeLimitSeconds: limit,
                                      nodeLimit: deadline == nil ? 50 : nil, stop: stop)
            if let result, result.proven, limit.map({ result.seconds < $0 * 0.3 }) ?? true {
                if focus != nil || Bool.random(using: &rng) {
                    window = min(Double(problem.dayCount), window * 1.25 + 1)
                } else {
                    size = min(Double(problem.staffCount), size * 1.25 + 0.5,
                               Double(max(1, Self.largestStepCells / (7 * problem.shiftCount))))
                }
            } else if result?.proven != true {
                window = max(7, window * 0.7)
                if focus == nil { size = max(1, size * 0.75) }
            }
            guard let result else { continue }
            let candidate = evaluator.score(result.roster)
            if candidate < score {
                roster = result.roster
                score = candidate
                outcome.improvements += 1
                exchange.offer(roster, score, engine: "agent-step-glpk", origin: .lns)
            }
            log("agent step \(outcome.steps) staff \(staff) \(days.count) days from \(days[0])\(target.map { ", open post of day \($0.day)" } ?? "") \(focus == nil ? "" : "hard ")columns \(result.columns) \(result.proven ? "optimal" : "") \(String(format: "%.2f", result.seconds))s → \(score)")
        }
        return outcome
    }

    /// Whether a step of the legal phase rebuilds whole lines: every step while they keep finding
    /// better rosters, until `idle` line steps in a row have found nothing for a whole round of
    /// the agents (each line is then her best response to the others, as far as the builder
    /// sees); from there one step in `settledLineEvery`, to notice when the other steps and the
    /// local search have moved the roster enough for them to find more. On Curtois 22 at 60 s,
    /// with one step in two, 24 of the last 28 line steps still found a better roster while the
    /// GLPK steps took 48 of the 60 seconds for a quarter of the gain.
    func lineTurn(step: Int, idle: Int) -> Bool {
        idle < problem.staffCount || step % Self.settledLineEvery == 0
    }

    /// One step in this many rebuilds a line once line steps have stopped finding better rosters.
    static let settledLineEvery = 3

    /// The roster with agent s's line rebuilt by the line builder, when the evaluator scores it better.
    func lineStep(_ lines: AgentLineBuilder, staff s: Int, roster: ShiftGrid, score: SearchScore,
                  prices: inout AgentLineBuilder.Prices) -> (ShiftGrid, SearchScore)? {
        guard let line = lines.build(staff: s, in: roster, prices: &prices, iterations: Self.lineIterations, repairingDays: true) else { return nil }
        var candidate = roster
        candidate.setLine(of: s, to: line.shifts)
        return kept(candidate, over: roster, score: score)
    }

    /// The roster with agent a's line taken out, agent s's rebuilt against that gap, then a's
    /// against s's new line, when the evaluator scores it better: what neither can do alone (a
    /// post left open that s can take only if a takes over one of s's).
    func pairStep(_ lines: AgentLineBuilder, out a: Int, then s: Int, roster: ShiftGrid, score: SearchScore,
                  prices: inout [AgentLineBuilder.Prices]) -> (ShiftGrid, SearchScore)? {
        guard let candidate = roster.pairRebuilt(out: a, then: s, line: { staff, grid in
            lines.build(staff: staff, in: grid, prices: &prices[staff], iterations: Self.lineIterations, repairingDays: true)?.shifts
        }) else { return nil }
        return kept(candidate, over: roster, score: score)
    }

    /// `candidate` with its score when it differs from `roster` and the evaluator scores it
    /// below `score`; nil otherwise.
    private func kept(_ candidate: ShiftGrid, over roster: ShiftGrid, score: SearchScore) -> (ShiftGrid, SearchScore)? {
        guard candidate != roster else { return nil }
        let candidateScore = evaluator.score(candidate)
        return candidateScore < score ? (candidate, candidateScore) : nil
    }

    /// The most (agent, day, shift) cells one step frees.
    static let largestStepCells = 3_000

    /// Price updates per whole-line step.
    static let lineIterations = 40

    /// An agent's breach of her own hard rules, and its first day when it has dates.
    struct Breach {
        var staff: Int
        var day: Int?
    }

    /// Two blocks of half `width` days each: one around `day`, one elsewhere in the period (apart
    /// from the first when the period allows). A block alone keeps each agent's hours and
    /// weekends within it; with two, the agents may move work from one to the other, for
    /// example from a day where they are more than needed to a post left open. The first block
    /// only when the period has no room for a second.
    func blocks(around day: Int, width: Int, using rng: inout SeededGenerator) -> [Int] {
        let half = min(problem.dayCount, max(3, width / 2))
        let first = max(0, min(problem.dayCount - half, day - Int.random(in: 0..<half, using: &rng)))
        let around = Array(first..<(first + half))
        let elsewhere = (0...(problem.dayCount - half)).filter { $0 + half <= first || $0 >= first + half }
        guard let second = elsewhere.randomElement(using: &rng) else { return around }
        return around + Array(second..<(second + half))
    }

    /// The agents who break their own hard rules, the largest breach first.
    func breaches(_ roster: ShiftGrid) -> [Breach] {
        var amount: [Int: Double] = [:]
        var day: [Int: Int] = [:]
        for violation in evaluator.hardViolations(roster).violations {
            guard let id = violation.staff, let s = problem.staffIndex[id] else { continue }
            amount[s, default: 0] += 1 + violation.amount
            if day[s] == nil, let date = violation.dates.first {
                day[s] = min(problem.dayCount - 1, max(0, problem.scenario.period.index(of: date)))
            }
        }
        return amount.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { Breach(staff: $0.key, day: day[$0.key]) }
    }

    /// The other agents who share a skill with agent s.
    func colleagues(of s: Int) -> [Int] {
        (0..<problem.staffCount).filter { $0 != s && !problem.skills[$0].isDisjoint(with: problem.skills[s]) }
    }

    /// `count` distinct agents, drawn preferably among colleagues who share a skill with the
    /// first, herself drawn among those who hold `skill` when given.
    func drawAgents(count: Int, holding skill: Skill? = nil, using rng: inout SeededGenerator) -> [Int] {
        let first = (0..<problem.staffCount).filter { skill == nil || problem.staff($0, has: skill) }.randomElement(using: &rng)
            ?? Int.random(in: 0..<problem.staffCount, using: &rng)
        var chosen = [first]
        let others = (0..<problem.staffCount).filter { $0 != first && problem.skills[$0].isDisjoint(with: problem.skills[first]) }
        var pool = colleagues(of: first).shuffled(using: &rng) + others.shuffled(using: &rng)
        while chosen.count < count, !pool.isEmpty { chosen.append(pool.removeFirst()) }
        return chosen
    }
}
