/// The rule evaluator: given a scenario and a roster, every hard violation and every soft
/// penalty. It is pure, knows no solver, and is the judge of every roster a solver returns.
public struct Evaluator: Sendable {
    public let problem: PlanningProblem
    private let rules: [any RosterRule]

    public init(problem: PlanningProblem) {
        self.problem = problem
        self.rules = RuleCatalogue.rules(for: problem)
    }

    /// The identifiers of the rules that apply.
    public var ruleIDs: [RuleID] { rules.map(\.id) }

    /// Evaluates a compact grid.
    /// - Complexity: O(staff × days × (shift types + window length)) plus demand and requests.
    public func evaluate(_ grid: ShiftGrid) -> EvaluationReport {
        var sink = ViolationSink()
        for rule in rules { rule.evaluate(grid, problem, into: &sink) }
        return EvaluationReport(violations: sink.violations)
    }

    /// The score alone (hard violations, their size, the objective), with no sentence written:
    /// the same rules as `evaluate`, for searches that judge many rosters.
    public func score(_ grid: ShiftGrid) -> SearchScore {
        var sink = ViolationSink(keeping: .none)
        for rule in rules { rule.evaluate(grid, problem, into: &sink) }
        return SearchScore(sink.cost)
    }

    /// The score and the hard violations only, with their details.
    public func hardViolations(_ grid: ShiftGrid) -> (score: SearchScore, violations: [Violation]) {
        var sink = ViolationSink(keeping: .hard)
        for rule in rules { rule.evaluate(grid, problem, into: &sink) }
        return (SearchScore(sink.cost), sink.violations)
    }

    /// Evaluates a roster file's content, or lists why it does not fit the scenario.
    public func evaluate(_ roster: Roster, source: String = "roster") throws(ScenarioError) -> EvaluationReport {
        evaluate(try problem.grid(for: roster, source: source))
    }
}
