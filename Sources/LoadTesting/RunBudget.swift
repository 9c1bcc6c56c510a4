import Foundation
import Synchronization

/// The run's shared limits: a deadline, a request count and a solve count, checked by every user.
final class RunBudget: Sendable {
    private struct State {
        var requests = 0
        var solves = 0
        var stoppedBy: String?
        var stoppedAt: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    let deadline: ContinuousClock.Instant
    let maxRequests: Int
    let maxSolves: Int

    init(seconds: Double, maxRequests: Int, maxSolves: Int) {
        deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        self.maxRequests = maxRequests
        self.maxSolves = maxSolves
    }

    /// Takes one request from the budget; false once the deadline or the count is reached.
    func takeRequest() -> Bool {
        let now = ContinuousClock.now
        return state.withLock { state in
            if state.stoppedBy != nil { return false }
            if now >= deadline { state.stoppedBy = "duration"; state.stoppedAt = deadline; return false }
            if state.requests >= maxRequests { state.stoppedBy = "max-requests"; state.stoppedAt = now; return false }
            state.requests += 1
            return true
        }
    }

    /// Takes one solve from the budget.
    func takeSolve() -> Bool {
        state.withLock { state in
            guard state.solves < maxSolves else { return false }
            state.solves += 1
            return true
        }
    }

    /// Gives back a solve that was refused (queue full, error): it did not run.
    func returnSolve() { state.withLock { $0.solves -= 1 } }

    var isOver: Bool { state.withLock { $0.stoppedBy != nil } || ContinuousClock.now >= deadline }
    var stoppedBy: String { state.withLock { $0.stoppedBy } ?? "duration" }

    /// When the budget ran out (the end of the measured window), or nil while it lasts.
    var stoppedAt: ContinuousClock.Instant? { state.withLock { $0.stoppedAt } }
}
