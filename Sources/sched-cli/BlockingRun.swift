import Foundation
import RosterStore

/// Runs an async body from a synchronous command and waits for it (the commands stay
/// `ParsableCommand`s; only the store and worker commands need the concurrency runtime).
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = BlockingResult<T>()
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
        semaphore.signal()
    }
    semaphore.wait()
    return try box.get()
}

/// The outcome of a detached run.
/// `@unchecked Sendable`: written once before the semaphore is signalled, read after the wait, under a lock anyway.
final class BlockingResult<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    func set(_ value: Result<T, any Error>) { lock.lock(); result = value; lock.unlock() }
    func get() throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}

/// `orExit` for async store calls: prints the error and exits with the store's status.
func orExitAsync<T: Sendable>(_ body: @escaping @Sendable () async throws(StoreError) -> T) -> T {
    let outcome: Result<T, StoreError>
    do {
        outcome = try runBlocking { () async throws -> Result<T, StoreError> in
            do throws(StoreError) { return .success(try await body()) } catch { return .failure(error) }
        }
    } catch {
        printError("error: \(error)")
        exit(StoreExit.database)
    }
    return orExit { () throws(StoreError) in try outcome.get() }
}
