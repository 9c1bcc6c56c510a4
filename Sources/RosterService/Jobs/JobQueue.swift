import Foundation
import Logging
import RosterStore
import Scheduling
import ServiceLifecycle

/// The solve jobs: a bounded queue persisted in the store, run `concurrency` at a time, each in
/// its own child process (`SolveProcess`).
///
/// It is a `Service`: `run()` first queues again the jobs a previous server left `running`,
/// then starts jobs as slots free up; on graceful shutdown it stops the children and puts their
/// jobs back in the queue, so no job is lost and none produces two rosters (the roster and the
/// job's `succeeded` state are written in one transaction).
public actor JobQueue: Service {
    let database: RosterDatabase
    let executable: URL
    let concurrency: Int
    let capacity: Int
    let workDirectory: URL
    let logger: Logger
    let metrics: ServiceMetrics?
    private var running: [Int64: SolveProcess] = [:]
    private var tasks: [Int64: Task<Void, Never>] = [:]
    private var cancelled: [Int64: String] = [:]
    private var timedOut: Set<Int64> = []
    private var stopping = false
    private nonisolated let wake: AsyncStream<Void>
    private nonisolated let wakeContinuation: AsyncStream<Void>.Continuation

    public init(database: RosterDatabase, executable: URL, concurrency: Int, capacity: Int, logger: Logger, metrics: ServiceMetrics? = nil,
                workDirectory: URL = FileManager.default.temporaryDirectory.appendingPathComponent("roster-service-\(UUID().uuidString)")) {
        self.database = database
        self.executable = executable
        self.concurrency = max(1, concurrency)
        self.capacity = max(1, capacity)
        self.workDirectory = workDirectory
        self.logger = logger
        self.metrics = metrics
        (wake, wakeContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    // MARK: Requests

    /// Queues a job, or refuses when the queue is full or the limits are out of range.
    /// Engines a job may ask for (`sched-cli solve --engine`).
    public static let engines = ["hybrid", "mip", "local-search", "greedy"]

    public func submit(scenarioId: Int64, timeLimitSeconds: Double, seed: Int64, engine: String = "hybrid",
                       by actor: String) throws(ServiceError) -> StoredJob {
        guard Self.engines.contains(engine) else {
            throw .badRequest("Moteur inconnu « \(engine) » : hybrid, mip, local-search ou greedy.", code: "invalid-engine")
        }
        guard timeLimitSeconds.isFinite, timeLimitSeconds >= 1, timeLimitSeconds <= 3600 else {
            throw .badRequest("La durée de calcul doit être comprise entre 1 et 3600 secondes.", code: "invalid-time-limit")
        }
        guard seed >= 0 else { throw .badRequest("La graine doit être un entier positif ou nul.", code: "invalid-seed") }
        let waiting: Int
        do throws(StoreError) { waiting = try database.queuedJobs().count } catch { throw ServiceError.from(error) }
        guard waiting < capacity else {
            throw ServiceError(.serviceUnavailable, code: "queue-full",
                               message: "La file de calcul est pleine (\(capacity) demandes en attente) : réessayez plus tard.")
        }
        let job: StoredJob
        do throws(StoreError) {
            job = try database.submitJob(scenarioId: scenarioId, timeLimitSeconds: timeLimitSeconds, seed: seed, engine: engine, by: actor)
        } catch {
            throw ServiceError.from(error)
        }
        logger.info("job queued", metadata: ["job": .stringConvertible(job.id ?? 0), "scenario": .stringConvertible(scenarioId)])
        wakeContinuation.yield()
        return job
    }

    /// Cancels a queued job at once, or stops a running job's process.
    public func cancel(id: Int64, by actor: String) throws(ServiceError) {
        let job: StoredJob
        do throws(StoreError) { job = try database.job(id: id) } catch { throw ServiceError.from(error) }
        switch job.state {
        case .queued:
            do throws(StoreError) { try database.finishJob(id: id, state: .cancelled, reason: "Calcul annulé par \(actor) avant son démarrage.") } catch {
                throw ServiceError.from(error)
            }
        case .running:
            cancelled[id] = actor
            running[id]?.terminate()
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

    // MARK: Service

    public nonisolated func run() async throws {
        await recover()
        await withGracefulShutdownHandler {
            for await _ in self.wake {
                await self.startReady()
            }
        } onGracefulShutdown: {
            self.wakeContinuation.finish()
        }
        await stopAll()
    }

    /// Wakes the queue (a job was submitted from elsewhere, or tests).
    public nonisolated func poke() { wakeContinuation.yield() }

    private func recover() {
        do throws(StoreError) {
            let ids = try database.requeueInterruptedJobs()
            if !ids.isEmpty { logger.notice("jobs interrupted by the last stop queued again", metadata: ["jobs": .string(ids.map(String.init).joined(separator: ","))]) }
        } catch {
            logger.error("cannot recover jobs", metadata: ["error": .string(error.description)])
        }
        wakeContinuation.yield()
    }

    private func startReady() {
        guard !stopping else { return }
        let queued: [StoredJob]
        do throws(StoreError) { queued = try database.queuedJobs() } catch {
            logger.error("cannot read the job queue", metadata: ["error": .string(error.description)])
            return
        }
        for job in queued where running.count < concurrency {
            guard let id = job.id, running[id] == nil else { continue }
            start(job, id: id)
        }
    }

    private func start(_ job: StoredJob, id: Int64) {
        do throws(StoreError) {
            guard try database.markJobRunning(id: id) else { return }
            let scenario = try database.scenario(id: job.scenarioId)
            let directory = workDirectory.appendingPathComponent("job-\(id)-\(job.attempts + 1)")
            let process: SolveProcess
            do {
                process = try SolveProcess(executable: executable, scenarioContent: scenario.content, timeLimitSeconds: job.timeLimitSeconds,
                                           seed: job.seed, engine: job.engine, directory: directory)
            } catch {
                try database.finishJob(id: id, state: .failed, reason: "Impossible de préparer le calcul : \(error.localizedDescription)")
                return
            }
            running[id] = process
            process.launch()
            logger.info("job started", metadata: ["job": .stringConvertible(id), "pid": .stringConvertible(process.processIdentifier ?? -1)])
            let allowance = job.timeLimitSeconds * 2 + 30
            let started = ContinuousClock.now
            tasks[id] = Task {
                let watchdog = Task {
                    try await Task.sleep(for: .seconds(allowance))
                    self.timeOut(id)
                }
                let termination = await process.wait()
                watchdog.cancel()
                self.finished(job, id: id, process: process, termination: termination)
                self.recordSolve(id: id, duration: ContinuousClock.now - started)
            }
        } catch {
            logger.error("cannot start job", metadata: ["job": .stringConvertible(id), "error": .string(error.description)])
        }
    }

    private func recordSolve(id: Int64, duration: Duration) {
        let outcome = stopping ? "interrupted" : ((try? database.job(id: id))?.state.rawValue ?? "unknown")
        metrics?.recordSolve(outcome: outcome, duration: duration)
    }

    private func timeOut(_ id: Int64) {
        guard let process = running[id] else { return }
        timedOut.insert(id)
        process.terminate()
    }

    private func finished(_ job: StoredJob, id: Int64, process: SolveProcess, termination: SolveProcess.Termination) {
        defer {
            process.removeFiles()
            running[id] = nil
            tasks[id] = nil
            cancelled[id] = nil
            timedOut.remove(id)
            wakeContinuation.yield()
        }
        do throws(StoreError) {
            if stopping {
                try database.requeueJob(id: id)
                logger.notice("job interrupted by shutdown, queued again", metadata: ["job": .stringConvertible(id)])
                return
            }
            if let actor = cancelled[id] {
                try database.finishJob(id: id, state: .cancelled, reason: "Calcul interrompu à la demande de \(actor).")
                return
            }
            if timedOut.contains(id) {
                try database.finishJob(id: id, state: .failed, reason: "Le calcul a dépassé largement sa durée (\(Int(job.timeLimitSeconds)) s) : processus arrêté.")
                return
            }
            switch termination {
            case .exited(0), .exited(1):
                try save(job, id: id, process: process)
            case .exited(let status):
                try database.finishJob(id: id, state: .failed, reason: Self.reason(exitStatus: status, detail: process.errorTail()),
                                       summary: Self.summaryText(process))
            case .signalled(let signal):
                try database.finishJob(id: id, state: .failed, reason: "Le processus de calcul s'est arrêté brutalement (signal \(signal)\(Self.signalName(signal))). Le service continue ; relancez le calcul.")
            case .launchFailed(let message):
                try database.finishJob(id: id, state: .failed, reason: "Le processus de calcul n'a pas pu démarrer : \(message)")
            }
        } catch {
            logger.error("cannot record the end of a job", metadata: ["job": .stringConvertible(id), "error": .string(error.description)])
            try? database.finishJob(id: id, state: .failed, reason: "Résultat du calcul inutilisable : \(error.description)")
        }
        logger.info("job ended", metadata: ["job": .stringConvertible(id), "termination": .string("\(termination)")])
    }

    private func save(_ job: StoredJob, id: Int64, process: SolveProcess) throws(StoreError) {
        guard let data = try? Data(contentsOf: process.rosterFile), !data.isEmpty else {
            let detail = process.errorTail()
            try database.finishJob(id: id, state: .failed, reason: "Le solveur n'a pas écrit de planning\(detail.isEmpty ? "." : " : " + detail)",
                                   summary: Self.summaryText(process))
            return
        }
        let roster: Roster
        do throws(ScenarioError) {
            roster = try ScenarioFile.decode(Roster.self, from: data, source: "job \(id) roster")
        } catch {
            try database.finishJob(id: id, state: .failed, reason: "Planning du solveur illisible : \(error.description)")
            return
        }
        _ = try database.completeJob(id: id, roster: roster, summary: Self.summaryText(process) ?? "{}",
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
