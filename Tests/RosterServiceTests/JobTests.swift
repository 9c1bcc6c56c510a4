import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import RosterService
import RosterStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Solve jobs: lifecycle, isolation in a child process (killed or aborting: the job fails, the
/// service stays up), cancellation, bounded queue, and recovery after a restart.
@Suite struct JobTests {
    /// Runs the queue beside the body, then stops it as a shutdown would.
    static func withQueue<T>(_ fixture: ServiceFixture, _ body: () async throws -> T) async throws -> T {
        let queue = Task { try await fixture.environment.jobs.run() }
        defer { queue.cancel() }
        let value = try await body()
        queue.cancel()
        _ = await queue.result
        return value
    }

    /// How long the helpers wait before giving up. It only prevents a hang: with the whole suite
    /// running on two cores, CPU-bound solver tests can hold the cooperative pool for a minute or
    /// two before the queue's task gets to start a job (seen: 111 s).
    static let patience: TimeInterval = 300

    /// Polls the store until the job reaches a state (the deadline only prevents a hang).
    static func wait(for id: Int64, in fixture: ServiceFixture, until done: (StoredJob) -> Bool) async throws -> StoredJob {
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            let job = try fixture.database.job(id: id)
            if done(job) { return job }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("job \(id) did not reach the expected state")
        return try fixture.database.job(id: id)
    }

    static func pid(of id: Int64, in fixture: ServiceFixture) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            if let pid = await fixture.environment.jobs.processIdentifier(of: id) { return pid }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }

    struct JobReply: Decodable { var id: Int64; var state: String; var rosterId: Int64?; var failure: String? }

    @Test func aSubmittedJobSavesItsRosterAsAProposal() async throws {
        let fixture = try ServiceFixture(solver: .copying)
        try await Self.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let id = try await client.execute(uri: "/api/v1/jobs", method: .post, headers: cadre.headers(),
                                                  body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA), "timeLimitSeconds": 5, "seed": 7}"#)) { response in
                    #expect(response.status == .accepted)
                    return try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView)).id
                }
                let job = try await Self.wait(for: id, in: fixture) { $0.state.isFinished }
                #expect(job.state == .succeeded)
                let rosterId = try #require(job.rosterId)
                let version = try fixture.database.version(rosterId: rosterId, number: 1)
                #expect(version.state == .proposed)
                #expect(try fixture.database.unit(ofRoster: rosterId).name == ServiceFixture.unitA)
                try await client.execute(uri: "/api/v1/jobs/\(id)", method: .get, headers: cadre.headers()) { response in
                    let text = String(buffer: response.body)
                    #expect(text.contains(#""state":"succeeded""#))
                    #expect(text.contains(#""engine":"fake""#))
                }
                let actions = try fixture.database.auditEntries().map(\.action)
                #expect(actions.contains("job.submit") && actions.contains("roster.propose"))
            }
        }
    }

    @Test func killingTheSolveProcessFailsTheJobAndTheServiceStaysUp() async throws {
        let fixture = try ServiceFixture(solver: .sleeping)
        try await Self.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 1, by: "cadreA")
                let id = try #require(job.id)
                let pid = try await Self.pid(of: id, in: fixture)
                #expect(try fixture.database.job(id: id).state == .running)
                kill(pid, SIGKILL)
                let failed = try await Self.wait(for: id, in: fixture) { $0.state.isFinished }
                #expect(failed.state == .failed)
                #expect(failed.failure?.contains("signal 9") == true)
                #expect(failed.rosterId == nil)
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                }
                // The queue still works: the next job starts, and cancelling it stops its process.
                let next = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 2, by: "cadreA")
                let nextId = try #require(next.id)
                _ = try await Self.pid(of: nextId, in: fixture)
                try await client.execute(uri: "/api/v1/jobs/\(nextId)/cancel", method: .post, headers: cadre.headers()) { response in
                    #expect(response.status == .ok)
                }
                let cancelled = try await Self.wait(for: nextId, in: fixture) { $0.state.isFinished }
                #expect(cancelled.state == .cancelled)
                #expect(cancelled.failure?.contains("cadreA") == true)
            }
        }
    }

    @Test func aRunningJobShowsTheProgressOfItsSolve() async throws {
        let fixture = try ServiceFixture(solver: .progressing)
        try await Self.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 1, by: "cadreA")
                let id = try #require(job.id)
                _ = try await Self.pid(of: id, in: fixture)
                var seen = false
                for _ in 0..<600 where !seen {
                    seen = try await client.execute(uri: "/api/v1/jobs/\(id)", method: .get, headers: cadre.headers()) { response in
                        String(buffer: response.body).contains(#""bestObjective":120"#)
                    }
                    if !seen { try await Task.sleep(for: .milliseconds(50)) }
                }
                #expect(seen)
                try await client.execute(uri: "/", method: .get, headers: [.cookie: cadre.cookie]) { response in
                    #expect(String(buffer: response.body).contains("meilleur score 120"))
                }
                try await fixture.environment.jobs.cancel(id: id, by: "cadreA")
                #expect(try await Self.wait(for: id, in: fixture) { $0.state.isFinished }.state == .cancelled)
            }
        }
    }

    @Test(.enabled(if: FakeSolver.hasPython, "python3 calls abort()"))
    func anAbortingSolverFailsItsJobWithAClearReason() async throws {
        let fixture = try ServiceFixture(solver: .aborting)
        try await Self.withQueue(fixture) {
            let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 1, by: "cadreA")
            let failed = try await Self.wait(for: try #require(job.id), in: fixture) { $0.state.isFinished }
            #expect(failed.state == .failed)
            #expect(failed.failure?.contains("SIGABRT") == true, "\(failed.failure ?? "")")
        }
    }

    @Test func aQueuedJobIsCancelledAtOnceAndAFullQueueRefuses() async throws {
        let fixture = try ServiceFixture(solver: .sleeping)
        // The queue is not running: jobs stay queued.
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            var ids: [Int64] = []
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/jobs", method: .post, headers: cadre.headers(),
                                         body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA)}"#)) { response in
                    #expect(response.status == .accepted)
                    ids.append(try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView)).id)
                }
            }
            try await client.execute(uri: "/api/v1/jobs", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA)}"#)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(errorCode(response) == "queue-full")
            }
            try await client.execute(uri: "/api/v1/jobs/\(ids[0])/cancel", method: .post, headers: cadre.headers()) { response in
                #expect(String(buffer: response.body).contains(#""state":"cancelled""#))
            }
            try await client.execute(uri: "/api/v1/jobs/\(ids[0])/cancel", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .conflict)
                #expect(errorCode(response) == "job-finished")
            }
        }
    }

    @Test func afterARestartRunningJobsRunAgainOnceAndFinishedOnesNever() async throws {
        let fixture = try ServiceFixture(solver: .copying)
        let database = fixture.database
        // A job that finished before the "crash", and one that was running when it happened.
        let finished = try database.submitJob(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 1, by: "cadreA")
        #expect(try database.markJobRunning(id: finished.id ?? 0))
        _ = try database.completeJob(id: finished.id ?? 0, roster: ServiceFixture.roster(name: "unit-A", "M M M", "- - -"), summary: "{}", label: "avant")
        let interrupted = try database.submitJob(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 2, by: "cadreA")
        #expect(try database.markJobRunning(id: interrupted.id ?? 0))
        let rostersBefore = try database.rosters().count

        try await Self.withQueue(fixture) {
            let done = try await Self.wait(for: interrupted.id ?? 0, in: fixture) { $0.state.isFinished }
            #expect(done.state == .succeeded)
            #expect(done.attempts == 2)
        }
        #expect(try database.rosters().count == rostersBefore + 1)
        let untouched = try database.job(id: finished.id ?? 0)
        #expect(untouched.state == .succeeded && untouched.attempts == 1)
        // Completing a job twice is refused by the store: no second roster.
        #expect(throws: StoreError.self) {
            try database.completeJob(id: interrupted.id ?? 0, roster: ServiceFixture.roster(name: "unit-A", "M M M", "- - -"), summary: "{}", label: "x")
        }
    }

    @Test func aShutdownPutsTheRunningJobBackInTheQueue() async throws {
        let fixture = try ServiceFixture(solver: .sleeping)
        let id = try await Self.withQueue(fixture) {
            let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 1, by: "cadreA")
            _ = try await Self.pid(of: job.id ?? 0, in: fixture)
            return job.id ?? 0
        }
        let job = try fixture.database.job(id: id)
        #expect(job.state == .queued)
        #expect(job.attempts == 1)
    }

    @Test func aJobCancelledElsewhereStopsItsSolveAtTheNextHeartbeat() async throws {
        let fixture = try ServiceFixture(solver: .sleeping)
        let database = fixture.database
        var logger = Logger(label: "job-tests")
        logger.logLevel = .critical
        let queue = JobQueue(store: database, executable: fixture.environment.configuration.solverExecutable, concurrency: 1, capacity: 3,
                             logger: logger, worker: "worker-1", leaseSeconds: 1)
        let runner = Task { try await queue.run() }
        defer { runner.cancel() }
        let id = try await queue.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 1, by: "cadreA").id ?? 0
        let deadline = Date().addingTimeInterval(Self.patience)
        while await queue.processIdentifier(of: id) == nil, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(try database.job(id: id).worker == "worker-1")
        // Another instance sharing the store cancels it: this queue loses the lease and stops the child.
        #expect(try database.cancelJob(id: id, reason: "Annulé depuis une autre instance."))
        while await queue.runningCount > 0, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(await queue.runningCount == 0)
        let job = try database.job(id: id)
        #expect(job.state == .cancelled && job.failure == "Annulé depuis une autre instance." && job.rosterId == nil)
        runner.cancel()
        _ = await runner.result
    }

    @Test(.enabled(if: FakeSolver.builtExecutable != nil, "sched-cli is built beside the tests"))
    func theRealSchedCLISolvesInAChildProcess() async throws {
        let fixture = try ServiceFixture(solver: .real(try #require(FakeSolver.builtExecutable)))
        try await Self.withQueue(fixture) {
            let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 3, by: "cadreA")
            let done = try await Self.wait(for: job.id ?? 0, in: fixture) { $0.state.isFinished }
            #expect(done.state == .succeeded, "\(done.failure ?? "")")
            let roster = try fixture.database.version(rosterId: try #require(done.rosterId), number: 1).roster()
            #expect(roster.provenance?.seed == 3)
        }
    }
}
