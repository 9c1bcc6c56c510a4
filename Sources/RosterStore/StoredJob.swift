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
}

extension StoredJob: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "solveJob"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// queued → running → succeeded | failed | cancelled; running → queued again after a restart.
public enum JobState: String, Codable, Sendable, Hashable, CaseIterable, DatabaseValueConvertible {
    case queued, running, succeeded, failed, cancelled

    public var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
}
