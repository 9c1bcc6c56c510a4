/// A cell to set: agent `staff` works shift type `shift` (−1: day off) on day `day` (indices
/// of the `PlanningProblem`).
public struct CellAssignment: Sendable, Hashable {
    public var staff: Int
    public var day: Int
    public var shift: Int

    public init(staff: Int, day: Int, shift: Int) {
        self.staff = staff
        self.day = day
        self.shift = shift
    }
}

/// What changing a few cells does to every rule, without re-evaluating the whole roster: the
/// personal rules on the changed agents' lines (`PersonalEvaluator`), coverage on the demand
/// lines of the changed days, and fairness only when a night, a weekend day or a public holiday
/// moves. The result is exactly what two full evaluations would give (tested), in tens of
/// microseconds instead of a millisecond, so that explanations can try every alternative.
public struct LocalChangeEvaluator: Sendable {
    public let problem: PlanningProblem
    public let personal: PersonalEvaluator
    let coverage: CoverageRule?
    let fairness: [FairnessRule]
    let demandByDay: [[DemandCell]]

    public init(problem: PlanningProblem, personal: PersonalEvaluator? = nil) {
        self.problem = problem
        self.personal = personal ?? PersonalEvaluator(problem: problem)
        let rules = RuleCatalogue.rules(for: problem)
        coverage = rules.lazy.compactMap { $0 as? CoverageRule }.first
        fairness = rules.compactMap { $0 as? FairnessRule }
        var byDay = [[DemandCell]](repeating: [], count: problem.dayCount)
        for cell in problem.demand { byDay[cell.day].append(cell) }
        demandByDay = byDay
    }

    /// The violation changes caused by setting `assignments` in `grid`.
    /// - Complexity: O(changed agents × days × rules) + O(demand lines of the changed days × staff),
    ///   plus O(staff × days) per fairness rule the change concerns.
    public func changes(_ grid: ShiftGrid, setting assignments: [CellAssignment]) -> [ViolationChange] {
        var after = grid
        for a in assignments { after[a.staff, a.day] = a.shift }
        var old: [Violation] = [], new: [Violation] = []
        var agents: [Int] = []
        for a in assignments where !agents.contains(a.staff) { agents.append(a.staff) }
        for s in agents {
            old += personal.evaluate(personal.line(grid, staff: s), staff: s).violations
            new += personal.evaluate(personal.line(after, staff: s), staff: s).violations
        }
        var days: [Int] = []
        for a in assignments where !days.contains(a.day) { days.append(a.day) }
        if let coverage {
            let cells = days.flatMap { demandByDay[$0] }
            coverage.evaluate(grid, problem, cells: cells, into: &old)
            coverage.evaluate(after, problem, cells: cells, into: &new)
        }
        for rule in fairness where concerns(rule.measure, grid, assignments) {
            rule.evaluate(grid, problem, into: &old)
            rule.evaluate(after, problem, into: &new)
        }
        return ViolationChange.compare(before: old, after: new)
    }

    func concerns(_ measure: FairnessRule.Measure, _ grid: ShiftGrid, _ assignments: [CellAssignment]) -> Bool {
        assignments.contains { a in
            let old = grid[a.staff, a.day]
            guard old != a.shift else { return false }
            switch measure {
            case .nights: return (old >= 0 && problem.isNight[old]) || (a.shift >= 0 && problem.isNight[a.shift])
            case .weekends: return problem.weekday(ofDay: a.day) >= 6
            case .holidays: return problem.isHoliday[a.day]
            }
        }
    }
}
