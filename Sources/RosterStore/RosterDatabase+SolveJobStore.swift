import Foundation
import GRDB
import Scheduling

/// The SQLite job queue: leases are Unix seconds from the store's clock, and the queue behaves
/// as the PostgreSQL one does (the shared test suite checks it), so several worker processes
/// on one machine may share a file too.
extension RosterDatabase: SolveJobStore {
    public func queuedJobCount() throws(StoreError) -> Int {
        try read { db in try StoredJob.filter(Column("state") == JobState.queued.rawValue).fetchCount(db) }
    }

    /// One `UPDATE … RETURNING` statement: SQLite takes the write lock before reading, so two
    /// connections (or processes) never claim the same job.
    public func claimNextJob(worker: String, leaseSeconds: Double) throws(StoreError) -> ClaimedJob? {
        let time = timestamp()
        let expiry = clock().timeIntervalSince1970 + leaseSeconds
        return try write { db in
            let claimed = try Int64.fetchOne(db, sql: """
                UPDATE solveJob SET state = 'running', startedAt = ?, attempts = attempts + 1, worker = ?, leaseExpiresAt = ?
                WHERE id = (SELECT id FROM solveJob WHERE state = 'queued' ORDER BY id LIMIT 1)
                RETURNING id
                """, arguments: [time, worker, expiry])
            guard let claimed, let job = try StoredJob.fetchOne(db, key: claimed) else { return nil }
            let scenario = try Self.fetchScenario(db, id: job.scenarioId)
            return ClaimedJob(job: job, scenarioContent: scenario.content, lease: JobLease(jobId: claimed, worker: worker, attempt: job.attempts),
                              sourceRosterContent: try Self.sourceContent(db, of: job))
        }
    }

    public func renewLease(_ lease: JobLease, leaseSeconds: Double) throws(StoreError) -> Bool {
        let expiry = clock().timeIntervalSince1970 + leaseSeconds
        return try write { db in
            try db.execute(sql: "UPDATE solveJob SET leaseExpiresAt = ? WHERE id = ? AND state = 'running' AND worker = ? AND attempts = ?",
                           arguments: [expiry, lease.jobId, lease.worker, lease.attempt])
            return db.changesCount == 1
        }
    }

    public func completeJob(_ lease: JobLease, roster: Roster, summary: String, label: String) throws(StoreError) -> Int64 {
        try complete(id: lease.jobId, lease: lease, roster: roster, summary: summary, label: label).rosterId
    }

    @discardableResult
    public func failJob(_ lease: JobLease, state: JobState, reason: String, summary: String?) throws(StoreError) -> Bool {
        try finish(id: lease.jobId, lease: lease, state: state, reason: reason, summary: summary)
    }

    @discardableResult
    public func cancelJob(id: Int64, reason: String) throws(StoreError) -> Bool {
        _ = try job(id: id)
        return try finishJob(id: id, state: .cancelled, reason: reason)
    }

    @discardableResult
    public func releaseJob(_ lease: JobLease) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: """
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE id = ? AND state = 'running' AND worker = ? AND attempts = ?
                """, arguments: [lease.jobId, lease.worker, lease.attempt])
            return db.changesCount == 1
        }
    }

    public func requeueExpiredLeases() throws(StoreError) -> [Int64] {
        let now = clock().timeIntervalSince1970
        return try write { db in
            try Int64.fetchAll(db, sql: """
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE state = 'running' AND leaseExpiresAt < ?
                RETURNING id
                """, arguments: [now]).sorted()
        }
    }

    public func recoverJobs(worker: String) throws(StoreError) -> [Int64] {
        let now = clock().timeIntervalSince1970
        return try write { db in
            try Int64.fetchAll(db, sql: """
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE state = 'running' AND (leaseExpiresAt IS NULL OR leaseExpiresAt < ? OR worker = ?)
                RETURNING id
                """, arguments: [now, worker]).sorted()
        }
    }
}
