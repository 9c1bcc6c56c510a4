/// An edit session replayed: each edit applied in turn and re-evaluated at once, with its
/// compact diff against the proposal it started from.
public struct EditOutcome: Sendable {
    /// One edit and where the roster stood after it.
    public struct Step: Sendable {
        public var edit: RosterEdit
        public var report: EvaluationReport
        /// Against the proposal (not against the previous step).
        public var summary: RosterChangeSummary
    }

    public var proposal: ShiftGrid
    public var proposalReport: EvaluationReport
    public var steps: [Step]
    public var result: EditedRoster

    /// The final roster's report and its diff against the proposal.
    public var report: EvaluationReport { steps.last?.report ?? proposalReport }
    public var summary: RosterChangeSummary? { steps.last?.summary }

    /// Applies `edits` in order to `start`, evaluating after each one.
    /// - Complexity: one full evaluation per edit.
    public static func replay(_ edits: [RosterEdit], on start: EditedRoster, lockingEdits: Bool = true) throws(RosterEditError) -> EditOutcome {
        let problem = start.problem
        let evaluator = Evaluator(problem: problem)
        let proposalReport = evaluator.evaluate(start.grid)
        var current = start
        var steps: [Step] = []
        for edit in edits {
            current = try current.applying(edit, lockingEdits: lockingEdits)
            let report = evaluator.evaluate(current.grid)
            steps.append(Step(edit: edit, report: report, summary: RosterChangeSummary(
                problem: problem, before: start.grid, beforeReport: proposalReport, after: current.grid, afterReport: report)))
        }
        return EditOutcome(proposal: start.grid, proposalReport: proposalReport, steps: steps, result: current)
    }
}
