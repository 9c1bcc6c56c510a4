import Foundation
import Scheduling

/// The solve-job queue, whatever database holds it: the contract that the SQLite store
/// (`RosterDatabase`, one server) and the PostgreSQL store (`PostgresStore`, several service
/// instances and workers sharing one database) both keep, and that one shared test suite checks
/// against both.
///
/// A job goes `queued → running → succeeded | failed | cancelled`. A worker takes a job with
/// `claimNextJob`, which hands each queued job to exactly one caller however many ask at once,
/// and gets a `JobLease`. The lease lasts `leaseSeconds`; the worker renews it while the solve
/// runs (`renewLease`, a heartbeat). Every later write of the worker names the lease and is
/// refused once the lease is no longer the job's — the job was cancelled, or the lease ran out
/// and the job went back to the queue (`requeueExpiredLeases`) and maybe to another worker. So
/// a job's result is written once, by the one worker holding it, in the same transaction as its
/// roster: no job is lost when a worker dies, and none produces two rosters.
public protocol SolveJobStore: Sendable {
    /// Names of the schema migrations applied, in order (`SchemaMigrations.names`).
    nonisolated(nonsending) func appliedMigrations() async throws(StoreError) -> [String]

    /// Imports a scenario file's bytes after checking them; an identical file (same SHA-256)
    /// already stored is returned as it is, with `isNew` false.
    nonisolated(nonsending) func importScenario(_ data: Data, source: String, by actor: String) async throws(StoreError) -> (scenario: StoredScenario, isNew: Bool)

    /// Every audit entry, in storage order.
    nonisolated(nonsending) func auditEntries() async throws(StoreError) -> [AuditEntry]

    /// Checks the audit log's hash chain and its head.
    nonisolated(nonsending) func verifyAudit() async throws(StoreError) -> AuditVerification

    /// Queues a job for a stored scenario.
    nonisolated(nonsending) func submitJob(scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String, by actor: String) async throws(StoreError) -> StoredJob

    /// The job with this id.
    nonisolated(nonsending) func job(id: Int64) async throws(StoreError) -> StoredJob

    /// Every job, newest first.
    nonisolated(nonsending) func jobs() async throws(StoreError) -> [StoredJob]

    /// How many jobs wait in the queue.
    nonisolated(nonsending) func queuedJobCount() async throws(StoreError) -> Int

    /// Atomically takes the oldest queued job for `worker` (queued → running, attempts + 1), with
    /// a lease of `leaseSeconds`; nil when none is queued. Each queued job goes to one caller.
    nonisolated(nonsending) func claimNextJob(worker: String, leaseSeconds: Double) async throws(StoreError) -> ClaimedJob?

    /// Extends a lease by `leaseSeconds` from now. False when the lease is no longer the job's:
    /// the worker must stop the solve and write nothing.
    nonisolated(nonsending) func renewLease(_ lease: JobLease, leaseSeconds: Double) async throws(StoreError) -> Bool

    /// Ends the leased job with its roster, saved as version 1 (`proposed`) of a new roster in the
    /// same transaction as the job's `succeeded` state and its audit entry. Returns the roster's
    /// id; throws `StoreError.jobState` when the lease is no longer the job's.
    nonisolated(nonsending) func completeJob(_ lease: JobLease, roster: Roster, summary: String, label: String) async throws(StoreError) -> Int64

    /// Ends the leased job as failed or cancelled, with the reason; false when the lease is no
    /// longer the job's (nothing written).
    @discardableResult
    nonisolated(nonsending) func failJob(_ lease: JobLease, state: JobState, reason: String, summary: String?) async throws(StoreError) -> Bool

    /// Cancels an unfinished job, whoever holds it (its worker learns it at its next heartbeat);
    /// false when the job had already finished.
    @discardableResult
    nonisolated(nonsending) func cancelJob(id: Int64, reason: String) async throws(StoreError) -> Bool

    /// running → queued for a job its worker gives back (a graceful stop); false when the lease
    /// was no longer the job's.
    @discardableResult
    nonisolated(nonsending) func releaseJob(_ lease: JobLease) async throws(StoreError) -> Bool

    /// Queues again the running jobs whose lease ran out (their worker died or lost the
    /// database). Returns their ids. Finished jobs are never touched.
    nonisolated(nonsending) func requeueExpiredLeases() async throws(StoreError) -> [Int64]

    /// On a worker's start: queues again the running jobs that can no longer finish — those whose
    /// lease ran out, those without a lease (started by an older version), and those `worker`
    /// itself held before it restarted. Returns their ids.
    nonisolated(nonsending) func recoverJobs(worker: String) async throws(StoreError) -> [Int64]

    /// Ends a leased derived job (variants, repair, stress: `JobKind.isDerived`): each roster
    /// becomes a new version of the source version's roster, in the same transaction as the job's
    /// `succeeded` state and its summary. Returns the new version numbers; throws
    /// `StoreError.jobState` when the lease is no longer the job's.
    nonisolated(nonsending) func completeDerivedJob(_ lease: JobLease, rosters: [DerivedRoster], summary: String) async throws(StoreError) -> [Int]
}
