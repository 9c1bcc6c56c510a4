import Foundation
import Synchronization

/// Solves the LP relaxation of the full model on another thread (GLPK gets its own thread and
/// environment there) while the search runs, and hands over its optimum as a lower bound if it
/// finished in time.
///
/// Models of up to `interiorPointRows` rows go first to the interior-point method, much faster
/// than the simplex method on these degenerate relaxations (Curtois 17, 13 274 rows: 1.1 s of
/// CPU against 9 s for the primal simplex, same optimum 5 027.085); its optimum is lowered by a
/// relative 1e-6, far above the method's tolerance, so that the bound stays valid. When it
/// does not converge, the simplex method takes over with the time left.
final class BackgroundBound: Sendable {
    /// Above this many rows the interior-point method, which GLPK cannot stop, is not tried.
    static let interiorPointRows = 20_000
    private let value = Mutex<Double?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let finished = Atomic<Bool>(false)

    init(model: LinearModel, timeLimitSeconds: Double) {
        let started = ContinuousClock.now
        DispatchQueue.global(qos: .utility).async { [self] in
            if model.constraints.count <= Self.interiorPointRows,
               case .optimal(let objective, _)? = try? GLPKSolver.solveRelaxationByInteriorPoint(model) {
                value.withLock { $0 = objective - 1e-6 * max(1, abs(objective)) }
            } else {
                let left = timeLimitSeconds - (ContinuousClock.now - started).seconds
                if left > 0.5, case .optimal(let objective, _)? = try? GLPKSolver.solveRelaxation(model, timeLimitSeconds: left) {
                    value.withLock { $0 = objective }
                }
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
