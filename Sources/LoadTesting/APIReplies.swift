import Foundation

/// The parts of the service's JSON answers the simulated users read.
enum APIReply {
    struct Session: Decodable { var csrfToken: String }
    struct List<Item: Decodable>: Decodable { var items: [Item] }
    struct Roster: Decodable { var id: Int64; var scenarioId: Int64; var versions: Int }
    struct Scenario: Decodable { var id: Int64 }
    struct Version: Decodable {
        struct Grid: Decodable {
            struct Period: Decodable { var start: String; var days: Int }
            struct Row: Decodable { var staff: String; var shifts: [String?] }
            var period: Period
            var rows: [Row]
        }
        var roster: Grid
    }
    /// One alternative of `GET …/cells/{agent}/{date}` (a list of them).
    struct Alternative: Decodable { var shift: String?; var current: Bool }
    struct Edited: Decodable {
        struct Version: Decodable { var number: Int }
        var version: Version
    }
    struct Job: Decodable {
        struct Summary: Decodable {
            struct Provenance: Decodable { var parameters: [String: String]? }
            var elapsedSeconds: Double?
            var gap: Double?
            var hardViolations: Int?
            var provenance: Provenance?
        }
        var id: Int64
        var state: String
        var submittedAt: String?
        var startedAt: String?
        var attempts: Int?
        var summary: Summary?

        var observation: SolveObservation {
            let wait: Double? = {
                guard let submitted = submittedAt.flatMap(Self.date), let started = startedAt.flatMap(Self.date) else { return nil }
                return max(0, started.timeIntervalSince(submitted))
            }()
            let phases = summary?.provenance?.parameters?["phases"] ?? ""
            return SolveObservation(jobId: id, state: state, queueWaitSeconds: wait, solveSeconds: summary?.elapsedSeconds, gap: summary?.gap,
                                    hardViolations: summary?.hardViolations, usedFallback: phases.contains("fallback"), attempts: attempts)
        }

        static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
    }
}
