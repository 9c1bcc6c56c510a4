/// What one agent's line adds up to over the period: minutes paid, shifts of each type and
/// weekends worked, the sums that the period-wide rules judge (`LineTotalRule`). The local
/// search keeps them per agent and updates them cell by cell instead of re-reading the period
/// for every move.
struct LineTotals: Sendable, Equatable {
    private(set) var minutes = 0
    private(set) var shiftsOfType: [Int]
    /// Weekends with a shift on their Saturday or Sunday (days inside the period).
    private(set) var weekends = 0

    init(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int) {
        shiftsOfType = Array(repeating: 0, count: problem.shiftCount)
        for d in 0..<problem.dayCount {
            let t = grid[s, d]
            guard t >= 0 else { continue }
            minutes += problem.paidMinutes[t]
            shiftsOfType[t] += 1
        }
        weekends = problem.workedWeekends(grid, staff: s)
    }

    /// The totals once agent s's cell on day d, `old` before, holds what `grid` holds now.
    mutating func update(day d: Int, from old: Int, in grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int) {
        let new = grid[s, d]
        if old >= 0 {
            minutes -= problem.paidMinutes[old]
            shiftsOfType[old] -= 1
        }
        if new >= 0 {
            minutes += problem.paidMinutes[new]
            shiftsOfType[new] += 1
        }
        weekends += problem.weekendsChange(day: d, was: old >= 0, working: new >= 0) { grid[s, $0] >= 0 }
    }
}

/// A personal rule that judges only sums of the agent's line over the period (`LineTotals`):
/// contract minutes, shifts per type, weekends worked. Its one definition takes the totals;
/// evaluated on a roster, the totals are counted first.
protocol LineTotalRule: PersonalRule {
    /// Records the violations of agent s whose line adds up to `totals`.
    func evaluate(_ totals: LineTotals, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink)
}

extension LineTotalRule {
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        evaluate(LineTotals(grid, problem, staff: s), problem, staff: s, into: &violations)
    }
}
