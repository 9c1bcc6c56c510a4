/// A job handed to a worker: the job as it now is (running), the scenario file to solve and the lease.
public struct ClaimedJob: Sendable, Hashable {
    public let job: StoredJob
    /// The stored scenario file's text.
    public let scenarioContent: String
    public let lease: JobLease
    /// The content of the version a derived job starts from (nil for a solve).
    public let sourceRosterContent: String?

    public init(job: StoredJob, scenarioContent: String, lease: JobLease, sourceRosterContent: String? = nil) {
        self.job = job
        self.scenarioContent = scenarioContent
        self.lease = lease
        self.sourceRosterContent = sourceRosterContent
    }
}
