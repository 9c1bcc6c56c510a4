import Foundation
import Scheduling

/// Everything the service reads and writes, whatever database holds it: the SQLite file
/// (`RosterDatabase`, one machine) or a PostgreSQL server (`PostgresStore`, several service
/// instances and workers sharing one database). Both keep the same contract, checked by one
/// shared test suite: each write is one transaction that also appends its audit entry, signed
/// versions never change, and the audit chain verifies the same way.
public protocol RosterRepository: SolveJobStore {
    /// What a version needs before it may be signed (thresholds of the points d'attention).
    var policy: SignOffPolicy { get }

    // MARK: Accounts and units

    /// Creates an account with its units; the password hash is computed by the caller (bcrypt).
    nonisolated(nonsending) func addAccount(name: String, role: AccountRole, passwordHash: String, units: [String], by actor: String) async throws(StoreError) -> StoredAccount
    /// The account with this login name, if any.
    nonisolated(nonsending) func account(named name: String) async throws(StoreError) -> StoredAccount?
    /// Every account, by name.
    nonisolated(nonsending) func accounts() async throws(StoreError) -> [StoredAccount]
    /// The names of the units an account is attached to.
    nonisolated(nonsending) func unitNames(ofAccount id: Int64) async throws(StoreError) -> [String]
    /// Every care unit, by name.
    nonisolated(nonsending) func units() async throws(StoreError) -> [StoredUnit]
    /// The unit a scenario belongs to.
    nonisolated(nonsending) func unit(ofScenario scenarioId: Int64) async throws(StoreError) -> StoredUnit
    /// The unit a roster belongs to (through its scenario).
    nonisolated(nonsending) func unit(ofRoster rosterId: Int64) async throws(StoreError) -> StoredUnit

    // MARK: Sessions

    /// Keeps a new session (its token's hash, never the token).
    nonisolated(nonsending) func openSession(_ session: StoredSession) async throws(StoreError)
    /// The live session with this token hash and its account, nil when unknown or expired
    /// before `now` (Unix seconds).
    nonisolated(nonsending) func signedIn(tokenHash: String, now: Double) async throws(StoreError) -> SignedInAccount?
    nonisolated(nonsending) func closeSession(tokenHash: String) async throws(StoreError)
    /// Forgets the sessions that expired before `now`; returns how many.
    @discardableResult
    nonisolated(nonsending) func deleteExpiredSessions(now: Double) async throws(StoreError) -> Int

    // MARK: Scenarios and rosters

    /// Every scenario, oldest first.
    nonisolated(nonsending) func scenarios() async throws(StoreError) -> [StoredScenario]
    /// The scenario with this id.
    nonisolated(nonsending) func scenario(id: Int64) async throws(StoreError) -> StoredScenario
    /// Records a roster as version 1 (`proposed`) of a new roster of a stored scenario.
    nonisolated(nonsending) func saveProposal(_ roster: Roster, scenarioId: Int64, label: String?, by actor: String, source: String) async throws(StoreError) -> StoredVersion
    /// Records a changed roster as a new version whose parent is version `parent`, with one edit
    /// row per changed cell; `StoreError.nothingChanged` when no cell differs.
    nonisolated(nonsending) func saveVersion(_ roster: Roster, rosterId: Int64, parent: Int, note: String?, by actor: String,
                                             source: String) async throws(StoreError) -> (version: StoredVersion, edits: [StoredEdit])
    /// Every roster with its scenario's name, number of versions and latest state.
    nonisolated(nonsending) func rosters() async throws(StoreError) -> [RosterSummary]
    /// The roster with this id.
    nonisolated(nonsending) func rosterRecord(id: Int64) async throws(StoreError) -> StoredRoster
    /// The versions of a roster, oldest first.
    nonisolated(nonsending) func versions(rosterId: Int64) async throws(StoreError) -> [StoredVersion]
    /// The versions of a roster without their content, oldest first (listings, history).
    nonisolated(nonsending) func versionHeaders(rosterId: Int64) async throws(StoreError) -> [VersionHeader]
    /// Version `number` of a roster.
    nonisolated(nonsending) func version(rosterId: Int64, number: Int) async throws(StoreError) -> StoredVersion
    /// The cells changed by the cadre to make this version from its parent.
    nonisolated(nonsending) func edits(versionId: Int64) async throws(StoreError) -> [StoredEdit]
    /// The number of a version within its roster, from its row id (a job's source version).
    nonisolated(nonsending) func versionNumber(id: Int64) async throws(StoreError) -> Int

    // MARK: Jobs

    /// One page of jobs, newest first: at most `limit`, all older than job `after` when given.
    nonisolated(nonsending) func jobs(limit: Int, after: Int64?) async throws(StoreError) -> [StoredJob]

    /// Queues variants, a repair or a stress batch of a stored version; `options` is the
    /// worker's JSON (profiles, locked cells…), kept as it is.
    nonisolated(nonsending) func submitDerivedJob(kind: JobKind, rosterId: Int64, version number: Int, timeLimitSeconds: Double, seed: Int64,
                                                  options: String?, by actor: String) async throws(StoreError) -> StoredJob

    // MARK: Review and sign-off

    /// A version with its evaluation, checklist and sign-off progress; the checklist lacks the
    /// near ties, which only the review needs.
    nonisolated(nonsending) func context(rosterId: Int64, number: Int) async throws(StoreError) -> VersionContext
    /// The same with the whole sign-off checklist, near ties included (slow the first time).
    nonisolated(nonsending) func reviewContext(rosterId: Int64, number: Int) async throws(StoreError) -> VersionContext
    nonisolated(nonsending) func startReview(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignOffWorkflow
    nonisolated(nonsending) func acknowledge(rosterId: Int64, number: Int, item: String, note: String?, by actor: String) async throws(StoreError) -> SignOffWorkflow
    nonisolated(nonsending) func override(rosterId: Int64, number: Int, item: String, justification: String, by actor: String) async throws(StoreError) -> SignOffWorkflow
    nonisolated(nonsending) func validate(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignOffWorkflow
    /// The indicators and explanations of a loaded version (computed once per version).
    nonisolated(nonsending) func analysis(of context: VersionContext) async throws(StoreError) -> VersionAnalysis
    /// Signs a validated version (signer, time, content digests, engine, parameters and seed).
    nonisolated(nonsending) func sign(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignatureRecord
    /// Recomputes the digest of every stored scenario and version against the recorded ones.
    nonisolated(nonsending) func verifyContent() async throws(StoreError) -> [ContentMismatch]
}
