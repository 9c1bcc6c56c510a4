extension AgentLineBuilder {
    /// A first roster built one agent's line at a time, each against the lines already built
    /// (the others resting), the agents with the fewest possible days first. Every line keeps
    /// its agent's day-to-day rules; the period-wide ones too when the prices found such a line.
    /// Stops early at `deadline`, the remaining agents resting; nil when some agent has no line
    /// at all (locks against rests).
    func construct(deadline: ContinuousClock.Instant?) -> ShiftGrid? {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        let order = (0..<problem.staffCount).sorted { freeDays($0) < freeDays($1) || (freeDays($0) == freeDays($1) && $0 < $1) }
        // Agents under the same contract need about the same prices: each starts from the last one's.
        var prices = initialPrices()
        for s in order {
            if let deadline, ContinuousClock.now >= deadline { break }
            guard let line = build(staff: s, in: grid, prices: &prices, iterations: Self.constructionIterations) else { return nil }
            grid.setLine(of: s, to: line.shifts)
        }
        return grid
    }

    /// Price updates per agent while constructing.
    static let constructionIterations = 40

    private func freeDays(_ s: Int) -> Int { limits[s].choices.filter { $0.count > 1 }.count }
}
