import Scheduling

/// The explanations shown with a version's grid: indicators (coverage, hours, fairness), why
/// each post short of its minimum stays uncovered, and where each hard violation comes from.
/// Like `EvaluatedVersion`, it depends only on the version's content and the scenario, so it is
/// computed once per version and kept in the store's `EvaluationCache`.
public struct VersionAnalysis: Sendable {
    public var grid: ShiftGrid
    public var indicators: RosterIndicators
    public var uncoveredPosts: [UncoveredPostExplanation]
    public var hardConflicts: [HardConflictExplanation]
}
