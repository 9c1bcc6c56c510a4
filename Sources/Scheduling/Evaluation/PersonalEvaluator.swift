/// Evaluates one agent's line on its own, in microseconds: the personal rules (rests, hours,
/// consecutive days, requests…) of a single-agent copy of the problem, without demand and
/// fairness. Used to try a change for one agent (greedy start, explanations).
public struct PersonalEvaluator: Sendable {
    public let problem: PlanningProblem
    /// One single-agent problem per agent.
    let personal: [PlanningProblem]
    let evaluators: [Evaluator]

    public init(problem: PlanningProblem) {
        self.problem = problem
        let scenario = problem.scenario
        var personal: [PlanningProblem] = []
        for member in problem.staff {
            var single = scenario
            single.staff = [member]
            single.demand = []
            single.absences = scenario.absences?.filter { $0.staff == member.id }
            single.requests = scenario.requests?.filter { $0.staff == member.id }
            single.locks = scenario.locks?.filter { $0.staff == member.id }
            if var history = scenario.history {
                history.assignments = history.assignments.filter { $0.staff == member.id }
                history.counters = history.counters?.filter { $0.staff == member.id }
                single.history = history
            }
            single.rules.fairness = nil
            personal.append(PlanningProblem(validated: single))
        }
        self.personal = personal
        evaluators = personal.map { Evaluator(problem: $0) }
    }

    /// Agent s's line of `grid`, as a one-agent grid.
    public func line(_ grid: ShiftGrid, staff s: Int) -> ShiftGrid {
        var line = ShiftGrid(staffCount: 1, dayCount: problem.dayCount)
        for d in 0..<problem.dayCount { line[0, d] = grid[s, d] }
        return line
    }

    /// The evaluator's report on agent s's line alone.
    public func evaluate(_ line: ShiftGrid, staff s: Int) -> EvaluationReport { evaluators[s].evaluate(line) }

    /// Paid minutes of a one-agent line.
    public func workedMinutes(_ line: ShiftGrid, staff s: Int) -> Int { personal[s].workedMinutes(line, staff: 0) }
}
