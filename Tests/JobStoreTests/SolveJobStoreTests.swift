import Foundation
import RosterStore
import RosterStorePostgres
import Scheduling
import Testing

/// The job-queue contract (`SolveJobStore`), one specification for every backend: each test
/// runs on a fresh SQLite file and, when `ROSTER_TEST_POSTGRES_URL` is set, on a fresh
/// PostgreSQL database.
@Suite struct SolveJobStoreTests {
    @Test(arguments: Backend.available)
    func theSchemaIsEveryMigrationInOrder(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let applied = try await subject.store.appliedMigrations()
            #expect(applied == SchemaMigrations.names)
            // Opening again applies nothing twice.
            let again = try await subject.connect().appliedMigrations()
            #expect(again == SchemaMigrations.names)
        }
    }

    @Test func bothBackendsKnowTheSameMigrations() async throws {
        let names = SchemaMigrations.names
        #expect(Set(names).count == names.count, "migration names are unique")
        #expect(Array(names.prefix(4)) == ["v1-scenarios-and-rosters", "v1-audit-log", "v1-immutability-triggers", "v2-service-accounts-and-jobs"],
                "shipped migrations keep their names and order")
        for migration in SchemaMigrations.all {
            #expect(!migration.sqlite.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(migration.name) has SQLite statements")
            #expect(!migration.postgres.isEmpty, "\(migration.name) has PostgreSQL statements")
        }
        var applied: [Backend: [String]] = [:]
        for backend in Backend.available {
            try await StoreUnderTest.with(backend) { subject in applied[backend] = try await subject.store.appliedMigrations() }
        }
        #expect(Set(applied.values).count == 1)
    }

    @Test(arguments: Backend.available)
    func theOldestQueuedJobGoesToOneWorkerWithALease(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let ids = try await JobStoreFixture.queue(2, in: store)
            #expect(try await store.queuedJobCount() == 2)
            let first = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            #expect(first.lease == JobLease(jobId: ids[0], worker: "a", attempt: 1))
            #expect(first.job.state == .running && first.job.worker == "a" && first.job.attempts == 1 && first.job.startedAt != nil)
            #expect(first.scenarioContent == String(decoding: JobStoreFixture.scenarioData, as: UTF8.self))
            let second = try #require(try await store.claimNextJob(worker: "b", leaseSeconds: 30))
            #expect(second.lease.jobId == ids[1])
            #expect(try await store.claimNextJob(worker: "c", leaseSeconds: 30) == nil)
            #expect(try await store.queuedJobCount() == 0)
            #expect(try await store.renewLease(first.lease, leaseSeconds: 30))
            #expect(try await store.requeueExpiredLeases().isEmpty, "leases still running are left alone")
        }
    }

    @Test(arguments: Backend.available)
    func completingWritesOneRosterUnderTheLease(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let id = try #require(try await JobStoreFixture.queue(1, in: store).first)
            let claimed = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            let rosterId = try await store.completeJob(claimed.lease, roster: JobStoreFixture.roster, summary: #"{"status":"feasible"}"#, label: "calcul")
            let job = try await store.job(id: id)
            #expect(job.state == .succeeded && job.rosterId == rosterId && job.summary == #"{"status":"feasible"}"# && job.finishedAt != nil)
            await #expect(throws: StoreError.self) {
                try await store.completeJob(claimed.lease, roster: JobStoreFixture.roster, summary: "{}", label: "again")
            }
            #expect(try await !store.renewLease(claimed.lease, leaseSeconds: 30), "a finished job has no lease")
            #expect(try await !store.failJob(claimed.lease, state: .failed, reason: "late", summary: nil))
            let entries = try await store.auditEntries()
            #expect(entries.map(\.action) == ["scenario.import", "job.submit", "roster.propose"])
            #expect(entries.last?.payload.contains(#""job":"\#(id)""#) == true)
            #expect(try await store.verifyAudit().isIntact)
        }
    }

    @Test(arguments: Backend.available)
    func anExpiredLeaseGoesBackToTheQueueAndItsWorkerCanNoLongerWrite(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let id = try #require(try await JobStoreFixture.queue(1, in: store).first)
            let dead = try #require(try await store.claimNextJob(worker: "dead", leaseSeconds: 0.2))
            try await Task.sleep(for: .milliseconds(600))
            #expect(try await store.requeueExpiredLeases() == [id])
            #expect(try await store.job(id: id).state == .queued)
            #expect(try await !store.renewLease(dead.lease, leaseSeconds: 30))
            let alive = try #require(try await store.claimNextJob(worker: "alive", leaseSeconds: 30))
            #expect(alive.lease.attempt == 2)
            // The first worker comes back with its result: refused, the job is the second's.
            await #expect(throws: StoreError.self) {
                try await store.completeJob(dead.lease, roster: JobStoreFixture.roster, summary: "{}", label: "late")
            }
            #expect(try await !store.failJob(dead.lease, state: .failed, reason: "late", summary: nil))
            #expect(try await !store.releaseJob(dead.lease))
            _ = try await store.completeJob(alive.lease, roster: JobStoreFixture.roster, summary: "{}", label: "calcul")
            let job = try await store.job(id: id)
            #expect(job.state == .succeeded && job.worker == "alive" && job.attempts == 2)
        }
    }

    @Test(arguments: Backend.available)
    func cancellingARunningJobTakesItsLease(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let ids = try await JobStoreFixture.queue(2, in: store)
            let claimed = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            #expect(try await store.cancelJob(id: ids[0], reason: "annulé"))
            #expect(try await !store.renewLease(claimed.lease, leaseSeconds: 30), "the worker learns it at its next heartbeat")
            #expect(try await store.cancelJob(id: ids[1], reason: "annulé avant démarrage"))
            #expect(try await !store.cancelJob(id: ids[1], reason: "encore"), "a finished job stays as it is")
            #expect(try await store.job(id: ids[0]).state == .cancelled)
            #expect(try await store.claimNextJob(worker: "b", leaseSeconds: 30) == nil)
            await #expect(throws: StoreError.self) { try await store.cancelJob(id: 999, reason: "x") }
        }
    }

    @Test(arguments: Backend.available)
    func aReleasedOrRecoveredJobRunsAgainAndAFailureIsRecorded(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let id = try #require(try await JobStoreFixture.queue(1, in: store).first)
            let first = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            #expect(try await store.releaseJob(first.lease))
            #expect(try await store.job(id: id).state == .queued)
            let second = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            #expect(second.lease.attempt == 2)
            // Worker `a` restarts: its running job is queued again at once.
            #expect(try await store.recoverJobs(worker: "a") == [id])
            let third = try #require(try await store.claimNextJob(worker: "a", leaseSeconds: 30))
            #expect(try await store.failJob(third.lease, state: .failed, reason: "Aucun planning trouvé.", summary: nil))
            let job = try await store.job(id: id)
            #expect(job.state == .failed && job.failure == "Aucun planning trouvé." && job.attempts == 3)
            #expect(try await store.auditEntries().last?.action == "job.failed")
            #expect(try await store.verifyAudit().isIntact)
        }
    }

    @Test(arguments: Backend.available)
    func aJobNeedsAStoredScenario(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            await #expect(throws: StoreError.self) {
                try await subject.store.submitJob(scenarioId: 42, timeLimitSeconds: 5, seed: 1, engine: "hybrid", by: "cadre")
            }
            let first = try await subject.store.importScenario(JobStoreFixture.scenarioData, source: "a", by: "test")
            let again = try await subject.store.importScenario(JobStoreFixture.scenarioData, source: "b", by: "test")
            #expect(first.isNew && !again.isNew && first.scenario.id == again.scenario.id)
        }
    }

    /// N jobs, M claimers on their own connections at once: each job is claimed exactly once,
    /// and completed once, and the audit chain stays whole.
    @Test(arguments: Backend.available)
    func concurrentClaimersEachGetDifferentJobs(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let jobs = 40
            let claimers = 6
            let ids = try await JobStoreFixture.queue(jobs, in: subject.store)
            var connections: [any SolveJobStore] = []
            for _ in 0..<claimers { connections.append(try await subject.connect()) }
            let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for (index, store) in connections.enumerated() {
                    group.addTask {
                        var mine: [Int64] = []
                        while let job = try await store.claimNextJob(worker: "w\(index)", leaseSeconds: 30) {
                            mine.append(job.lease.jobId)
                            _ = try await store.completeJob(job.lease, roster: JobStoreFixture.roster, summary: "{}", label: "calcul")
                        }
                        return mine
                    }
                }
                var all: [[Int64]] = []
                for try await mine in group { all.append(mine) }
                return all
            }
            let flat = claimed.flatMap { $0 }
            #expect(flat.count == jobs, "no job claimed twice")
            #expect(Set(flat) == Set(ids), "every job claimed")
            let finished = try await subject.store.jobs()
            #expect(finished.allSatisfy { $0.state == .succeeded && $0.attempts == 1 && $0.rosterId != nil })
            #expect(Set(finished.compactMap(\.rosterId)).count == jobs, "one roster per job")
            let proposals = try await subject.store.auditEntries().filter { $0.action == "roster.propose" }
            #expect(proposals.count == jobs)
            #expect(try await subject.store.verifyAudit().isIntact)
        }
    }
}
