import Foundation
import Synchronization

/// Solves the LP relaxation of the full model on another thread (GLPK gets its own thread and
/// environment there) while the search runs, and hands over its optimum as a lower bound if it
/// finished in time.
final class BackgroundBound: Sendable {
    private let value = Mutex<Double?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let finished = Atomic<Bool>(false)

    init(model: LinearModel, timeLimitSeconds: Double) {
        DispatchQueue.global(qos: .utility).async { [self] in
            if case .optimal(let objective, _)? = try? GLPKSolver.solveRelaxation(model, timeLimitSeconds: timeLimitSeconds) {
                value.withLock { $0 = objective }
            }
            finished.store(true, ordering: .releasing)
            done.signal()
        }
    }

    /// The bound if the relaxation has been solved; waits at most `seconds` for it.
    func result(waitingAtMost seconds: Double = 0) -> Double? {
        if !finished.load(ordering: .acquiring) { _ = done.wait(timeout: .now() + seconds) }
        return value.withLock { $0 }
    }
}
