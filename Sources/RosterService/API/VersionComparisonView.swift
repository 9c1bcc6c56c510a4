import Hummingbird
import Scheduling

/// Versions of one roster side by side (`GET /api/v1/rosters/{r}/comparison?versions=2,3,4`):
/// each with the indicators of `RosterComparison` — posts missing against the minimum and the
/// target, requests granted, spreads of nights, weekends and holidays, hours deviation,
/// overtime, hard violations, soft penalty, score, bound and gap.
struct VersionComparisonView: ResponseEncodable {
    struct Row: Encodable {
        var version: VersionView
        var indicators: RosterComparison
    }

    var rosterId: Int64
    var unit: String
    var versions: [Row]
}
