import Hummingbird

/// The versions of one roster, oldest first, each with its score and hard violations: the
/// history page and `GET /api/v1/rosters/{r}/history`.
struct VersionHistory: ResponseEncodable {
    struct Entry: Encodable {
        var version: VersionView
        /// The version it was made from (a cadre's edit, a variant, a repair), if any.
        var parent: Int?
        var objective: Double
        var softPenalty: Double
        var hardViolations: Int
    }

    var rosterId: Int64
    var unit: String
    var label: String?
    var scenarioName: String
    var periodStart: String
    var versions: [Entry]
}
