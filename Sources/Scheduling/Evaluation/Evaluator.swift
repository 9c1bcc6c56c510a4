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
        EvaluationReport(violations: run(grid, keeping: .all).violations)
    }

    /// The score alone (hard violations, their size, the objective), with no sentence written:
    /// the same rules as `evaluate`, for searches that judge many rosters.
    public func score(_ grid: ShiftGrid) -> SearchScore {
        SearchScore(run(grid, keeping: .none).cost)
    }

    /// The score and the hard violations only, with their details.
    public func hardViolations(_ grid: ShiftGrid) -> (score: SearchScore, violations: [Violation]) {
        let sink = run(grid, keeping: .hard)
        return (SearchScore(sink.cost), sink.violations)
    }

    /// Every rule on `grid`, into a sink keeping `kept`.
    private func run(_ grid: ShiftGrid, keeping kept: ViolationSink.Kept) -> ViolationSink {
        var sink = ViolationSink(keeping: kept)
        for rule in rules { rule.evaluate(grid, problem, into: &sink) }
        return sink
    }

    /// Evaluates a roster file's content, or lists why it does not fit the scenario.
    public func evaluate(_ roster: Roster, source: String = "roster") throws(ScenarioError) -> EvaluationReport {
        evaluate(try problem.grid(for: roster, source: source))
    }
}
