/// A lower bound on the score of every legal roster from worked weekends alone, for units where
/// the maximum of worked weekends is a hard rule.
///
/// An agent covers at most one post a day, and on a weekend's days only if that weekend counts
/// as worked for her. If n_w agents work weekend w, its Saturday and its Sunday each have at
/// most n_w posts filled; and Σ_w n_w is at most the sum of the agents' weekend limits (the
/// weekend « tokens »). Filling weekend w's posts from its first tokens gains two posts a
/// token while both days still need someone, then one while one day does; the most that all
/// tokens can fill is found by taking the largest gains first. Every weekend post beyond that
/// stays open in every legal roster and costs at least the smallest under-target weight.
///
/// Holds when each (day, shift) has at most one priced target (one agent lowers at most one
/// shortfall a day); days off, absences and every other rule are left out, which only lowers
/// the bound. On most Curtois–Qu units the weekends' demand exceeds what the tokens can fill:
/// at least 228 weekend posts stay open on Curtois 22, 105 on 21, 33 on 20, 26 on 19, 10 on 3
/// (whose optimum is 1 001); none on 9, 15 and 23.
enum WeekendCoverBound {
    /// The weekend posts open in every legal roster and the smallest under-target weight of a
    /// weekend post; nil when the unit's rules (`rules`, the catalogue's) do not allow the count
    /// or it finds none.
    static func openPosts(_ problem: PlanningProblem, rules: [any RosterRule]) -> (posts: Int, weight: Double)? {
        guard let weekendRule = rules.lazy.compactMap({ $0 as? MaxWorkedWeekendsRule }).first,
              weekendRule.severity.isHard else { return nil }
        // The priced targets of each day.
        guard let cells = pricedTargetCells(problem) else { return nil }
        var demand = [Int](repeating: 0, count: problem.dayCount)
        var weight = Double.infinity
        for cell in cells {
            demand[cell.day] += cell.target ?? 0
            if problem.weekendPartner(ofDay: cell.day) != nil { weight = min(weight, cell.underWeight) }
        }
        guard weight.isFinite else { return nil }
        let weekends = problem.weekends
        let tokens = (0..<problem.staffCount).reduce(0) { $0 + min(weekendRule.limit(problem, $1) ?? weekends.count, weekends.count) }
        let open = leastOpenPosts(weekendDemands: weekends.map { $0.daysInPeriod(problem.dayCount).map { demand[$0] } },
                                  staff: problem.staffCount, tokens: tokens)
        return open > 0 ? (open, weight) : nil
    }

    /// The fewest posts left open over weekends whose days need `weekendDemands[w]` posts, when
    /// `tokens` agent-weekends in all, at most `staff` on one weekend, fill at most one post per
    /// day each.
    static func leastOpenPosts(weekendDemands: [[Int]], staff: Int, tokens: Int) -> Int {
        // How many tokens may fill both days of their weekend, and how many one day only.
        var bothDays = 0, oneDay = 0
        for days in weekendDemands {
            let capped = days.map { min($0, staff) }
            let both = days.count == 2 ? capped.min()! : 0
            bothDays += both
            oneDay += (capped.max() ?? 0) - both
        }
        let double = min(tokens, bothDays), single = min(tokens - double, oneDay)
        let total = weekendDemands.reduce(0) { $0 + $1.reduce(0, +) }
        return total - 2 * double - single
    }
}
