import Foundation
import Logging
import RosterStore
import Scheduling
import ServiceLifecycle

/// The solve jobs: a bounded queue persisted in a `SolveJobStore`, run `concurrency` at a time,
/// each in its own child process (`SolveProcess`). The service runs one on its SQLite store;
/// `sched-cli worker` runs one on a PostgreSQL store that other workers and instances share.
///
/// It is a `Service`: `run()` first queues again the jobs that can no longer finish
/// (`recoverJobs`), then claims jobs as slots free up — when woken by a submission and, on a
/// shared store, every `pollInterval` — and renews each running job's lease every third of
/// `leaseSeconds`. A lease found lost (the job was cancelled elsewhere, or the lease ran out)
/// stops the child and nothing is written. On graceful shutdown it stops the children and puts
/// their jobs back in the queue, so no job is lost and none produces two rosters (the roster and
/// the job's `succeeded` state are written in one transaction, under the lease).
public actor JobQueue: Service {
    let store: any SolveJobStore
    let executable: URL
    let concurrency: Int
    let capacity: Int
    let workDirectory: URL
    let logger: Logger
    let metrics: ServiceMetrics?
    /// The name this queue claims jobs under (`host:pid` by default).
    public let worker: String
    let leaseSeconds: Double
    let pollInterval: Duration?
    /// Niceness of the solve processes (0: the server's own priority); see `SolveProcess`.
    let solveNiceness: Int32
    /// 10, the usual niceness of background work.
    public static let defaultSolveNiceness: Int32 = 10
    private var running: [Int64: SolveProcess] = [:]
    private var leases: [Int64: JobLease] = [:]
    private var tasks: [Int64: Task<Void, Never>] = [:]
    private var cancelled: [Int64: String] = [:]
    private var timedOut: Set<Int64> = []
    private var lost: Set<Int64> = []
    private var finishedCount = 0
    private var stopping = false
    private nonisolated let wake: AsyncStream<Void>
    private nonisolated let wakeContinuation: AsyncStream<Void>.Continuation

    /// - Parameters:
    ///   - leaseSeconds: how long a claimed job stays this queue's without a heartbeat.
    ///   - pollInterval: how often to look for jobs submitted elsewhere (nil: only when woken).
    public init(store: any SolveJobStore, executable: URL, concurrency: Int, capacity: Int, logger: Logger, metrics: ServiceMetrics? = nil,
                worker: String = JobQueue.defaultWorkerName(), leaseSeconds: Double = 30, pollInterval: Duration? = nil,
                workDirectory: URL = FileManager.default.temporaryDirectory.appendingPathComponent("roster-service-\(UUID().uuidString)"),
                solveNiceness: Int32 = JobQueue.defaultSolveNiceness) {
        self.store = store
        self.solveNiceness = solveNiceness
        self.executable = executable
        self.concurrency = max(1, concurrency)
        self.capacity = max(1, capacity)
        self.workDirectory = workDirectory
        self.logger = logger
        self.metrics = metrics
        self.worker = worker
        self.leaseSeconds = max(1, leaseSeconds)
        self.pollInterval = pollInterval
        (wake, wakeContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// The queue of the service on its SQLite store, under a name that survives a restart
    /// (`service@HOST`): a restarted service takes back its interrupted jobs at once.
    public init(database: RosterDatabase, executable: URL, concurrency: Int, capacity: Int, logger: Logger, metrics: ServiceMetrics? = nil,
                workDirectory: URL = FileManager.default.temporaryDirectory.appendingPathComponent("roster-service-\(UUID().uuidString)"),
                solveNiceness: Int32 = JobQueue.defaultSolveNiceness) {
        self.init(store: database, executable: executable, concurrency: concurrency, capacity: capacity, logger: logger, metrics: metrics,
                  worker: "service@\(ProcessInfo.processInfo.hostName)", workDirectory: workDirectory, solveNiceness: solveNiceness)
    }

    /// `host:pid`: unique among the workers running at one time.
    public static func defaultWorkerName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }

    // MARK: Requests

    /// Queues a job, or refuses when the queue is full or the limits are out of range.
    /// Engines a job may ask for (`sched-cli solve --engine`).
    public static let engines = ["hybrid", "mip", "local-search", "greedy"]

    public func submit(scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String = "hybrid",
                       by actor: String) async throws(ServiceError) -> StoredJob {
        guard Self.engines.contains(engine) else {
            throw .badRequest("Moteur inconnu « \(engine) » : hybrid, mip, local-search ou greedy.", code: "invalid-engine")
        }
        guard timeLimitSeconds.isFinite, timeLimitSeconds >= 1, timeLimitSeconds <= 3600 else {
            throw .badRequest("La durée de calcul doit être comprise entre 1 et 3600 secondes.", code: "invalid-time-limit")
        }
        guard seed >= 0 else { throw .badRequest("La graine doit être un entier positif ou nul.", code: "invalid-seed") }
        let waiting: Int
        do throws(StoreError) { waiting = try await store.queuedJobCount() } catch { throw ServiceError.from(error) }
        guard waiting < capacity else {
            throw ServiceError(.serviceUnavailable, code: "queue-full",
                               message: "La file de calcul est pleine (\(capacity) demandes en attente) : réessayez plus tard.")
        }
        let job: StoredJob
        do throws(StoreError) {
            job = try await store.submitJob(scenarioId: scenarioId, timeLimitSeconds: timeLimitSeconds, seed: seed, engine: engine, by: actor)
        } catch {
            throw ServiceError.from(error)
        }
        logger.info("job queued", metadata: ["job": .stringConvertible(job.id ?? 0), "scenario": .stringConvertible(scenarioId)])
        wakeContinuation.yield()
        return job
    }

    /// Cancels a queued job at once, or stops a running job's process; a job running on another
    /// worker is marked cancelled, and that worker stops it at its next heartbeat.
    public func cancel(id: Int64, by actor: String) async throws(ServiceError) {
        let job: StoredJob
        do throws(StoreError) { job = try await store.job(id: id) } catch { throw ServiceError.from(error) }
        switch job.state {
        case .running where running[id] != nil:
            cancelled[id] = actor
            running[id]?.terminate()
        case .queued, .running:
            let reason = job.state == .queued ? "Calcul annulé par \(actor) avant son démarrage." : "Calcul interrompu à la demande de \(actor)."
            do throws(StoreError) { try await store.cancelJob(id: id, reason: reason) } catch { throw ServiceError.from(error) }
        case .succeeded, .failed, .cancelled:
            throw ServiceError(.conflict, code: "job-finished", message: "Ce calcul est déjà terminé (\(job.state.rawValue)).")
        }
    }

    /// The process id of a running job's child (tests, diagnostics).
    public func processIdentifier(of id: Int64) -> Int32? { running[id]?.processIdentifier }

    /// The latest progress of a running job.
    public func progress(of id: Int64) -> SolveProgressView? { running[id]?.progress() }

    /// Jobs running now.
    public var runningCount: Int { running.count }

    /// Jobs this queue has ended (succeeded, failed or cancelled) since it started.
    public var endedCount: Int { finishedCount }

    /// Jobs waiting in the store's queue.
    public func queuedCount() async throws(StoreError) -> Int { try await store.queuedJobCount() }

    // MARK: Service

    public nonisolated func run() async throws {
        await recover()
        let ticker = pollInterval.map { interval in
            Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    self.poke()
                }
            }
        }
        await withGracefulShutdownHandler {
            for await _ in self.wake {
                await self.startReady()
            }
        } onGracefulShutdown: {
            self.wakeContinuation.finish()
        }
        ticker?.cancel()
        await stopAll()
    }

    /// Wakes the queue (a job was submitted from elsewhere, or tests).
    public nonisolated func poke() { wakeContinuation.yield() }

    private func recover() async {
        do throws(StoreError) {
            let ids = try await store.recoverJobs(worker: worker)
            if !ids.isEmpty { logger.notice("jobs interrupted by the last stop queued again", metadata: ["jobs": .string(ids.map(String.init).joined(separator: ","))]) }
        } catch {
            logger.error("cannot recover jobs", metadata: ["error": .string(error.description)])
        }
        wakeContinuation.yield()
    }

    /// Puts back the jobs of dead workers, then claims jobs while slots are free.
    private func startReady() async {
        guard !stopping else { return }
        do throws(StoreError) {
            let expired = try await store.requeueExpiredLeases()
            if !expired.isEmpty {
                logger.notice("jobs whose lease ran out queued again", metadata: ["jobs": .string(expired.map(String.init).joined(separator: ","))])
            }
            while running.count < concurrency, !stopping {
                guard let claimed = try await store.claimNextJob(worker: worker, leaseSeconds: leaseSeconds) else { break }
                if stopping {
                    try await store.releaseJob(claimed.lease)
                    break
                }
                await start(claimed)
            }
        } catch {
            logger.error("cannot read the job queue", metadata: ["error": .string(error.description)])
        }
    }

    private func start(_ claimed: ClaimedJob) async {
        let job = claimed.job
        let lease = claimed.lease
        let id = lease.jobId
        let directory = workDirectory.appendingPathComponent("job-\(id)-\(job.attempts)")
        let process: SolveProcess
        do {
            process = try SolveProcess(executable: executable, scenarioContent: claimed.scenarioContent, timeLimitSeconds: job.timeLimitSeconds,
                                       seed: job.seed, engine: job.engine, directory: directory, command: Self.command(job),
                                       sourceRoster: claimed.sourceRosterContent, niceness: solveNiceness)
        } catch {
            _ = try? await store.failJob(lease, state: .failed, reason: "Impossible de préparer le calcul : \(error.localizedDescription)", summary: nil)
            return
        }
        running[id] = process
        leases[id] = lease
        process.launch()
        logger.info("job started", metadata: ["job": .stringConvertible(id), "worker": .string(worker),
                                              "pid": .stringConvertible(process.processIdentifier ?? -1)])
        let allowance = job.timeLimitSeconds * 2 + 30
        let heartbeat = leaseSeconds / 3
        let started = ContinuousClock.now
        tasks[id] = Task {
            let watchdog = Task {
                try await Task.sleep(for: .seconds(allowance))
                self.timeOut(id)
            }
            let heartbeats = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(heartbeat))
                    await self.renew(id)
                }
            }
            let termination = await process.wait()
            watchdog.cancel()
            heartbeats.cancel()
            await self.finished(job, lease: lease, process: process, termination: termination)
            await self.recordSolve(id: id, duration: ContinuousClock.now - started)
        }
    }

    /// The heartbeat: extends the lease, or stops the child when the job is no longer ours.
    private func renew(_ id: Int64) async {
        guard let lease = leases[id], running[id] != nil else { return }
        do throws(StoreError) {
            if try await !store.renewLease(lease, leaseSeconds: leaseSeconds) {
                logger.warning("lease lost (job cancelled, or the lease ran out): stopping the solve", metadata: ["job": .stringConvertible(id)])
                lost.insert(id)
                running[id]?.terminate()
            }
        } catch {
            // The store is unreachable: keep solving; if it stays so beyond the lease, the job goes
            // back to the queue and this worker's late result is refused.
            logger.error("cannot renew a lease", metadata: ["job": .stringConvertible(id), "error": .string(error.description)])
        }
    }

    private func recordSolve(id: Int64, duration: Duration) async {
        let outcome = stopping ? "interrupted" : ((try? await store.job(id: id))?.state.rawValue ?? "unknown")
        metrics?.recordSolve(outcome: outcome, duration: duration)
    }

    private func timeOut(_ id: Int64) {
        guard let process = running[id] else { return }
        timedOut.insert(id)
        process.terminate()
    }

    private func finished(_ job: StoredJob, lease: JobLease, process: SolveProcess, termination: SolveProcess.Termination) async {
        let id = lease.jobId
        defer {
            process.removeFiles()
            running[id] = nil
            leases[id] = nil
            tasks[id] = nil
            cancelled[id] = nil
            timedOut.remove(id)
            lost.remove(id)
            wakeContinuation.yield()
        }
        do throws(StoreError) {
            if lost.contains(id) {
                logger.notice("job no longer held by this worker: nothing written", metadata: ["job": .stringConvertible(id)])
                return
            }
            if stopping {
                try await store.releaseJob(lease)
                logger.notice("job interrupted by shutdown, queued again", metadata: ["job": .stringConvertible(id)])
                return
            }
            finishedCount += 1
            if let actor = cancelled[id] {
                try await store.failJob(lease, state: .cancelled, reason: "Calcul interrompu à la demande de \(actor).", summary: nil)
                return
            }
            if timedOut.contains(id) {
                try await store.failJob(lease, state: .failed, reason: "Le calcul a dépassé largement sa durée (\(Int(job.timeLimitSeconds)) s) : processus arrêté.",
                                        summary: nil)
                return
            }
            switch termination {
            case .exited(0) where job.kind.isDerived, .exited(1) where job.kind.isDerived, .exited(4) where job.kind == .variants:
                try await saveDerived(job, lease: lease, process: process)
            case .exited(0), .exited(1):
                try await save(job, lease: lease, process: process)
            case .exited(let status):
                try await store.failJob(lease, state: .failed, reason: Self.reason(exitStatus: status, detail: process.errorTail()),
                                        summary: Self.summaryText(process))
            case .signalled(let signal):
                try await store.failJob(lease, state: .failed, reason: "Le processus de calcul s'est arrêté brutalement (signal \(signal)\(Self.signalName(signal))). Le service continue ; relancez le calcul.",
                                        summary: nil)
            case .launchFailed(let message):
                try await store.failJob(lease, state: .failed, reason: "Le processus de calcul n'a pas pu démarrer : \(message)", summary: nil)
            }
        } catch {
            logger.error("cannot record the end of a job", metadata: ["job": .stringConvertible(id), "error": .string(error.description)])
            _ = try? await store.failJob(lease, state: .failed, reason: "Résultat du calcul inutilisable : \(error.description)", summary: nil)
        }
        logger.info("job ended", metadata: ["job": .stringConvertible(id), "worker": .string(worker), "termination": .string("\(termination)")])
    }

    private func save(_ job: StoredJob, lease: JobLease, process: SolveProcess) async throws(StoreError) {
        let id = lease.jobId
        guard let data = try? Data(contentsOf: process.rosterFile), !data.isEmpty else {
            let detail = process.errorTail()
            try await store.failJob(lease, state: .failed, reason: "Le solveur n'a pas écrit de planning\(detail.isEmpty ? "." : " : " + detail)",
                                    summary: Self.summaryText(process))
            return
        }
        let roster: Roster
        do throws(ScenarioError) {
            roster = try ScenarioFile.decode(Roster.self, from: data, source: "job \(id) roster")
        } catch {
            try await store.failJob(lease, state: .failed, reason: "Planning du solveur illisible : \(error.description)", summary: nil)
            return
        }
        _ = try await store.completeJob(lease, roster: roster, summary: Self.summaryText(process) ?? "{}",
                                        label: "Proposition (calcul \(id), graine \(job.seed))")
    }

    private func stopAll() async {
        stopping = true
        for process in running.values { process.terminate(grace: 2) }
        for task in tasks.values { await task.value }
        logger.info("job queue stopped")
    }

    static func summaryText(_ process: SolveProcess) -> String? {
        guard let data = try? Data(contentsOf: process.summaryFile), !data.isEmpty,
              (try? JSONSerialization.jsonObject(with: data)) != nil else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func reason(exitStatus: Int32, detail: String) -> String {
        let what = switch exitStatus {
        case 2: "Le solveur a refusé les données du scénario"
        case 3: "Erreur du solveur"
        case 4: "Aucun planning trouvé dans le temps imparti"
        case 5: "Incohérence interne (objectif du solveur ≠ évaluateur) : proposition rejetée"
        default: "Le processus de calcul s'est terminé avec le code \(exitStatus)"
        }
        return detail.isEmpty ? what + "." : what + " : " + detail
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: ", SIGKILL"
        case SIGABRT: ", SIGABRT — abandon, par exemple de GLPK"
        case SIGSEGV: ", SIGSEGV"
        case SIGTERM: ", SIGTERM"
        default: ""
        }
    }
}
