import Foundation
import Logging
import PostgresNIO
import RosterStore
import Scheduling

/// The store on a PostgreSQL server that several service instances and solve workers share
/// (`RosterRepository`, which includes the job queue `SolveJobStore`). The schema is the SQLite
/// store's, migration for migration (`SchemaMigrations`), and every write appends the same
/// hash-chained audit entries. This file holds the connection, migrations, scenario import,
/// job queue and audit log; accounts, rosters and the sign-off steps are in the
/// `PostgresStore+…` files.
///
/// Claiming takes the oldest queued job with `SELECT … FOR UPDATE SKIP LOCKED`: concurrent
/// claimers skip the rows another transaction holds instead of waiting for it, so each queued
/// job goes to one worker and adding workers adds solving capacity. Leases are timed by the
/// server's clock (`clock_timestamp()`), the one clock all machines agree on.
///
/// Every access goes through `transaction` or `query`, which turn postgres-nio's errors into
/// `StoreError.database` naming the server and the SQL state.
public final class PostgresStore: RosterRepository {
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger: Logger
    let clock: @Sendable () -> Date
    public let policy: SignOffPolicy
    /// Derived data of immutable content (evaluators, evaluated versions, analyses).
    public let evaluations = EvaluationCache()
    /// The store's URL, without its password.
    public let location: PostgresLocation

    /// Audited writes take this transaction-level advisory lock: the audit chain grows one entry
    /// at a time, whichever instance writes.
    static let auditLock: Int64 = 0x5052_4F53_5445_5201
    /// Migrations take this one: two instances starting at once migrate one after the other.
    static let migrationLock: Int64 = 0x5052_4F53_5445_5202

