import Foundation
import PostgresNIO
import RosterStore
import Scheduling

extension PostgresStore {
    /// Queues a job that starts from a stored version: variants, a repair or a stress batch.
    public func submitDerivedJob(kind: JobKind, rosterId: Int64, version number: Int, timeLimitSeconds: Double, seed: Int64,
                                 options: String?, by actor: String) async throws(StoreError) -> StoredJob {
        precondition(kind.isDerived, "a solve starts from a scenario: submitJob")
        let time = timestamp()
        return try await transaction { connection in
            let roster = try await Self.roster(connection, id: rosterId, logger: self.logger)
            let source = try await Self.version(connection, rosterId: rosterId, number: number, logger: self.logger)
            let job = try await Self.oneJob(connection.query("""
                INSERT INTO solveJob (scenarioId, timeLimitSeconds, seed, engine, state, submittedBy, submittedAt, attempts, kind, sourceVersionId, options)
                VALUES (\(roster.scenarioId), \(timeLimitSeconds), \(seed), 'hybrid', 'queued', \(actor), \(time), 0, \(kind.rawValue), \(source.id), \(options))
                RETURNING \(unescaped: Self.jobColumns)
                """, logger: self.logger))
            try await self.appendAudit(connection, at: time, actor: actor, action: "job.submit", subject: "job \(job.id ?? 0)",
                                       payload: PreparedDerivedVersion.submitPayload(kind: kind, rosterId: rosterId, version: number,
                                                                                     timeLimitSeconds: timeLimitSeconds, seed: seed, options: options))
            return job
        }
    }

    /// Ends a leased derived job with its new versions, under the lease and the audit lock
    /// (version numbers stay consecutive whichever instance writes).
    public func completeDerivedJob(_ lease: JobLease, rosters: [DerivedRoster], summary: String) async throws(StoreError) -> [Int] {
        let id = lease.jobId
        let job = try await job(id: id)
        guard let sourceId = job.sourceVersionId else { throw StoreError.jobState(job: id, state: job.kind.rawValue, step: "terminer sans version de départ") }
        let stored = try await scenario(id: job.scenarioId)
        let source = try await versionRow(id: sourceId)
        let prepared = try PreparedDerivedVersion.all(rosters, job: job, source: source, scenario: stored)
        let time = timestamp()
        let author = PreparedDerivedVersion.author(of: job)
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: self.logger)
            let current = try await Self.jobs(connection.query(
                "SELECT \(unescaped: Self.jobColumns) FROM solveJob WHERE id = \(id) FOR UPDATE", logger: self.logger)).first
            guard let current, current.state == .running, current.worker == lease.worker, current.attempts == lease.attempt else {
                throw StoreError.jobState(job: id, state: current?.state.rawValue ?? "?", step: "terminer")
            }
            var numbers: [Int] = []
            for item in prepared {
                let last = try await Self.one(Int.self, connection.query(
                    "SELECT COALESCE(MAX(number), 0) FROM rosterVersion WHERE rosterId = \(source.rosterId)", logger: self.logger))
                let versionId = try await Self.one(Int64.self, connection.query("""
                    INSERT INTO rosterVersion (rosterId, number, parentVersionId, content, sha256, state, createdBy, createdAt, note)
                    VALUES (\(source.rosterId), \(last + 1), \(source.id), \(item.proposal.content), \(item.proposal.sha256), 'proposed',
                            \(job.submittedBy), \(time), \(item.note))
                    RETURNING id
                    """, logger: self.logger))
                for change in item.changes {
                    try await connection.query("""
                        INSERT INTO edit (versionId, staff, date, before, after, editedBy, editedAt)
                        VALUES (\(versionId), \(change.staff.rawValue), \(change.date.description), \(change.before?.rawValue), \(change.after?.rawValue), \(author), \(time))
                        """, logger: self.logger)
                }
                try await self.appendAudit(connection, at: time, actor: job.submittedBy, action: "roster.derive",
                                           subject: "roster \(source.rosterId) v\(last + 1)", payload: item.auditPayload, locked: true)
                numbers.append(last + 1)
            }
            let versions = numbers.map(String.init).joined(separator: ",")
            try await connection.query("""
                UPDATE solveJob SET state = 'succeeded', summary = \(summary), rosterId = \(source.rosterId), resultVersions = \(versions),
                    finishedAt = \(time), leaseExpiresAt = NULL
                WHERE id = \(id)
                """, logger: self.logger)
            try await self.appendAudit(connection, at: time, actor: job.submittedBy, action: "job.succeeded", subject: "job \(id)",
                                       payload: ["kind": job.kind.rawValue, "versions": numbers.map { "v\($0)" }.joined(separator: ",")], locked: true)
            return numbers
        }
    }

    /// The number of a version within its roster, from its row id (a job's source version).
    public func versionNumber(id: Int64) async throws(StoreError) -> Int {
        try await versionRow(id: id).number
    }

    func versionRow(id: Int64) async throws(StoreError) -> StoredVersion {
        try await transaction { connection in
            let rows = try await StoreRows.versions(connection.query(
                "SELECT \(unescaped: StoreRows.versionColumns) FROM rosterVersion WHERE id = \(id)", logger: self.logger))
            guard let version = rows.first else { throw StoreError.notFound("rosterVersion \(id)") }
            return version
        }
    }
}
