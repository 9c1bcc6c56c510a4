import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Queues a job that starts from a stored version: variants, a repair or a stress batch.
    /// `options` is the worker's JSON (profiles, locked cells…), kept as it is.
    public func submitDerivedJob(kind: JobKind, rosterId: Int64, version number: Int, timeLimitSeconds: Double, seed: Int64,
                                 options: String?, by actor: String) throws(StoreError) -> StoredJob {
        precondition(kind.isDerived, "a solve starts from a scenario: submitJob")
        let time = timestamp()
        return try write { db in
            guard let roster = try StoredRoster.fetchOne(db, key: rosterId) else { throw StoreError.notFound("roster \(rosterId)") }
            let source = try Self.fetchVersion(db, rosterId: rosterId, number: number)
            var job = StoredJob(id: nil, scenarioId: roster.scenarioId, timeLimitSeconds: timeLimitSeconds, seed: seed, engine: "hybrid", state: .queued,
                                submittedBy: actor, submittedAt: time, startedAt: nil, finishedAt: nil, attempts: 0, failure: nil, summary: nil,
                                rosterId: nil, kind: kind, sourceVersionId: source.id, options: options)
            try job.insert(db)
            try Self.appendAudit(db, at: time, actor: actor, action: "job.submit", subject: "job \(job.id ?? 0)",
                                 payload: PreparedDerivedVersion.submitPayload(kind: kind, rosterId: rosterId, version: number,
                                                                               timeLimitSeconds: timeLimitSeconds, seed: seed, options: options))
            return job
        }
    }

    /// The content of a derived job's source version, read when the job is claimed.
    static func sourceContent(_ db: Database, of job: StoredJob) throws -> String? {
        guard let id = job.sourceVersionId else { return nil }
        guard let version = try StoredVersion.fetchOne(db, key: id) else { throw StoreError.notFound("rosterVersion \(id)") }
        return version.content
    }

    /// Ends a leased derived job: each roster becomes a new version of the source's roster (parent
    /// = the source version, one edit row per changed cell, credited to the job), in the same
    /// transaction as the job's `succeeded` state, its summary (the worker's JSON report) and the
    /// audit entries. Returns the new version numbers; throws `StoreError.jobState` when the
    /// lease is no longer the job's.
    public func completeDerivedJob(_ lease: JobLease, rosters: [DerivedRoster], summary: String) throws(StoreError) -> [Int] {
        let id = lease.jobId
        let job = try job(id: id)
        guard let sourceId = job.sourceVersionId else { throw StoreError.jobState(job: id, state: job.kind.rawValue, step: "terminer sans version de départ") }
        let stored = try scenario(id: job.scenarioId)
        let source = try versionRow(id: sourceId)
        let prepared = try PreparedDerivedVersion.all(rosters, job: job, source: source, scenario: stored)
        let time = timestamp()
        let author = PreparedDerivedVersion.author(of: job)
        return try write { db in
            guard let current = try StoredJob.fetchOne(db, key: id), current.state == .running,
                  lease.worker == current.worker, lease.attempt == current.attempts else {
                throw StoreError.jobState(job: id, state: (try StoredJob.fetchOne(db, key: id))?.state.rawValue ?? "?", step: "terminer")
            }
            var numbers: [Int] = []
            for item in prepared {
                let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM rosterVersion WHERE rosterId = ?", arguments: [source.rosterId]) ?? 0
                var version = StoredVersion(
                    id: nil, rosterId: source.rosterId, number: last + 1, parentVersionId: source.id, content: item.proposal.content,
                    sha256: item.proposal.sha256, state: .proposed, createdBy: job.submittedBy, createdAt: time, note: item.note)
                try version.insert(db)
                for change in item.changes {
                    var edit = StoredEdit(id: nil, versionId: version.id ?? 0, staff: change.staff.rawValue, date: change.date.description,
                                          before: change.before?.rawValue, after: change.after?.rawValue, editedBy: author, editedAt: time)
                    try edit.insert(db)
                }
                try Self.appendAudit(db, at: time, actor: job.submittedBy, action: "roster.derive", subject: "roster \(source.rosterId) v\(version.number)",
                                     payload: item.auditPayload)
                numbers.append(version.number)
            }
            try db.execute(sql: """
                UPDATE solveJob SET state = 'succeeded', summary = ?, rosterId = ?, resultVersions = ?, finishedAt = ?, leaseExpiresAt = NULL WHERE id = ?
                """, arguments: [summary, source.rosterId, numbers.map(String.init).joined(separator: ","), time, id])
            try Self.appendAudit(db, at: time, actor: job.submittedBy, action: "job.succeeded", subject: "job \(id)",
                                 payload: ["kind": job.kind.rawValue, "versions": numbers.map { "v\($0)" }.joined(separator: ",")])
            return numbers
        }
    }
}

extension RosterDatabase {
    /// The number of a version within its roster, from its row id (a job's source version).
    public func versionNumber(id: Int64) throws(StoreError) -> Int {
        try versionRow(id: id).number
    }

    /// The version with this row id.
    func versionRow(id: Int64) throws(StoreError) -> StoredVersion {
        try read { db in
            guard let version = try StoredVersion.fetchOne(db, key: id) else { throw StoreError.notFound("rosterVersion \(id)") }
            return version
        }
    }
}
