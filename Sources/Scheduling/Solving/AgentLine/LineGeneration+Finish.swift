extension LineGeneration {
    /// A dive not ended yet, made a whole roster: each free agent takes the line `last` (the
    /// dive's relaxation) takes most, then the free agents in turn take their best line against
    /// all the others (`bestResponses`).
    ///
    /// (Curtois 12 at 60 s: the dive holds 42–46 of 60 agents by 27 s with the LP still at the
    /// optimum, 4 040. Their heaviest lines alone gave 7 300–8 200, and GLPK, asked to choose
    /// the free agents' lines among the pooled ones from there, 6 900–8 200 in 5 s; the best
    /// responses bring it to about 4 550 in under 0.1 s, and to 4 040 with 8 agents free.)
    func finish(_ held: [Int?], from last: LPDualSolution, state: State) -> (roster: ShiftGrid, score: SearchScore) {
        let lp = state.lp!
        let rounded = held.indices.map { s in held[s] ?? lp.heaviestLine(of: s, last.values)?.line ?? 0 }
        var roster = grid(rounded, state.pool)
        bestResponses(&roster, agents: held.indices.filter { held[$0] == nil }, state: state)
        return (roster, evaluator.score(roster))
    }

    /// Passes over `agents`, each taking the cheapest legal line found against the others as
    /// they stand in `roster` (the heuristic, and the Lagrangian pricing where it is exact) when
    /// it is cheaper than hers, until a pass changes nothing or `maxBestResponsePasses`. Each
    /// change lowers the score: an agent's line cost against the others is her part of it.
    func bestResponses(_ roster: inout ShiftGrid, agents: [Int], state: State) {
        var changed = true
        var passes = 0
        while changed && passes < Self.maxBestResponsePasses {
            changed = false
            passes += 1
            for s in agents {
                let costs = builder.dayCosts(staff: s, in: roster)
                let current = AgentLineBuilder.cost(of: (0..<problem.dayCount).map { roster[s, $0] }, costs)
                var found: [AgentLineBuilder.Line] = []
                var prices = state.prices[s]
                _ = builder.build(staff: s, costs: costs, prices: &prices, iterations: Self.pricingIterations) { found.append($0) }
                var boundPrices = state.boundPrices[s]
                if exactPricing, let priced = builder.lagrangianPricing(staff: s, costs: costs, prices: &boundPrices, iterations: Self.boundIterations) {
                    found += priced.lines.filter { $0.excess == 0 }
                }
                let costed = found.map { (shifts: $0.shifts, cost: AgentLineBuilder.cost(of: $0.shifts, costs)) }
                guard let best = costed.min(by: { $0.cost < $1.cost }), best.cost < current - Self.reducedCostTolerance else { continue }
                for d in 0..<problem.dayCount { roster[s, d] = best.shifts[d] }
                changed = true
            }
        }
    }

    /// The most passes of best responses when a dive is finished early.
    static let maxBestResponsePasses = 30
}
