/// The state of one fairness rule under change: each agent's count (nights, weekends or
/// holidays, as `FairnessRule.count` says) and each group's spread, so that a move costs
/// only the recount of the agents it touches and of their groups.
struct FairnessTracker: Sendable {
    let rule: FairnessRule
    let problem: PlanningProblem
    /// Groups of agents with each member's scale (`FairnessRule.groups`).
    private let groups: [[(staff: Int, scale: Double)]]
    /// The groups each agent belongs to.
    private let groupsOfStaff: [[Int]]
    private(set) var counts: [Int]
    private(set) var groupCost: [Double]
    private(set) var cost: Double = 0

    init(rule: FairnessRule, problem: PlanningProblem) {
        self.rule = rule
        self.problem = problem
        let active = !(rule.measure == .holidays && !problem.isHoliday.contains(true))
        groups = active ? FairnessRule.groups(problem, rule.measure).map(\.members) : []
        var groupsOfStaff = Array(repeating: [Int](), count: problem.staffCount)
        for (g, group) in groups.enumerated() { for member in group { groupsOfStaff[member.staff].append(g) } }
        self.groupsOfStaff = groupsOfStaff
        counts = Array(repeating: 0, count: problem.staffCount)
        groupCost = Array(repeating: 0, count: groups.count)
    }

    mutating func recount(_ grid: ShiftGrid) {
        for s in 0..<problem.staffCount where !groupsOfStaff[s].isEmpty { counts[s] = rule.count(grid, problem, staff: s) }
        for g in groups.indices { groupCost[g] = cost(group: g, counts) }
        cost = groupCost.reduce(0, +)
    }

    /// The rule's cost if `staff` are recounted on `grid`, with the new counts of those agents.
    func costAfterChange(of staff: [Int], _ grid: ShiftGrid) -> (cost: Double, counts: [Int]) {
        var newCounts = counts
        var touched: [Int] = []
        for s in staff where !groupsOfStaff[s].isEmpty {
            newCounts[s] = rule.count(grid, problem, staff: s)
            if newCounts[s] != counts[s] { for g in groupsOfStaff[s] where !touched.contains(g) { touched.append(g) } }
        }
        var total = cost
        for g in touched { total += cost(group: g, newCounts) - groupCost[g] }
        return (total, staff.map { newCounts[$0] })
    }

    mutating func commit(cost newCost: Double, counts newCounts: [Int], staff: [Int]) {
        var touched: [Int] = []
        for (k, s) in staff.enumerated() where counts[s] != newCounts[k] {
            counts[s] = newCounts[k]
            for g in groupsOfStaff[s] where !touched.contains(g) { touched.append(g) }
        }
        for g in touched { groupCost[g] = cost(group: g, counts) }
        cost = newCost
    }

    private func cost(group g: Int, _ counts: [Int]) -> Double {
        var high = -Double.infinity, low = Double.infinity
        for member in groups[g] {
            let value = Double(counts[member.staff]) * member.scale
            high = max(high, value)
            low = min(low, value)
        }
        return rule.weight * FairnessRule.spread(high, low)
    }
}
