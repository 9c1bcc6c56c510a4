/// The right of one worker to write one attempt of one job.
public struct JobLease: Sendable, Hashable, CustomStringConvertible {
    public let jobId: Int64
    public let worker: String
    /// The job's `attempts` when it was claimed: a lease from an earlier attempt is stale.
    public let attempt: Int

    public init(jobId: Int64, worker: String, attempt: Int) {
        self.jobId = jobId
        self.worker = worker
        self.attempt = attempt
    }

    public var description: String { "job \(jobId) attempt \(attempt) by \(worker)" }
}
