import Foundation
import Synchronization

/// Runs independent jobs on a fixed number of threads and returns their results in job order.
///
/// Each job here is a whole repair: synchronous, blocking on its own GLPK threads
/// (`GLPKThread`), so plain threads fit better than Swift concurrency's cooperative pool.
enum StressWorkerPool {
    /// Stack of a worker thread: the evaluator and the repair's bookkeeping, not GLPK.
    static let stackSize = 8 << 20

    /// `finished` is called on a worker thread with the number of jobs done so far, after each job.
    static func map<Result: Sendable>(_ count: Int, workers: Int, finished: (@Sendable (Int) -> Void)? = nil,
                                      _ job: @escaping @Sendable (Int) -> Result) -> [Result] {
        let board = Board<Result>(count: count)
        let done = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            done.enter()
            let thread = Thread {
                while let i = board.take() {
                    let done = board.deliver(job(i), at: i)
                    finished?(done)
                }
                done.leave()
            }
            thread.name = "stress-worker"
            thread.stackSize = stackSize
            thread.start()
        }
        done.wait()
        return board.results()
    }

    /// The next job to take and the results so far, shared by the workers.
    private final class Board<Result: Sendable>: Sendable {
        private let next: Mutex<Int> = Mutex(0)
        private let slots: Mutex<[Result?]>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = Mutex([Result?](repeating: nil, count: count))
        }

        func take() -> Int? {
            next.withLock { value -> Int? in
                guard value < count else { return nil }
                defer { value += 1 }
                return value
            }
        }

        /// Stores a result; returns how many results are in.
        func deliver(_ result: Result, at i: Int) -> Int {
            slots.withLock { slots in
                slots[i] = result
                return slots.filter { $0 != nil }.count
            }
        }

        func results() -> [Result] { slots.withLock { $0.compactMap { $0 } } }
    }
}
