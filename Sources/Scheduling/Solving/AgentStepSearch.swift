import Foundation

/// A search made of exact steps on a few agents' whole period (`AgentPeriodStep`), for units
/// whose whole model is too large to build (over `LNSRosterSolver.largestModelCells` cells).
///
/// While the roster breaks hard rules, each step takes an agent with a hard violation of her
/// own rules (hours below her contract, too many consecutive days…), in turn, and asks GLPK
/// for her period whose breaches cost least, the others' cells fixed. Once she is legal, steps free one to a few agents at a time and let
/// GLPK rebuild their lines against the coverage the others leave; the number of agents grows
/// when GLPK proves its steps quickly and shrinks when it cannot. Every step's roster is judged
/// by the evaluator and shared through the `IncumbentExchange`.
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
    }

    func run() throws(GLPKError) -> Outcome {
        let step = AgentPeriodStep(problem: problem, relaxedPenalty: LNSRosterSolver.relaxedHardPenalty)
        let clock = ContinuousClock()
        var rng = SeededGenerator(seed: seed &+ 7)
        var roster = exchange.incumbent!.grid
        var score = exchange.incumbent!.score
        var outcome = Outcome()
        var size = 1.0
        /// Round-robin over the agents who break their own hard rules, so that one whose breach
        /// GLPK cannot mend in a step does not take every step.
        var turn = 0
        func remaining() -> Double { deadline.map { (($0 - clock.now) / .seconds(1)) } ?? .infinity }
        while outcome.steps < (stepCount ?? .max), remaining() > 0.5, stop?.isStopped != true {
            outcome.steps += 1
            if let (grid, better) = exchange.better(than: score) {
                roster = grid
                score = better
                outcome.adopted += 1
            }
            let brokenAgents = score.hard > 0 ? agentsBreakingHardRules(roster) : []
            let focus = brokenAgents.isEmpty ? nil : brokenAgents[turn % brokenAgents.count]
            turn += 1
            let staff = focus.map { [$0] } ?? drawAgents(count: Int(size), using: &rng)
            let limit = deadline == nil ? nil : min(2, max(0.3, remaining() - 0.3))
            // While illegal, the agents' hard rules may bend (at a high price) so that the roster
            // itself is a start and the step never makes things worse.
            let result = try step.run(roster, freeing: staff, keepHardRules: score.hard == 0, timeLimitSeconds: limit,
                                      nodeLimit: deadline == nil ? 50 : nil, stop: stop)
            if focus == nil {
                if let result, result.proven, let limit, result.seconds < limit * 0.3 {
                    size = min(Double(problem.staffCount), size * 1.25 + 0.5)
                } else if result?.proven != true {
                    size = max(1, size * 0.75)
                }
            }
            guard let result else { continue }
            let candidate = SearchScore(evaluator.evaluate(result.roster))
            if candidate < score {
                roster = result.roster
                score = candidate
                outcome.improvements += 1
                exchange.offer(roster, score, engine: "agent-step-glpk", origin: .lns)
            }
            log("agent step \(outcome.steps) staff \(staff) \(focus == nil ? "" : "hard ")columns \(result.columns) \(result.proven ? "optimal" : "") \(String(format: "%.2f", result.seconds))s → \(score)")
        }
        return outcome
    }

    /// Agents with a hard violation of their own rules, the largest breach first.
    func agentsBreakingHardRules(_ roster: ShiftGrid) -> [Int] {
        var amount: [Int: Double] = [:]
        for violation in evaluator.evaluate(roster).violations where violation.hard {
            guard let id = violation.staff, let s = problem.staffIndex[id] else { continue }
            amount[s, default: 0] += 1 + violation.amount
        }
        return amount.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
    }

    /// `count` distinct agents, drawn preferably among colleagues who share a skill with the first.
    func drawAgents(count: Int, using rng: inout SeededGenerator) -> [Int] {
        let first = Int.random(in: 0..<problem.staffCount, using: &rng)
        var chosen = [first]
        let colleagues = (0..<problem.staffCount).filter { $0 != first && !problem.skills[$0].isDisjoint(with: problem.skills[first]) }
        let others = (0..<problem.staffCount).filter { $0 != first && problem.skills[$0].isDisjoint(with: problem.skills[first]) }
        var pool = colleagues.shuffled(using: &rng) + others.shuffled(using: &rng)
        while chosen.count < count, !pool.isEmpty { chosen.append(pool.removeFirst()) }
        return chosen
    }
}
