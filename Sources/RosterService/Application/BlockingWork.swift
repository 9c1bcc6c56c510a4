import NIOPosix

/// Runs CPU-heavy or blocking synchronous steps (a bcrypt check: about 250 ms at cost 12; a
/// cell edit: an evaluation and a committed transaction, which waits for the disk) on NIO's
/// thread pool instead of Swift's shared concurrency pool. That pool has one thread per core
/// and runs every request's handler, so such a step there holds back every other request of
/// the server for its whole duration; on the thread pool it only shares the CPU and the disk.
struct BlockingWork: Sendable {
    let pool: NIOThreadPool

    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async throws(ServiceError) -> T {
        // It only fails when the request was cancelled (timeout) before the step began.
        do { return try await pool.runIfActive(body) } catch { throw .requestTimeout(seconds: nil) }
    }

    /// The same for a step that can fail with a service error.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws(ServiceError) -> T) async throws(ServiceError) -> T {
        do { return try await pool.runIfActive { () throws -> T in try body() } } catch let error as ServiceError { throw error } catch {
            throw .requestTimeout(seconds: nil)
        }
    }
}
