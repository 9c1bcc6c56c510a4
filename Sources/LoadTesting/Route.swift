/// What a simulated user does, one HTTP request each; the report's latencies are kept per route.
public enum Route: String, CaseIterable, Codable, Sendable, Comparable {
    /// `POST /api/v1/session` (bcrypt: slow by design, once per user).
    case login
    /// `GET /api/v1/rosters`: the list of rosters.
    case listRosters = "list-rosters"
    /// `GET /api/v1/rosters/{r}/versions/{v}`: the grid with evaluation, indicators and checklist.
    case openGrid = "open-grid"
    /// `GET …/cells/{agent}/{date}`: the alternatives for one cell, each re-evaluated.
    case explainCell = "explain-cell"
    /// `POST …/cells`: change one cell, a new version.
    case editCell = "edit-cell"
    /// `GET /plannings/{r}/versions/{v}`: the HTML grid of the new version with its diff against the parent.
    case diff
    /// `POST /api/v1/jobs`: submit a solve.
    case submitSolve = "submit-solve"
    /// `GET /api/v1/jobs/{j}`: poll a submitted solve.
    case pollJob = "poll-job"

    /// Routes that belong to solving (their latency is not the interactive latency).
    public var isSolveRoute: Bool { self == .submitSolve || self == .pollJob }

    public static func < (lhs: Route, rhs: Route) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