    static let jobColumns = "id, scenarioId, timeLimitSeconds, seed, engine, state, submittedBy, submittedAt, startedAt, finishedAt, attempts, failure, summary, rosterId, worker, kind, sourceVersionId, options, resultVersions"
    /// The same, each prefixed with its table, for joins.
    static let qualifiedJobColumns = jobColumns.split(separator: ",").map { "solveJob." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")

    /// Connects (the client keeps a small pool) and applies pending migrations.
    public static func connect(_ location: PostgresLocation, logger: Logger = Logger(label: "roster-store-postgres"),
                               policy: SignOffPolicy = .standard,
                               clock: @escaping @Sendable () -> Date = { Date() }) async throws(StoreError) -> PostgresStore {
        let store = PostgresStore(location: location, logger: logger, policy: policy, clock: clock)
        do throws(StoreError) { try await store.migrate() } catch {
            await store.close()
            throw error
        }
        return store
    }

    private init(location: PostgresLocation, logger: Logger, policy: SignOffPolicy, clock: @escaping @Sendable () -> Date) {
        var configuration = location.clientConfiguration
        configuration.options.maximumConnections = 8
        // The pool's own log, at warning level, says "run() hasn't been called yet" when the first
        // query races the `run()` task started just below: harmless (the query waits for it).
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        self.runner = Task { await client.run() }
        self.location = location
        self.logger = logger
        self.policy = policy
        self.clock = clock
    }

    /// Closes the connections.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    // MARK: Migrations

    func migrate() async throws(StoreError) {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: self.logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schemaMigration (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    appliedAt TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """, logger: self.logger)
            let applied = Set(try await Self.migrationNames(connection, logger: self.logger))
            for migration in SchemaMigrations.all where !applied.contains(migration.name) {
                for statement in migration.postgres {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                try await connection.query("INSERT INTO schemaMigration (name) VALUES (\(migration.name))", logger: self.logger)
            }
        }
    }

    static func migrationNames(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        var names: [String] = []
        for try await name in try await connection.query("SELECT name FROM schemaMigration ORDER BY id", logger: logger).decode(String.self) {
            names.append(name)
        }
        return names
    }

    public func appliedMigrations() async throws(StoreError) -> [String] {
        try await transaction { connection in try await Self.migrationNames(connection, logger: self.logger) }
    }

    // MARK: Scenarios

    public func importScenario(_ data: Data, source: String, by actor: String) async throws(StoreError) -> (scenario: StoredScenario, isNew: Bool) {
        let prepared = try PreparedScenario(data, source: source)
        let time = timestamp()
        return try await transaction { connection in
            // Under the audit lock, so that two instances importing the same file agree on one row.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: self.logger)
            let existing = try await StoreRows.scenarios(connection.query("""
                SELECT \(unescaped: StoreRows.scenarioColumns) FROM scenario WHERE sha256 = \(prepared.sha256)
                """, logger: self.logger))
            if let existing = existing.first { return (existing, false) }
            let unitId = try await Self.one(Int64.self, connection.query("""
                INSERT INTO unit (name) VALUES (\(prepared.unitName)) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id
                """, logger: self.logger))
            let scenario = prepared.scenario
            var stored = StoredScenario(id: nil, unitId: unitId, name: scenario.name, periodStart: scenario.period.start.description,
                                        periodDays: scenario.period.days, sha256: prepared.sha256, content: prepared.content,
                                        importedBy: actor, importedAt: time)
            stored.id = try await Self.one(Int64.self, connection.query("""
                INSERT INTO scenario (unitId, name, periodStart, periodDays, sha256, content, importedBy, importedAt)
                VALUES (\(unitId), \(stored.name), \(stored.periodStart), \(stored.periodDays), \(stored.sha256), \(stored.content), \(actor), \(time))
                RETURNING id
                """, logger: self.logger))
            try await self.appendAudit(connection, at: time, actor: actor, action: "scenario.import", subject: "scenario \(stored.id ?? 0)",
                                       payload: prepared.auditPayload(source: source), locked: true)
            return (stored, true)
        }
    }

    // MARK: Jobs

    public func submitJob(scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String = "hybrid",
                          by actor: String) async throws(StoreError) -> StoredJob {
        let time = timestamp()
        return try await transaction { connection in
            let found = try await connection.query("SELECT id FROM scenario WHERE id = \(scenarioId)", logger: self.logger)
            guard try await Self.first(Int64.self, found) != nil else { throw StoreError.notFound("scenario \(scenarioId)") }
            let job = try await Self.oneJob(connection.query("""
                INSERT INTO solveJob (scenarioId, timeLimitSeconds, seed, engine, state, submittedBy, submittedAt, attempts)
                VALUES (\(scenarioId), \(timeLimitSeconds), \(seed), \(engine), 'queued', \(actor), \(time), 0)
                RETURNING \(unescaped: Self.jobColumns)
                """, logger: self.logger))
            try await self.appendAudit(connection, at: time, actor: actor, action: "job.submit", subject: "job \(job.id ?? 0)",
                                       payload: ["scenario": String(scenarioId), "timeLimitSeconds": String(timeLimitSeconds),
                                                 "seed": String(seed), "engine": engine])
            return job
        }
    }

    public func job(id: Int64) async throws(StoreError) -> StoredJob {
        try await transaction { connection in
            let rows = try await connection.query("SELECT \(unescaped: Self.jobColumns) FROM solveJob WHERE id = \(id)", logger: self.logger)
            guard let job = try await Self.jobs(rows).first else { throw StoreError.notFound("job \(id)") }
            return job
        }
    }

    public func jobs() async throws(StoreError) -> [StoredJob] {
        try await transaction { connection in
            try await Self.jobs(connection.query("SELECT \(unescaped: Self.jobColumns) FROM solveJob ORDER BY id DESC", logger: self.logger))
        }
    }

    /// One page of jobs, newest first: at most `limit`, all older than job `after` when given.
    public func jobs(limit: Int, after: Int64?) async throws(StoreError) -> [StoredJob] {
        try await transaction { connection in
            try await Self.jobs(connection.query("""
                SELECT \(unescaped: Self.jobColumns) FROM solveJob WHERE id < \(after ?? Int64.max) ORDER BY id DESC LIMIT \(max(0, limit))
                """, logger: self.logger))
        }
    }

    public func queuedJobCount() async throws(StoreError) -> Int {
        try await transaction { connection in
            try await Self.one(Int.self, connection.query("SELECT count(*)::BIGINT FROM solveJob WHERE state = 'queued'", logger: self.logger))
        }
    }

    /// One statement: the sub-select locks the oldest queued row that no other transaction
    /// holds (`FOR UPDATE SKIP LOCKED`), the update makes it this worker's, and the scenario
    /// comes back with it.
    public func claimNextJob(worker: String, leaseSeconds: Double) async throws(StoreError) -> ClaimedJob? {
        let time = timestamp()
        return try await transaction { connection in
            let rows = try await connection.query("""
                WITH claimed AS (
                    UPDATE solveJob
                    SET state = 'running', startedAt = \(time), attempts = attempts + 1, worker = \(worker),
                        leaseExpiresAt = clock_timestamp() + make_interval(secs => \(leaseSeconds))
                    WHERE id = (SELECT id FROM solveJob WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING \(unescaped: Self.jobColumns)
                )
                SELECT claimed.*, scenario.content, source.content FROM claimed JOIN scenario ON scenario.id = claimed.scenarioId
                LEFT JOIN rosterVersion source ON source.id = claimed.sourceVersionId
                """, logger: self.logger)
            for try await row in rows.decode(JobRow.Claimed.self) {
                return ClaimedJob(job: try JobRow.job(row), scenarioContent: row.19, lease: JobLease(jobId: row.0, worker: worker, attempt: row.10),
                                  sourceRosterContent: row.20)
            }
            return nil
        }
    }

    public func renewLease(_ lease: JobLease, leaseSeconds: Double) async throws(StoreError) -> Bool {
        try await transaction { connection in
            let rows = try await connection.query("""
                UPDATE solveJob SET leaseExpiresAt = clock_timestamp() + make_interval(secs => \(leaseSeconds))
                WHERE id = \(lease.jobId) AND state = 'running' AND worker = \(lease.worker) AND attempts = \(lease.attempt)
                RETURNING id
                """, logger: self.logger)
            return try await Self.first(Int64.self, rows) != nil
        }
    }

    public func completeJob(_ lease: JobLease, roster: Roster, summary: String, label: String) async throws(StoreError) -> Int64 {
        let (job, scenarioContent) = try await transaction { connection in
            let rows = try await connection.query("""
                SELECT \(unescaped: Self.qualifiedJobColumns), scenario.content, NULL::TEXT
                FROM solveJob JOIN scenario ON scenario.id = solveJob.scenarioId WHERE solveJob.id = \(lease.jobId)
                """, logger: self.logger)
            for try await row in rows.decode(JobRow.Claimed.self) {
                return (try JobRow.job(row), row.19)
            }
            throw StoreError.notFound("job \(lease.jobId)")
        }
        let id = lease.jobId
        let proposal = try PreparedProposal(roster, scenarioContent: scenarioContent, scenarioId: job.scenarioId, job: id, source: "job \(id)")
        let time = timestamp()
        return try await transaction { connection in
            let current = try await Self.jobs(connection.query("""
                SELECT \(unescaped: Self.jobColumns) FROM solveJob WHERE id = \(id) FOR UPDATE
                """, logger: self.logger)).first
            guard let current, current.state == .running, current.worker == lease.worker, current.attempts == lease.attempt else {
                throw StoreError.jobState(job: id, state: current?.state.rawValue ?? "?", step: "terminer")
            }
            let rosterId = try await Self.one(Int64.self, connection.query("""
                INSERT INTO roster (scenarioId, label, createdBy, createdAt) VALUES (\(job.scenarioId), \(label), \(job.submittedBy), \(time)) RETURNING id
                """, logger: self.logger))
            try await connection.query("""
                INSERT INTO rosterVersion (rosterId, number, parentVersionId, content, sha256, state, createdBy, createdAt, note)
                VALUES (\(rosterId), 1, NULL, \(proposal.content), \(proposal.sha256), 'proposed', \(job.submittedBy), \(time), \("calcul \(id)"))
                """, logger: self.logger)
            try await connection.query("""
                UPDATE solveJob SET state = 'succeeded', summary = \(summary), rosterId = \(rosterId), finishedAt = \(time), leaseExpiresAt = NULL
                WHERE id = \(id)
                """, logger: self.logger)
            try await self.appendAudit(connection, at: time, actor: job.submittedBy, action: "roster.propose", subject: "roster \(rosterId) v1",
                                       payload: proposal.auditPayload)
            return rosterId
        }
    }

    @discardableResult
    public func failJob(_ lease: JobLease, state: JobState, reason: String, summary: String?) async throws(StoreError) -> Bool {
        precondition(state == .failed || state == .cancelled, "failJob ends a job without a roster")
        let time = timestamp()
        return try await transaction { connection in
            let rows = try await connection.query("""
                UPDATE solveJob SET state = \(state.rawValue), failure = \(reason), summary = \(summary), finishedAt = \(time), leaseExpiresAt = NULL
                WHERE id = \(lease.jobId) AND state = 'running' AND worker = \(lease.worker) AND attempts = \(lease.attempt)
                RETURNING id
                """, logger: self.logger)
            guard try await Self.first(Int64.self, rows) != nil else { return false }
            try await self.appendAudit(connection, at: time, actor: "service", action: "job.\(state.rawValue)", subject: "job \(lease.jobId)",
                                       payload: ["reason": reason, "worker": lease.worker])
            return true
        }
    }

    @discardableResult
    public func cancelJob(id: Int64, reason: String) async throws(StoreError) -> Bool {
        let time = timestamp()
        return try await transaction { connection in
            let found = try await connection.query("SELECT id FROM solveJob WHERE id = \(id)", logger: self.logger)
            guard try await Self.first(Int64.self, found) != nil else { throw StoreError.notFound("job \(id)") }
            let rows = try await connection.query("""
                UPDATE solveJob SET state = 'cancelled', failure = \(reason), finishedAt = \(time), leaseExpiresAt = NULL
                WHERE id = \(id) AND state IN ('queued', 'running')
                RETURNING id
                """, logger: self.logger)
            guard try await Self.first(Int64.self, rows) != nil else { return false }
            try await self.appendAudit(connection, at: time, actor: "service", action: "job.cancelled", subject: "job \(id)", payload: ["reason": reason])
            return true
        }
    }

    @discardableResult
    public func releaseJob(_ lease: JobLease) async throws(StoreError) -> Bool {
        try await transaction { connection in
            let rows = try await connection.query("""
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE id = \(lease.jobId) AND state = 'running' AND worker = \(lease.worker) AND attempts = \(lease.attempt)
                RETURNING id
                """, logger: self.logger)
            return try await Self.first(Int64.self, rows) != nil
        }
    }

    public func requeueExpiredLeases() async throws(StoreError) -> [Int64] {
        try await transaction { connection in
            try await Self.all(Int64.self, connection.query("""
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE state = 'running' AND leaseExpiresAt < clock_timestamp()
                RETURNING id
                """, logger: self.logger)).sorted()
        }
    }

    public func recoverJobs(worker: String) async throws(StoreError) -> [Int64] {
        try await transaction { connection in
            try await Self.all(Int64.self, connection.query("""
                UPDATE solveJob SET state = 'queued', startedAt = NULL, leaseExpiresAt = NULL
                WHERE state = 'running' AND (leaseExpiresAt IS NULL OR leaseExpiresAt < clock_timestamp() OR worker = \(worker))
                RETURNING id
                """, logger: self.logger)).sorted()
        }
    }

    // MARK: Audit

    /// Every audit entry, in storage order.
    public func auditEntries() async throws(StoreError) -> [AuditEntry] {
        try await transaction { connection in
            var entries: [AuditEntry] = []
            let rows = try await connection.query("""
                SELECT id, sequence, recordedAt, actor, action, subject, payload, previousHash, hash FROM auditEntry ORDER BY id
                """, logger: self.logger)
            for try await row in rows.decode((Int64, Int, String, String, String, String, String, String, String).self) {
                entries.append(AuditEntry(id: row.0, sequence: row.1, recordedAt: row.2, actor: row.3, action: row.4, subject: row.5,
                                          payload: row.6, previousHash: row.7, hash: row.8))
            }
            return entries
        }
    }

    /// Checks the whole hash chain and its head, as `RosterDatabase.verifyAudit` does.
    public func verifyAudit() async throws(StoreError) -> AuditVerification {
        let entries = try await auditEntries()
        let head = try await transaction { connection in
            let rows = try await connection.query("SELECT sequence, hash FROM auditHead WHERE id = 1", logger: self.logger)
            return try await Self.first((Int, String).self, rows)
        }
        return AuditChain.verify(entries, head: head.map { (sequence: $0.0, hash: $0.1) })
    }

    /// Appends one entry to the chain inside the caller's transaction, under the audit lock.
    func appendAudit(_ connection: PostgresConnection, at time: String, actor: String, action: String, subject: String,
                     payload: [String: String], locked: Bool = false) async throws {
        if !locked { try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: logger) }
        let last = try await Self.first((Int, String).self, connection.query(
            "SELECT sequence, hash FROM auditEntry ORDER BY id DESC LIMIT 1", logger: logger))
        let sequence = (last?.0 ?? 0) + 1
        let previousHash = last?.1 ?? AuditChain.genesisHash
        let payloadText = AuditChain.payloadText(payload)
        let hash = AuditChain.hash(sequence: sequence, recordedAt: time, actor: actor, action: action, subject: subject,
                                   payload: payloadText, previousHash: previousHash)
        try await connection.query("""
            INSERT INTO auditEntry (sequence, recordedAt, actor, action, subject, payload, previousHash, hash)
            VALUES (\(sequence), \(time), \(actor), \(action), \(subject), \(payloadText), \(previousHash), \(hash))
            """, logger: logger)
        try await connection.query("""
            INSERT INTO auditHead (id, sequence, hash) VALUES (1, \(sequence), \(hash))
            ON CONFLICT (id) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash
            """, logger: logger)
    }

    // MARK: The choke point

    /// Runs the body in one transaction on a pooled connection; any failure becomes a `StoreError`.
    func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw storeError(error)
        }
    }

    func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let error as PostgresTransactionError:
            return storeError(error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error)
        case let error as PSQLError:
            let message = error.serverInfo?[.message]
            let state = error.serverInfo?[.sqlState]
            if let message { return .database(file: location.description, message: "\(message)\(state.map { " (SQLSTATE \($0))" } ?? "")") }
            return .database(file: location.description, message: "\(error.code)")
        default:
            return .database(file: location.description, message: String(describing: error))
        }
    }

    /// Now, as ISO 8601 in UTC (the stored timestamps are text, as in SQLite).
    func timestamp() -> String { clock().ISO8601Format() }

    // MARK: Rows

    static func first<T: PostgresDecodable>(_ type: T.Type, _ rows: PostgresRowSequence) async throws -> T? {
        for try await value in rows.decode(T.self) { return value }
        return nil
    }

    static func first<A: PostgresDecodable, B: PostgresDecodable>(_ type: (A, B).Type, _ rows: PostgresRowSequence) async throws -> (A, B)? {
        for try await value in rows.decode((A, B).self) { return value }
        return nil
    }

    static func one<T: PostgresDecodable>(_ type: T.Type, _ rows: PostgresRowSequence) async throws -> T {
        guard let value = try await first(type, rows) else { throw StoreError.corruptContent(what: "PostgreSQL", detail: "a statement returned no row") }
        return value
    }

    static func all<T: PostgresDecodable>(_ type: T.Type, _ rows: PostgresRowSequence) async throws -> [T] {
        var values: [T] = []
        for try await value in rows.decode(T.self) { values.append(value) }
        return values
    }

    static func jobs(_ rows: PostgresRowSequence) async throws -> [StoredJob] {
        var jobs: [StoredJob] = []
        for try await row in rows.decode(JobRow.Columns.self) {
            jobs.append(try JobRow.job(row))
        }
        return jobs
    }

    static func oneJob(_ rows: PostgresRowSequence) async throws -> StoredJob {
        guard let job = try await jobs(rows).first else { throw StoreError.corruptContent(what: "PostgreSQL", detail: "a statement returned no job") }
        return job
    }
}
