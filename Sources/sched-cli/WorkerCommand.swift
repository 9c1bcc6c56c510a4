import ArgumentParser
import Foundation
import Logging
import RosterService
import RosterStore
import ServiceLifecycle

/// `sched-cli worker`: a solve worker without the web service. It claims jobs from a store that
/// several workers share (PostgreSQL: `FOR UPDATE SKIP LOCKED`), runs each in a child
/// `sched-cli solve` process as the service does, and writes the roster back.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Claim solve jobs from a shared store and run each in a child `sched-cli solve` process.",
        discussion: """
            Start as many workers as you like, on as many machines, on one PostgreSQL store: each queued job goes to \
            one worker. A worker renews the lease of each running job every third of --lease; a worker that dies \
            leaves its jobs to be queued again once their lease runs out (by any other worker). Stop with Ctrl-C or \
            SIGTERM: running solves are stopped and their jobs go back to the queue.
            """)

    @OptionGroup var store: JobStoreOptions

    @Option(name: .long, help: "This worker's name in the store (default: HOST:PID). Restarted with the same name, it takes back its own running jobs at once.")
    var id: String?

    @Option(name: .long, help: "Solves running at once (default: one per core).")
    var concurrency: Int?

    @Option(name: .customLong("lease"), help: "Seconds a claimed job stays this worker's without a heartbeat.")
    var leaseSeconds: Double = 30

    @Option(name: .customLong("poll"), help: "Seconds between two looks at the queue.")
    var pollSeconds: Double = 1

    func validate() throws {
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        guard leaseSeconds >= 3 else { throw ValidationError("--lease must be at least 3 seconds") }
        guard pollSeconds > 0 else { throw ValidationError("--poll must be positive") }
    }

    func run() throws {
        var configured = Logger(label: "sched-cli-worker")
        configured.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let logger = configured
        let worker = id ?? JobQueue.defaultWorkerName()
        let concurrency = concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        let (store, leaseSeconds, pollSeconds) = (store, leaseSeconds, pollSeconds)
        let open = orExitAsync { () async throws(StoreError) in try await store.open(logger: logger) }
        try runBlocking {
            let queue = JobQueue(store: open.store, executable: ServiceConfiguration.defaultSolverExecutable(), concurrency: concurrency,
                                 capacity: Int.max, logger: logger, worker: worker, leaseSeconds: leaseSeconds,
                                 pollInterval: .milliseconds(Int(pollSeconds * 1000)))
            logger.info("worker started", metadata: ["worker": .string(worker), "store": .string(open.description),
                                                     "concurrency": .stringConvertible(concurrency)])
            let group = ServiceGroup(services: [queue], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            try await group.run()
            let ended = await queue.endedCount
            logger.info("worker stopped", metadata: ["worker": .string(worker), "ended": .stringConvertible(ended)])
            await open.close()
        }
    }
}
