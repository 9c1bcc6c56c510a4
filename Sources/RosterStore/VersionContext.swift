import Scheduling

/// Everything needed to review, sign or export one version.
public struct VersionContext: Sendable {
    public var scenario: StoredScenario
    public var problem: PlanningProblem
    public var version: StoredVersion
    public var roster: Roster
    public var report: EvaluationReport
    public var checklist: ReviewChecklist
    public var workflow: SignOffWorkflow
}
