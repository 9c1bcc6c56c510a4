import Dispatch
import Synchronization
import Testing
@testable import Scheduling

/// GLPK's environment is per thread: concurrent solves must not share or free each
/// other's state. A wrong thread discipline crashes the test process.
@Suite struct GLPKConcurrencyTests {
    @Test func concurrentSolvesFromATaskGroupAllReachTheirOptima() async throws {
        let instances = (0..<8).map { GLPKTestModels.hardKnapsack(items: 18, seed: UInt64(100 + $0)) }

        let results = try await withThrowingTaskGroup(of: (Int, MIPOutcome).self) { group in
            for (index, instance) in instances.enumerated() {
                group.addTask {
                    (index, try GLPKSolver.solve(instance.model, options: MIPOptions(relativeGap: 0)))
                }
            }
            var results: [Int: MIPOutcome] = [:]
            for try await (index, outcome) in group { results[index] = outcome }
            return results
        }

        #expect(results.count == instances.count)
        for (index, instance) in instances.enumerated() {
            let outcome = try #require(results[index])
            #expect(outcome.isOptimal, "instance \(index)")
            #expect(outcome.solution?.objective == instance.optimum, "instance \(index)")
        }
    }

    @Test func concurrentMixedCallsFromDispatchAreCorrect() throws {
        let (values, weights, capacity) = GLPKTestModels.smallKnapsack
        let knapsack = GLPKTestModels.knapsack(values: values, weights: weights, capacity: capacity)
        let (assignment, _) = GLPKTestModels.assignment()
        let failures = Mutex<[String]>([])

        DispatchQueue.concurrentPerform(iterations: 12) { iteration in
            let failure: String?
            do {
                switch iteration % 4 {
                case 0:
                    let objective = try GLPKSolver.solve(knapsack, options: MIPOptions(relativeGap: 0)).solution?.objective
                    failure = objective == -29 ? nil : "knapsack gave \(String(describing: objective))"
                case 1:
                    let objective = try GLPKSolver.solve(assignment, options: MIPOptions(relativeGap: 0)).solution?.objective
                    failure = objective == 5 ? nil : "assignment gave \(String(describing: objective))"
                case 2:
                    let outcome = try GLPKSolver.solveRelaxation(knapsack)
                    if case let .optimal(objective, _) = outcome, abs(objective - -32) < 1e-9 {
                        failure = nil
                    } else {
                        failure = "relaxation gave \(outcome)"
                    }
                default:
                    let text = try GLPKSolver.lpText(assignment)
                    failure = text.contains("oneTask(W2)") ? nil : "lpText lacks a row"
                }
            } catch {
                failure = "iteration \(iteration) threw \(error)"
            }
            if let failure { failures.withLock { $0.append(failure) } }
        }

        #expect(failures.withLock { $0 } == [])
    }
}
