extension LineGeneration {
    /// A dive not ended yet, made a whole roster: each free agent takes the line `last` (the
    /// dive's relaxation) takes most, then the free agents in turn take their best line against
    /// all the others (`bestResponses`), then, with at most `largestPairFinish` free, pairs of
    /// them do (`pairResponses`), then chains aimed at the posts still open (`postChains`), until
    /// `deadline`.
    ///
    /// (Curtois 12 at 60 s: the dive holds 42–46 of 60 agents by 27 s with the LP still at the
    /// optimum, 4 040. Their heaviest lines alone gave 7 300–8 200, and GLPK, asked to choose
    /// the free agents' lines among the pooled ones from there, 6 900–8 200 in 5 s; the best
    /// responses bring it to about 4 550 in under 0.1 s. They stop about 100 (one post left
    /// open) per agent free beyond 5 or so above the optimum; the pairs close some of those
    /// posts: 4 859 → 4 449 with 20 free, 4 140 → 4 040 with 9, in 0.1–1.8 s. The chains then
    /// closed more in 6 of 28 finishes over two runs, by 100–200: 4 542 → 4 341 with 16 free,
    /// 4 144 → 4 043 with 8; pairs and chains together took 0.1–1.8 s a finish.)
    func finish(_ held: [Int?], from last: LPDualSolution, state: State, until deadline: ContinuousClock.Instant? = nil) -> (roster: ShiftGrid, score: SearchScore) {
        let lp = state.lp!
        let rounded = held.indices.map { s in held[s] ?? lp.heaviestLine(of: s, last.values)?.line ?? 0 }
        var roster = grid(rounded, state.pool)
        let free = held.indices.filter { held[$0] == nil }
        bestResponses(&roster, agents: free, state: state)
        guard free.count <= Self.largestPairFinish else { return (roster, evaluator.score(roster)) }
        let single = evaluator.score(roster)
        let clock = ContinuousClock(), began = clock.now
        pairResponses(&roster, agents: free, state: state, until: deadline)
        let paired = evaluator.score(roster)
        postChains(&roster, agents: free, state: state, until: deadline)
        let score = evaluator.score(roster)
        log("dive finished for \(free.count) free agents: best responses \(single.objective), pairs \(paired.objective), chains \(score.objective) (\(clock.now - began))")
        return (roster, score)
    }

    /// Passes over `agents`, each taking the cheapest legal line found against the others as
    /// they stand in `roster` (`cheapestLine`) when it is cheaper than hers, until a pass changes
    /// nothing or `maxBestResponsePasses`. Each change lowers the score: an agent's line cost
    /// against the others is her part of it.
    func bestResponses(_ roster: inout ShiftGrid, agents: [Int], state: State) {
        var changed = true
        var passes = 0
        while changed && passes < Self.maxBestResponsePasses {
            changed = false
            passes += 1
            for s in agents {
                guard let best = cheapestLine(for: s, in: roster, state: state), best.cost < best.current - Self.reducedCostTolerance else { continue }
                roster.setLine(of: s, to: best.shifts)
                changed = true
            }
        }
    }

    /// Best responses of pairs: for each ordered pair (a, b) of `agents`, a's line is taken out,
    /// b takes her cheapest line against that gap, then a hers against b's new line (heuristic
    /// builder only, for speed); the change is kept when the evaluator's score falls. This
    /// reaches what one agent alone cannot: a post left open that b can take only if a takes
    /// over one of b's. A pass that kept a change ends with the best responses of all `agents`;
    /// passes go on until one keeps nothing, `maxPairPasses`, or `deadline`.
    func pairResponses(_ roster: inout ShiftGrid, agents: [Int], state: State, until deadline: ContinuousClock.Instant? = nil) {
        var score = evaluator.score(roster)
        for _ in 0..<Self.maxPairPasses {
            var improved = false
            for a in agents {
                for b in agents where b != a {
                    if let deadline, ContinuousClock.now >= deadline { return }
                    guard let trial = roster.pairRebuilt(out: a, then: b, line: { cheapestLine(for: $0, in: $1, state: state, exact: false)?.shifts })
                    else { continue }
                    let candidate = evaluator.score(trial)
                    guard candidate < score else { continue }
                    (roster, score, improved) = (trial, candidate, true)
                }
            }
            guard improved else { break }
            bestResponses(&roster, agents: agents, state: state)
            score = evaluator.score(roster)
        }
    }

    /// Agent s's cheapest legal line found against the others as they stand in `roster` (the
    /// heuristic builder, and with `exact` the Lagrangian pricing where it is exact), its cost there, and
    /// the cost of her line in `roster`; nil when none was found. With `taking`, only lines that
    /// work that shift on that day count. Works on copies of her price memories, so that the
    /// generation's are left as they are.
    func cheapestLine(for s: Int, in roster: ShiftGrid, state: State, exact: Bool = true,
                      taking post: (day: Int, shift: Int)? = nil) -> (shifts: [Int], cost: Double, current: Double)? {
        var costs = builder.dayCosts(staff: s, in: roster)
        let current = AgentLineBuilder.cost(of: roster.line(of: s), costs)
        if let post {
            guard costs[post.day][post.shift + 1].isFinite else { return nil }
            for v in -1..<problem.shiftCount where v != post.shift { costs[post.day][v + 1] = .infinity }
        }
        var found: [AgentLineBuilder.Line] = []
        var prices = state.prices[s]
        _ = builder.build(staff: s, costs: costs, prices: &prices, iterations: Self.pricingIterations) { found.append($0) }
        var boundPrices = state.boundPrices[s]
        if exact && exactPricing, let priced = builder.lagrangianPricing(staff: s, costs: costs, prices: &boundPrices, iterations: Self.boundIterations) {
            found += priced.lines.filter { $0.excess == 0 }
        }
        let costed = found.map { (shifts: $0.shifts, cost: AgentLineBuilder.cost(of: $0.shifts, costs)) }
        guard let best = costed.min(by: { $0.cost < $1.cost }) else { return nil }
        return (best.shifts, best.cost, current)
    }

    /// The most free agents whose pairs are tried when a dive is finished.
    static let largestPairFinish = 20
    /// The most passes of pair responses when a dive is finished early.
    static let maxPairPasses = 3
    /// The most passes of best responses when a dive is finished early.
    static let maxBestResponsePasses = 30
}
