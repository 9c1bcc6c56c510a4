/// The minutes that minimum staffing (hard) forces onto a group of agents, and the least
/// hours-target deviation with which the group can work them: the part of `HoursTargetBound`
/// that sees the demand.
///
/// Where every holder of a cell's skill belongs to the group, the group staffs that cell's
/// minimum by itself; on one (day, shift) its agents then number at least the largest such
/// minimum, each working that shift's paid minutes (one shift a day, so shifts never share an
/// agent-day). On the emergency unit (scenario S3) the nurses' minimum posts (triage,
/// resuscitation, SMUR, day and night) come to more hours than their targets add up to, so some
/// of them must work over their target whatever the roster.
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

    /// The paid minutes that agents in `group` must work in every legal roster, from the
    /// minimums of the cells whose skill only agents of the group hold.
    static func requiredMinutes(_ problem: PlanningProblem, group: [Bool]) -> Int {
        var need = [Int](repeating: 0, count: problem.dayCount * problem.shiftCount)
        for cell in problem.demand where cell.minimum > 0 {
            let holdersInGroup = (0..<problem.staffCount).allSatisfy { !problem.staff($0, has: cell.skill) || group[$0] }
            guard holdersInGroup else { continue }
            let key = cell.day * problem.shiftCount + cell.shift
            need[key] = max(need[key], cell.minimum)
        }
        return need.indices.reduce(0) { $0 + need[$1] * problem.paidMinutes[$1 % problem.shiftCount] }
    }

    /// What the soft targets of posts only the group holds add beyond its minimums if all are
    /// staffed (`minutes`), and the least price per minute of leaving some open
    /// (`pricePerMinute`): an open post takes its shift's minutes off what the group must work
    /// and costs its under-target weight.
    static func targetMinutes(_ problem: PlanningProblem, group: [Bool]) -> (minutes: Int, pricePerMinute: Double) {
        var need = [Int](repeating: 0, count: problem.dayCount * problem.shiftCount)
        var full = need
        var price = Double.infinity
        for cell in problem.demand {
            let holdersInGroup = (0..<problem.staffCount).allSatisfy { !problem.staff($0, has: cell.skill) || group[$0] }
            guard holdersInGroup else { continue }
            let key = cell.day * problem.shiftCount + cell.shift
            need[key] = max(need[key], cell.minimum)
            full[key] = max(full[key], cell.minimum)
            if let target = cell.target, target > 0 {
                full[key] = max(full[key], target)
                let length = problem.paidMinutes[cell.shift]
                if length > 0 { price = min(price, cell.underWeight / Double(length)) }
            }
        }
        let minutes = full.indices.reduce(0) { $0 + (full[$1] - need[$1]) * problem.paidMinutes[$1 % problem.shiftCount] }
        return (minutes, minutes > 0 ? price : 0)
    }

    /// The least total deviation from their targets with which `agents` work at least `minutes`
    /// between them, each one of her totals; nil when they cannot reach it. Totals are counted
    /// in steps of `step` minutes, rounded up (which only lowers the figure).
    static func leastDeviation(working minutes: Int, agents: [Agent], step: Int) -> Int? {
        leastDeviations(upTo: minutes, agents: agents, step: step).last!
    }

    /// For each k from 0 to `minutes` / `step` (rounded up): the least total deviation with which
    /// `agents` work at least k steps between them (nil: they cannot).
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
