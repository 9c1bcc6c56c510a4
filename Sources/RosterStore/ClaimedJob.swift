/// A job handed to a worker: the job as it now is (running), the scenario file to solve and the lease.
public struct ClaimedJob: Sendable, Hashable {
    public let job: StoredJob
    /// The stored scenario file's text.
    public let scenarioContent: String
    public let lease: JobLease

    public init(job: StoredJob, scenarioContent: String, lease: JobLease) {
        self.job = job
        self.scenarioContent = scenarioContent
        self.lease = lease
    }
}
