import Foundation
import Hummingbird
import RosterStore
import Scheduling

// The JSON shapes of the API. Each is a plain value built from store records; field names are
// the API's contract (see docs/service.md).

struct HealthView: ResponseEncodable {
    struct Queue: Codable { var queued: Int; var running: Int; var concurrency: Int }
    var status: String
    var database: String
    var migrations: [String]
    var queue: Queue
}

struct SessionView: ResponseEncodable {
    var name: String
    var role: AccountRole
    var units: [String]
    /// To send back in the `X-CSRF-Token` header of every POST and DELETE.
    var csrfToken: String

    init(_ session: Session) {
        name = session.name
        role = session.role
        units = session.units.sorted()
        csrfToken = session.csrfToken
    }
}

struct UnitView: ResponseEncodable {
    var id: Int64
    var name: String
}

struct ScenarioView: ResponseEncodable {
    var id: Int64
    var unit: String
    var name: String
    var periodStart: String
    var periodDays: Int
    var sha256: String
    var importedBy: String
    var importedAt: String

    init(_ scenario: StoredScenario, unit: String) {
        id = scenario.id ?? 0
        self.unit = unit
        name = scenario.name
        periodStart = scenario.periodStart
        periodDays = scenario.periodDays
        sha256 = scenario.sha256
        importedBy = scenario.importedBy
        importedAt = scenario.importedAt
    }
}

struct ImportView: ResponseEncodable {
    var scenario: ScenarioView
    /// False when the identical file was already stored.
    var isNew: Bool
}

struct RosterView: ResponseEncodable {
    var id: Int64
    var scenarioId: Int64
    var scenarioName: String
    var unit: String
    var label: String?
    var versions: Int
    var latestState: SignOffState?
}

struct VersionView: ResponseEncodable {
    var number: Int
    var state: SignOffState
    var sha256: String
    var createdBy: String
    var createdAt: String
    var note: String?
    var engine: String?

    /// A version and the engine its roster's provenance names.
    init(_ version: StoredVersion, engine: String?) {
        number = version.number
        state = version.state
        sha256 = version.sha256
        createdBy = version.createdBy
        createdAt = version.createdAt
        note = version.note
        self.engine = engine
    }

    /// A version in a listing, without decoding its content.
    init(_ header: VersionHeader) {
        number = header.number
        state = header.state
        sha256 = header.sha256
        createdBy = header.createdBy
        createdAt = header.createdAt
        note = header.note
        engine = header.engine
    }
}

struct ChecklistView: ResponseEncodable {
    struct Item: Codable {
        var id: String
        var kind: ReviewItem.Kind
        var message: String
        /// `override` (hard violation: a written justification) or `acknowledge`.
        var action: String
        var done: Bool
    }
    var state: SignOffState
    var items: [Item]
    var openHardViolations: Int
    var openAttentionPoints: Int
    var readyToSign: Bool

    init(_ context: VersionContext) {
        let open = context.workflow.openItems(context.checklist)
        let openSet = Set(open.hard + open.attention)
        state = context.workflow.state
        items = context.checklist.items.map { item in
            Item(id: item.id, kind: item.kind, message: item.message.fr, action: item.kind.needsOverride ? "override" : "acknowledge",
                 done: !openSet.contains(item.id))
        }
        openHardViolations = open.hard.count
        openAttentionPoints = open.attention.count
        readyToSign = openSet.isEmpty
    }
}

struct EvaluationView: Codable {
    var feasible: Bool
    var objective: Double
    var softPenalty: Double
    var hardViolations: Int
    var violations: [Violation]
}

struct VersionDetailView: ResponseEncodable {
    var rosterId: Int64
    var unit: String
    var version: VersionView
    var roster: Roster
    var evaluation: EvaluationView
    var indicators: RosterIndicators
    var checklist: ChecklistView
    var signature: SignatureRecord?
    /// Why each post short of its minimum stays uncovered, agent by agent.
    var uncoveredPosts: [UncoveredPostExplanation]
    /// For each hard violation on an agent, the cells involved and whether they were free or fixed.
    var hardConflicts: [HardConflictExplanation]
}

struct SignatureView: ResponseEncodable {
    var signature: SignatureRecord
}

struct WorkflowView: ResponseEncodable {
    var state: SignOffState
    var openHardViolations: [String]
    var openAttentionPoints: [String]
}

struct AuditView: ResponseEncodable {
    var intact: Bool
    var entriesChecked: Int
    var lastHash: String?
    var problems: [String]
    var contentMismatches: [String]
}

struct JobView: ResponseEncodable {
    var id: Int64
    var scenarioId: Int64
    var unit: String
    var state: JobState
    var timeLimitSeconds: Double
    var seed: Int64
    var engine: String
    var submittedBy: String
    var submittedAt: String
    var startedAt: String?
    var finishedAt: String?
    var attempts: Int
    var failure: String?
    var rosterId: Int64?
    /// Seconds since the start, while running.
    var elapsedSeconds: Double?
    /// Best score, bound and gap reported by the running solve.
    var progress: SolveProgressView?
    /// The solver's summary (status, objective, bound, gap, hard violations…), once finished.
    var summary: SolveSummary?
    /// `solve`, or a job on a version: `variants`, `repair`, `stress` (its report: `/api/v1/jobs/{j}/report`).
    var kind: JobKind = .solve
    /// The versions a variants or repair job saved in roster `rosterId`.
    var versions: [Int]? = nil

    /// `compact` (listings) keeps the summary's figures and drops its per-rule detail
    /// (violations, indicators, explanations), which `GET /api/v1/jobs/{j}` gives.
    init(_ job: StoredJob, unit: String, progress: SolveProgressView? = nil, now: Date = Date(), compact: Bool = false) {
        self.progress = progress
        id = job.id ?? 0
        scenarioId = job.scenarioId
        self.unit = unit
        state = job.state
        timeLimitSeconds = job.timeLimitSeconds
        seed = job.seed
        engine = job.engine
        submittedBy = job.submittedBy
        submittedAt = job.submittedAt
        startedAt = job.startedAt
        finishedAt = job.finishedAt
        attempts = job.attempts
        failure = job.failure
        rosterId = job.rosterId
        if job.state == .running, let started = job.startedAt.flatMap({ try? Date($0, strategy: .iso8601) }) {
            elapsedSeconds = (now.timeIntervalSince(started) * 10).rounded() / 10
        }
        kind = job.kind
        if job.kind.isDerived {
            versions = job.savedVersionNumbers
        } else {
            summary = job.summary.flatMap { try? JSONDecoder().decode(SolveSummary.self, from: Data($0.utf8)) }
            if compact {
                summary?.indicators = nil
                summary?.violations = nil
                summary?.uncoveredPosts = nil
                summary?.hardConflicts = nil
            }
        }
    }
}

/// One page of `GET /api/v1/jobs`, newest first, each job's summary compact.
struct JobListView: ResponseEncodable {
    var jobs: [JobView]
    /// The `after` of the next page (the last job of this one), absent on the last page.
    var nextAfter: Int64?
}

struct ListView<Element: Encodable & Sendable>: ResponseEncodable, Sendable {
    var items: [Element]
}

struct CellChangeView: ResponseEncodable {
    var version: VersionView
    var changedCells: Int
}
