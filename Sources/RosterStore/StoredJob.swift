import GRDB

/// A solve job: one scenario to solve with a time limit and a seed, in a child process.
/// `attempts` counts the starts (a job interrupted by a restart is started again).
public struct StoredJob: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var scenarioId: Int64
    public var timeLimitSeconds: Double
    public var seed: Int64
    /// `sched-cli solve --engine`: hybrid, mip, local-search or greedy.
    public var engine: String
    public var state: JobState
    public var submittedBy: String
    public var submittedAt: String
    public var startedAt: String?
    public var finishedAt: String?
    public var attempts: Int
    /// Why the job failed or was cancelled, in French.
    public var failure: String?
    /// The solver's JSON summary (status, objective, bound, gap, violations…), when it finished.
    public var summary: String?
    /// The roster saved from the job's result.
    public var rosterId: Int64?
    /// The worker that holds (or last held) the job's lease: `host:pid` or the name given to
    /// `sched-cli worker --id`.
    public var worker: String? = nil
    /// What the job computes (`solve` for every job queued before migration `v4-derived-jobs`).
    public var kind: JobKind = .solve
    /// The version a derived job starts from (variants, repair, stress).
    public var sourceVersionId: Int64? = nil
    /// The derived job's options as JSON, read by the worker (profiles, locked cells…).
    public var options: String? = nil
    /// The numbers of the versions a derived job saved, comma-separated (« 3,4,5 »).
    public var resultVersions: String? = nil

    /// The version numbers of `resultVersions`.
    public var savedVersionNumbers: [Int] {
        (resultVersions ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// A row as another backend reads it.
    public init(id: Int64?, scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String, state: JobState, submittedBy: String, submittedAt: String, startedAt: String?, finishedAt: String?, attempts: Int, failure: String?, summary: String?, rosterId: Int64?, worker: String? = nil,
                kind: JobKind = .solve, sourceVersionId: Int64? = nil, options: String? = nil, resultVersions: String? = nil) {
        self.id = id
        self.scenarioId = scenarioId
        self.timeLimitSeconds = timeLimitSeconds
        self.seed = seed
        self.engine = engine
        self.state = state
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.attempts = attempts
        self.failure = failure
        self.summary = summary
        self.rosterId = rosterId
        self.worker = worker
        self.kind = kind
        self.sourceVersionId = sourceVersionId
        self.options = options
        self.resultVersions = resultVersions
    }
}

extension StoredJob: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "solveJob"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// queued → running → succeeded | failed | cancelled; running → queued again after a restart, a
/// graceful stop or when its worker's lease runs out.
public enum JobState: String, Codable, Sendable, Hashable, CaseIterable, DatabaseValueConvertible {
    case queued, running, succeeded, failed, cancelled

    public var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
}
