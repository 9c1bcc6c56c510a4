@testable import LoadTesting
import Testing

/// The steps of a simulated user's round.
@Suite struct RouteMixTests {
    @Test func aRoundOpensExplainsEditsAndDiffs() {
        let routes = RouteMix(solveEvery: 3).routes(round: 0, pendingJob: false, maySubmit: true)
        #expect(routes == [.listRosters, .openGrid, .explainCell, .editCell, .diff])
    }

    @Test func solvesEveryNthRoundThenPolls() {
        let mix = RouteMix(solveEvery: 3)
        let submitting = (0..<9).filter { mix.routes(round: $0, pendingJob: false, maySubmit: true).contains(.submitSolve) }
        #expect(submitting == [2, 5, 8])
        let pending = mix.routes(round: 5, pendingJob: true, maySubmit: true)
        #expect(pending.last == .pollJob && !pending.contains(.submitSolve))
        #expect(!mix.routes(round: 2, pendingJob: false, maySubmit: false).contains(.submitSolve))
        #expect((0..<50).allSatisfy { !RouteMix(solveEvery: 0).routes(round: $0, pendingJob: false, maySubmit: true).contains(.submitSolve) })
    }

    @Test func budgetStopsAtMaxRequestsAndSolves() {
        let budget = RunBudget(seconds: 60, maxRequests: 3, maxSolves: 1)
        #expect((0..<5).map { _ in budget.takeRequest() } == [true, true, true, false, false])
        #expect(budget.stoppedBy == "max-requests")
        #expect(budget.takeSolve() && !budget.takeSolve())
        budget.returnSolve()
        #expect(budget.takeSolve())
    }
}
