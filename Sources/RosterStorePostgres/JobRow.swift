import RosterStore

/// The columns of `PostgresStore.jobColumns`, as decoded.
enum JobRow {
    typealias Columns = (Int64, Int64, Double, Int64, String, String, String, String, String?, String?, Int, String?, String?, Int64?, String?,
                         String, Int64?, String?, String?)
    /// The columns, then the scenario's content and the source version's (derived jobs).
    typealias Claimed = (Int64, Int64, Double, Int64, String, String, String, String, String?, String?, Int, String?, String?, Int64?, String?,
                         String, Int64?, String?, String?, String, String?)

    static func job(_ r: Columns) throws -> StoredJob {
        guard let state = JobState(rawValue: r.5) else { throw StoreError.corruptContent(what: "job \(r.0)", detail: "unknown state \(r.5)") }
        guard let kind = JobKind(rawValue: r.15) else { throw StoreError.corruptContent(what: "job \(r.0)", detail: "unknown kind \(r.15)") }
        return StoredJob(id: r.0, scenarioId: r.1, timeLimitSeconds: r.2, seed: r.3, engine: r.4, state: state,
                         submittedBy: r.6, submittedAt: r.7, startedAt: r.8, finishedAt: r.9, attempts: r.10,
                         failure: r.11, summary: r.12, rosterId: r.13, worker: r.14,
                         kind: kind, sourceVersionId: r.16, options: r.17, resultVersions: r.18)
    }

    static func job(_ r: Claimed) throws -> StoredJob {
        try job((r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12, r.13, r.14, r.15, r.16, r.17, r.18))
    }
}
