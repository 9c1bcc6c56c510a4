/// The minutes that the posts a group of agents alone can take force onto that group, and the
/// least hours-target deviation with which the group can work them: the part of
/// `HoursTargetBound` that sees the demand.
///
/// Where every holder of a cell's skill belongs to the group, the group staffs that cell by
/// itself; on one (day, shift) its agents then number at least the largest such minimum, each
/// working that shift's paid minutes (one shift a day, so shifts never share an agent-day). On
/// the medicine unit (scenario S1) this raises the hours bound from the agents' own distances
/// (1 396) to 1 460.
enum StaffedHours {
    /// An agent as the count sees her: her target (nil: none, any total costs nothing) and the
    /// totals of paid minutes she can work within her contract's hard bounds.
    struct Agent {
        var target: Int?
        var totals: [Int]

        /// The distance from her target to `total`.
        func deviation(_ total: Int) -> Int { target.map { abs(total - $0) } ?? 0 }

        /// The least deviation she can reach alone.
        var leastDeviation: Int? { totals.map(deviation).min() }
    }

    /// What a group of agents staffs by itself: the posts whose skill only its agents hold.
    struct GroupDemand: Equatable {
        /// Paid minutes its agents must work in every legal roster, from those posts' minimums.
        var required: Int
        /// Paid minutes those posts' soft targets add beyond the minimums when all are staffed.
        var targets: Int
        /// The least under-target weight per minute of those posts (0 without targets): an open
        /// post takes its shift's minutes off what the group works and costs its weight.
        var pricePerMinute: Double
    }

    /// The posts `group` staffs by itself, in minutes.
    static func demand(_ problem: PlanningProblem, group: [Bool]) -> GroupDemand {
        var minimum = [Int](repeating: 0, count: problem.dayCount * problem.shiftCount)
        var full = minimum
        var price = Double.infinity
        for cell in problem.demand {
            let holdersInGroup = (0..<problem.staffCount).allSatisfy { !problem.staff($0, has: cell.skill) || group[$0] }
            guard holdersInGroup else { continue }
            let key = cell.day * problem.shiftCount + cell.shift
            minimum[key] = max(minimum[key], cell.minimum)
            full[key] = max(full[key], cell.minimum)
            if let target = cell.target, target > 0 {
                full[key] = max(full[key], target)
                let length = problem.paidMinutes[cell.shift]
                if length > 0 { price = min(price, cell.underWeight / Double(length)) }
            }
        }
        let minutes = { (heads: [Int]) in heads.indices.reduce(0) { $0 + heads[$1] * problem.paidMinutes[$1 % problem.shiftCount] } }
        let required = minutes(minimum), targets = minutes(full) - required
        return GroupDemand(required: required, targets: targets, pricePerMinute: targets > 0 ? price : 0)
    }

    /// For each k from 0 to `minutes` / `step` (rounded up): the least total deviation from their
    /// targets with which `agents` work at least k steps between them, each one of her totals
    /// (nil: they cannot). Totals are counted in steps of `step` minutes, rounded up (which only
    /// lowers the figures).
    static func leastDeviations(upTo minutes: Int, agents: [Agent], step: Int) -> [Int?] {
        let goal = max(0, (minutes + step - 1) / step)
        // best[k]: the least deviation of the agents so far working k steps (goal: k or more).
        var best = [Int?](repeating: nil, count: goal + 1)
        best[0] = 0
        for agent in agents {
            var next = [Int?](repeating: nil, count: goal + 1)
            for k in best.indices {
                guard let sofar = best[k] else { continue }
                for total in agent.totals {
                    let reached = min(goal, k + (total + step - 1) / step)
                    let cost = sofar + agent.deviation(total)
                    if next[reached].map({ cost < $0 }) ?? true { next[reached] = cost }
                }
            }
            best = next
        }
        // Working more steps also works at least fewer.
        for k in stride(from: goal - 1, through: 0, by: -1) {
            if let above = best[k + 1], best[k].map({ above < $0 }) ?? true { best[k] = above }
        }
        return best
    }
}
