/// A lower bound on the score of every legal roster from head counts alone: the weekend posts
/// that stay open (`WeekendCoverBound`) and the excess staff that the contracts' minimum hours
/// force onto the shifts.
///
/// Every shift an agent works counts towards exactly one (day, shift) target when each
/// (day, shift) has one target counting every agent. Then the staff worked over the targets,
/// minus the staff missing, equals the shifts worked minus the demand: over − under = W − D.
/// Where the contract minimum is hard, W is at least the fewest shifts that reach each agent's
/// minimum (her longest shifts first, each type up to its own maximum). So the excess is at
/// least W_min − D + under, and under is at least the weekend posts that stay open: every legal
/// roster costs at least under-weight × open + over-weight × max(0, W_min − D + open).
///
/// On Curtois 20 the agents must work at least 5 155 shifts against a demand of 4 468; with 33
/// weekend posts open, at least 720 staff in excess (bound 3 300 + 720 = 4 020).
enum CoverCountBound {
    /// The bound, or nil when neither part says anything.
    static func bound(_ problem: PlanningProblem) -> Double? {
        let open = WeekendCoverBound.openPosts(problem)
        let openPosts = open?.posts ?? 0
        var total = open.map { Double($0.posts) * $0.weight } ?? 0
        if let excess = leastExcess(problem) {
            total += excess.weight * Double(max(0, excess.shifts - excess.demand + openPosts))
        }
        return total > 0 ? total : nil
    }

    /// The fewest shifts the agents must work (`shifts`), the demand they count towards
    /// (`demand`) and the smallest weight of one agent over target (`weight`); nil unless the
    /// contract minimum is hard and every (day, shift) has one target counting every agent,
    /// priced above target.
    static func leastExcess(_ problem: PlanningProblem) -> (shifts: Int, demand: Int, weight: Double)? {
        guard let contract = RuleCatalogue.rules(for: problem).lazy.compactMap({ $0 as? ContractHoursRule }).first,
              contract.severity.isHard else { return nil }
        var targets = [Int?](repeating: nil, count: problem.dayCount * problem.shiftCount)
        var weight = Double.infinity
        for cell in problem.demand {
            let key = cell.day * problem.shiftCount + cell.shift
            guard cell.skill == nil, let target = cell.target, targets[key] == nil else { return nil }
            targets[key] = target
            weight = min(weight, cell.overWeight)
        }
        guard !targets.contains(nil), weight > 0 else { return nil }
        var shifts = 0
        for s in 0..<problem.staffCount {
            let (lower, _) = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed, overtimeCap: contract.overtimeCapMinutes)
            guard let fewest = fewestShifts(reaching: lower ?? 0, lengths: problem.paidMinutes, limits: problem.maxShifts[s], days: problem.dayCount)
            else { return nil }
            shifts += fewest
        }
        return (shifts, targets.reduce(0) { $0 + ($1 ?? 0) }, weight)
    }

    /// The fewest shifts, one a day over `days` days, whose paid minutes reach `minutes`, when
    /// type t lasts `lengths[t]` and may be worked at most `limits[t]` times (nil: no limit).
    /// Nil when even every day worked cannot reach it.
    static func fewestShifts(reaching minutes: Int, lengths: [Int], limits: [Int?], days: Int) -> Int? {
        var missing = minutes, count = 0
        for t in lengths.indices.sorted(by: { lengths[$0] > lengths[$1] }) where lengths[t] > 0 {
            var left = min(limits[t] ?? days, days - count)
            while missing > 0, left > 0 {
                missing -= lengths[t]
                count += 1
                left -= 1
            }
        }
        return missing > 0 ? nil : count
    }
}
