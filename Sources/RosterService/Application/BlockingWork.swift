import NIOPosix

/// Runs CPU-heavy synchronous steps (a bcrypt check: about 250 ms at cost 12) on NIO's thread
/// pool instead of Swift's shared concurrency pool. That pool has one thread per core and runs
/// every request's handler, so a password check there holds back every other request of the
/// server for its whole duration; on the thread pool it only shares the CPU.
struct BlockingWork: Sendable {
    let pool: NIOThreadPool

    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async throws(ServiceError) -> T {
        // It only fails when the request was cancelled (timeout) before the step began.
        do { return try await pool.runIfActive(body) } catch { throw .requestTimeout(seconds: nil) }
    }
}
