import Foundation
import Hummingbird
import Logging
import RosterStore

/// Starts the service and returns when it has shut down (SIGTERM or SIGINT).
public func runService(_ configuration: ServiceConfiguration) async throws {
    var logger = Logger(label: "roster-service")
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    let opened: OpenStore
    do throws(StoreError) { opened = try await OpenStore.open(configuration.databasePath, logger: logger) } catch {
        throw ServiceError(.internalServerError, code: "storage", message: "Base de données inutilisable : \(error.description)")
    }
    let app = buildApplication(configuration, store: opened.store, logger: logger)
    logger.info("starting", metadata: ["database": .string(opened.description), "solver": .string(configuration.solverExecutable.path),
                                       "concurrentSolves": .stringConvertible(configuration.concurrentSolves)])
    do {
        try await app.runService()
    } catch {
        await opened.close()
        throw error
    }
    await opened.close()
}

/// For synchronous command-line entry points: runs the service on the cooperative pool and
/// blocks the calling thread until it stops.
public func runServiceBlocking(_ configuration: ServiceConfiguration) throws {
    let outcome = BlockingOutcome()
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
        do { try await runService(configuration) } catch { outcome.set(error) }
        semaphore.signal()
    }
    semaphore.wait()
    if let error = outcome.error { throw error }
}

/// The error of a detached run, read after its semaphore was signalled.
/// `@unchecked Sendable`: written once before `signal()`, read after `wait()`, under a lock anyway.
final class BlockingOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.lock(); stored = error; lock.unlock() }
    var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return stored }
}
