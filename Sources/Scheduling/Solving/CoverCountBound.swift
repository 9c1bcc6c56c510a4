/// A lower bound on the score of every legal roster from head counts alone, with no model: the
/// weekend posts that stay open (`WeekendCoverBound`), the posts that the contracts' maximum
/// hours leave open (`ForcedShortfall`), and the staff that the contracts' minimum hours force
/// over target (`ForcedExcess`).
///
/// Both counts of open posts are posts under target, so the larger holds (they may be the same
/// posts and are not added). Each post under target leaves one more
/// shift (and at least the shortest shift's minutes) to be worked over target; so every legal
/// roster costs at least under-weight × open + over-weight × (the posts over target forced with
/// `open` posts missing). On Curtois 20 the agents must work at least 5 155 shifts against a
/// demand of 4 468; with its 33 weekend posts open, at least 720 staff stand over target: 3 300
/// + 720 = 4 020. On 23 the agents owe 895 500 minutes more than the demand: at least 1 244 posts
/// over target even if each is a 12-hour shift. On 13 the agents may work 2 160 minutes fewer
/// than its targets ask: at least three 12-hour posts open, 300.
enum CoverCountBound {
    /// The bound under the unit's `rules` (the catalogue's), or nil when no part says
    /// anything.
    static func bound(_ problem: PlanningProblem, rules: [any RosterRule]) -> Double? {
        let counts = [WeekendCoverBound.openPosts(problem, rules: rules), ForcedShortfall.openPosts(problem, rules: rules)].compactMap { $0 }
        var total = counts.map { Double($0.posts) * $0.weight }.max() ?? 0
        if let excess = ForcedExcess(problem, rules: rules) {
            total += excess.weight * Double(excess.postsOver(missing: counts.map(\.posts).max() ?? 0))
        }
        return total > 0 ? total : nil
    }
}
