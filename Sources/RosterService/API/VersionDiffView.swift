import Hummingbird
import Scheduling

/// `GET /api/v1/rosters/{r}/diff?from=A&to=B`: the explainable diff (`RosterDiff`) between two
/// versions of a roster — changed cells by person and by date with their effect on each rule,
/// coverage, requests, hours, and the totals per rule.
struct VersionDiffView: ResponseEncodable {
    var rosterId: Int64
    var unit: String
    var from: VersionView
    var to: VersionView
    var diff: RosterDiff
}
