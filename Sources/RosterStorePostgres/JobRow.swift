import RosterStore

/// The columns of `PostgresStore.jobColumns`, as decoded.
enum JobRow {
    typealias Columns = (Int64, Int64, Double, Int64, String, String, String, String, String?, String?, Int, String?, String?, Int64?, String?)
    /// The columns, then the scenario's content.
    typealias Claimed = (Int64, Int64, Double, Int64, String, String, String, String, String?, String?, Int, String?, String?, Int64?, String?, String)

    static func job(_ id: Int64, _ scenarioId: Int64, _ timeLimitSeconds: Double, _ seed: Int64, _ engine: String, _ state: String,
                    _ submittedBy: String, _ submittedAt: String, _ startedAt: String?, _ finishedAt: String?, _ attempts: Int,
                    _ failure: String?, _ summary: String?, _ rosterId: Int64?, _ worker: String?) throws -> StoredJob {
        guard let state = JobState(rawValue: state) else { throw StoreError.corruptContent(what: "job \(id)", detail: "unknown state \(state)") }
        return StoredJob(id: id, scenarioId: scenarioId, timeLimitSeconds: timeLimitSeconds, seed: seed, engine: engine, state: state,
                         submittedBy: submittedBy, submittedAt: submittedAt, startedAt: startedAt, finishedAt: finishedAt, attempts: attempts,
                         failure: failure, summary: summary, rosterId: rosterId, worker: worker)
    }
}
