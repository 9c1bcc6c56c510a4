import CGLPK
import Dispatch
import Foundation
import Synchronization

/// Runs GLPK work on a fresh, dedicated thread and waits for it.
///
/// GLPK keeps its environment (memory pool, terminal settings) in thread-local
/// storage, so a `glp_prob` must be created, used and deleted on one thread, and the
/// environment freed there too. Each call gets its own thread with a large stack
/// (GLPK recurses in places), silences GLPK's terminal output on it, runs `body`,
/// calls `glp_free_env()` and hands the result back. Concurrent calls therefore never
/// share GLPK state.
///
/// The caller blocks until `body` returns; call it from a thread that may block
/// (from Swift concurrency, this parks one cooperative thread for the duration).
enum GLPKThread {
    /// Stack size of a GLPK thread.
    static let stackSize = 32 << 20

    static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let handoff = Handoff<Result>()
        let thread = Thread {
            glp_term_out(GLP_OFF)
            let result = body() // every glp_prob made by `body` is deleted by now
            glp_free_env()
            handoff.deliver(result)
        }
        thread.name = "glpk"
        thread.stackSize = stackSize
        thread.start()
        return handoff.wait()
    }

    /// Carries one value from the GLPK thread to the waiting caller.
    final class Handoff<Value: Sendable>: Sendable {
        private let value = Mutex<Value?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        func deliver(_ result: Value) {
            value.withLock { $0 = result }
            ready.signal()
        }

        func wait() -> Value {
            ready.wait()
            guard let result = value.withLock({ $0.take() }) else {
                preconditionFailure("GLPK thread signalled without a result")
            }
            return result
        }
    }
}
