/// The posts under target that the contracts' maximum hours force onto every legal roster:
/// the targets ask for more minutes than all the agents together may be paid.
///
/// Where each (day, shift) has at most one priced target, a worked shift fills at most one post
/// of a target, so the minutes of the posts filled are at most the minutes worked, and these at
/// most the sum of the agents' hard maximums. The posts left open then hold at least the
/// demand's minutes less that sum; the fewest posts that do are the longest ones. Curtois 13:
/// its targets ask for 941 160 minutes and its 120 agents may work 939 000, so at least three
/// 12-hour posts stay open. Days off, rests and every other rule are left out, which only
/// lowers the count.
enum ForcedShortfall {
    /// The fewest posts under target in a legal roster and the smallest weight of one of them,
    /// under the unit's `rules` (the catalogue's); nil when the contract maximum is not hard, an
    /// agent has none, a (day, shift) has two priced targets, or the count finds none.
    static func openPosts(_ problem: PlanningProblem, rules: [any RosterRule]) -> (posts: Int, weight: Double)? {
        guard let contract = rules.lazy.compactMap({ $0 as? ContractHoursRule }).first, contract.severity.isHard else { return nil }
        var capacity = 0
        for s in 0..<problem.staffCount {
            guard let upper = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed,
                                                       overtimeCap: contract.overtimeCapMinutes).1 else { return nil }
            capacity += max(0, upper)
        }
        guard let cells = pricedTargetCells(problem) else { return nil }
        var posts: [Int] = []
        var weight = Double.infinity
        for cell in cells {
            posts += repeatElement(problem.paidMinutes[cell.shift], count: cell.target ?? 0)
            weight = min(weight, cell.underWeight)
        }
        let open = fewestPosts(holding: posts.reduce(0, +) - capacity, lengths: posts)
        return open > 0 ? (open, weight) : nil
    }

    /// The fewest of the posts lasting `lengths` whose minutes reach `minutes`: the longest
    /// first. All of them when even all fall short.
    static func fewestPosts(holding minutes: Int, lengths: [Int]) -> Int {
        var missing = minutes, count = 0
        for length in lengths.sorted(by: >) where missing > 0 {
            missing -= length
            count += 1
        }
        return count
    }
}
