import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Queues a solve job for a stored scenario.
    public func submitJob(scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String = "hybrid", by actor: String) throws(StoreError) -> StoredJob {
        let time = timestamp()
        return try write { db in
            _ = try Self.fetchScenario(db, id: scenarioId)
            var job = StoredJob(id: nil, scenarioId: scenarioId, timeLimitSeconds: timeLimitSeconds, seed: seed, engine: engine, state: .queued,
                                submittedBy: actor, submittedAt: time, startedAt: nil, finishedAt: nil, attempts: 0,
                                failure: nil, summary: nil, rosterId: nil)
            try job.insert(db)
            try Self.appendAudit(db, at: time, actor: actor, action: "job.submit", subject: "job \(job.id ?? 0)",
                                 payload: ["scenario": String(scenarioId), "timeLimitSeconds": String(timeLimitSeconds), "seed": String(seed),
                                           "engine": engine])
            return job
        }
    }

    /// The job with this id.
    public func job(id: Int64) throws(StoreError) -> StoredJob {
        try read { db in
            guard let job = try StoredJob.fetchOne(db, key: id) else { throw StoreError.notFound("job \(id)") }
            return job
        }
    }

    /// Every job, newest first.
    public func jobs() throws(StoreError) -> [StoredJob] {
        try read { db in try StoredJob.order(Column("id").desc).fetchAll(db) }
    }

    /// One page of jobs, newest first: at most `limit`, all older than job `after` when given.
    /// - Complexity: one indexed range read of `limit` rows, whatever the number of jobs.
    public func jobs(limit: Int, after: Int64?) throws(StoreError) -> [StoredJob] {
        try read { db in
            var request = StoredJob.order(Column("id").desc).limit(max(0, limit))
            if let after { request = request.filter(Column("id") < after) }
            return try request.fetchAll(db)
        }
    }

    /// Queued jobs, oldest first.
    public func queuedJobs() throws(StoreError) -> [StoredJob] {
        try read { db in try StoredJob.filter(Column("state") == JobState.queued.rawValue).order(Column("id")).fetchAll(db) }
    }

    /// After a restart: jobs left `running` (their process died with the server) are queued
    /// again. Returns their ids. Finished jobs are never touched, so no job runs twice.
    public func requeueInterruptedJobs() throws(StoreError) -> [Int64] {
        try write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM solveJob WHERE state = 'running' ORDER BY id")
            try db.execute(sql: "UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL WHERE state = 'running'")
            return ids
        }
    }

    /// queued → running; false when the job is no longer queued (cancelled meanwhile).
    @discardableResult
    public func markJobRunning(id: Int64) throws(StoreError) -> Bool {
        let time = timestamp()
        return try write { db in
            try db.execute(sql: "UPDATE solveJob SET state = 'running', startedAt = ?, attempts = attempts + 1 WHERE id = ? AND state = 'queued'",
                           arguments: [time, id])
            return db.changesCount == 1
        }
    }

    /// running → queued (the server stops before the solve ends: it runs again at the next start).
    public func requeueJob(id: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL WHERE id = ? AND state = 'running'", arguments: [id])
        }
    }

    /// Ends an unfinished job as failed or cancelled, with the reason.
    @discardableResult
    public func finishJob(id: Int64, state: JobState, reason: String, summary: String? = nil) throws(StoreError) -> Bool {
        try finish(id: id, lease: nil, state: state, reason: reason, summary: summary)
    }

    /// `finishJob`, only while the lease (when there is one) is still the job's.
    func finish(id: Int64, lease: JobLease?, state: JobState, reason: String, summary: String?) throws(StoreError) -> Bool {
        precondition(state == .failed || state == .cancelled, "finishJob ends a job without a roster")
        let time = timestamp()
        return try write { db in
            if let lease {
                try db.execute(sql: """
                    UPDATE solveJob SET state = ?, failure = ?, summary = ?, finishedAt = ?, leaseExpiresAt = NULL
                    WHERE id = ? AND state = 'running' AND worker = ? AND attempts = ?
                    """, arguments: [state.rawValue, reason, summary, time, id, lease.worker, lease.attempt])
            } else {
                try db.execute(sql: """
                    UPDATE solveJob SET state = ?, failure = ?, summary = ?, finishedAt = ?, leaseExpiresAt = NULL
                    WHERE id = ? AND state IN ('queued', 'running')
                    """, arguments: [state.rawValue, reason, summary, time, id])
            }
            guard db.changesCount == 1 else { return false }
            var payload = ["reason": reason]
            if let lease { payload["worker"] = lease.worker }
            try Self.appendAudit(db, at: time, actor: "service", action: "job.\(state.rawValue)", subject: "job \(id)", payload: payload)
            return true
        }
    }

    /// Ends a running job with its roster, saved as version 1 (`proposed`) of a new roster, in
    /// the same transaction as the job's new state: a crash leaves either both or neither, so a
    /// requeued job never produces a second roster.
    public func completeJob(id: Int64, roster: Roster, summary: String, label: String) throws(StoreError) -> StoredVersion {
        try complete(id: id, lease: nil, roster: roster, summary: summary, label: label)
    }

    /// `completeJob`, checking the lease when there is one (the job is still this worker's attempt).
    func complete(id: Int64, lease: JobLease?, roster: Roster, summary: String, label: String) throws(StoreError) -> StoredVersion {
        let job = try job(id: id)
        let stored = try scenario(id: job.scenarioId)
        let proposal = try PreparedProposal(roster, scenarioContent: stored.content, scenarioId: job.scenarioId, job: id, source: "job \(id)")
        let time = timestamp()
        return try write { db in
            guard let current = try StoredJob.fetchOne(db, key: id), current.state == .running,
                  lease.map({ $0.worker == current.worker && $0.attempt == current.attempts }) ?? true else {
                throw StoreError.jobState(job: id, state: (try StoredJob.fetchOne(db, key: id))?.state.rawValue ?? "?", step: "terminer")
            }
            var record = StoredRoster(id: nil, scenarioId: job.scenarioId, label: label, createdBy: job.submittedBy, createdAt: time)
            try record.insert(db)
            var version = StoredVersion(
                id: nil, rosterId: record.id ?? 0, number: 1, parentVersionId: nil, content: proposal.content, sha256: proposal.sha256,
                state: .proposed, createdBy: job.submittedBy, createdAt: time, note: "calcul \(id)")
            try version.insert(db)
            try db.execute(sql: "UPDATE solveJob SET state = 'succeeded', summary = ?, rosterId = ?, finishedAt = ?, leaseExpiresAt = NULL WHERE id = ?",
                           arguments: [summary, record.id, time, id])
            try Self.appendAudit(db, at: time, actor: job.submittedBy, action: "roster.propose", subject: "roster \(record.id ?? 0) v1",
                                 payload: proposal.auditPayload)
            return version
        }
    }
}
