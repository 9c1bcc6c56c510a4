/// A rule whose limit is a unit default that each agent's `WorkLimits` may override.
protocol PersonalLimitRule: PersonalRule {
    var defaultLimit: Int? { get }
    var personalLimit: @Sendable (WorkLimits) -> Int? { get }
}

extension PersonalLimitRule {
    /// The limit that applies to agent s: her own, else the unit's; nil when none applies.
    func limit(_ problem: PlanningProblem, _ s: Int) -> Int? {
        problem.staff[s].limits.flatMap(personalLimit) ?? defaultLimit
    }
}
