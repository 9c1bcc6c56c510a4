import Testing
@testable import Scheduling

/// The review on a bundled scenario (S1, every FPH rule on): the diff's parts add up to the
/// evaluator's totals, and every alternative an explanation offers costs exactly what the
/// evaluator says once the move is made.
@Suite struct ReviewScenarioTests {
    static func s1() throws -> (PlanningProblem, ShiftGrid) {
        let problem = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        return (problem, GreedyConstructor(problem: problem).build())
    }

    @Test func theDiffAddsUpToTheEvaluatorsTotals() throws {
        let (problem, before) = try Self.s1()
        var after = before
        var generator = SplitMix(seed: 11)
        for _ in 0..<25 {
            let d = Int(generator.next() % UInt64(problem.dayCount))
            let a = Int(generator.next() % UInt64(problem.staffCount)), b = Int(generator.next() % UInt64(problem.staffCount))
            (after[a, d], after[b, d]) = (after[b, d], after[a, d])
        }
        let evaluator = Evaluator(problem: problem)
        let diff = RosterDiff(evaluator: evaluator, before: before, after: after)
        let old = evaluator.evaluate(before), new = evaluator.evaluate(after)
        #expect(abs(diff.objectiveDelta - (new.objective - old.objective)) < 1e-6)
        #expect(abs(diff.violationChanges.reduce(0) { $0 + $1.penaltyDelta } - diff.objectiveDelta) < 1e-6)
        for total in diff.ruleTotals {
            let sum = diff.violationChanges.filter { $0.rule == total.rule }.reduce(0) { $0 + $1.penaltyDelta }
            #expect(abs(sum - total.penaltyDelta) < 1e-6, "\(total.rule)")
        }
        #expect(diff.changeCount == (0..<problem.staffCount).reduce(0) { n, s in n + (0..<problem.dayCount).filter { before[s, $0] != after[s, $0] }.count })
        #expect(diff.byPerson.reduce(0) { $0 + $1.changes.count } == diff.changeCount)
        #expect(diff.byDate.reduce(0) { $0 + $1.changes.count } == diff.changeCount)
        // every violation change is either attributed to a changed cell or listed as unit-wide
        let attributed = Set(diff.byPerson.flatMap { $0.changes.flatMap { $0.effects.map(\.key) } })
        #expect(Set(diff.violationChanges.map(\.key)) == attributed.union(diff.unitWideChanges.map(\.key)))
        #expect(diff.hardCountAfter - diff.hardCountBefore == new.hardViolations.count - old.hardViolations.count)
    }

    @Test func everyAlternativeCostsWhatTheEvaluatorSays() throws {
        let (problem, grid) = try Self.s1()
        let evaluator = Evaluator(problem: problem)
        let explainer = CellExplainer(problem: problem, evaluator: evaluator)
        let base = evaluator.evaluate(grid).objective
        for (s, d) in [(0, 6), (3, 10), (12, 20), (20, 14)] {
            let explanation = explainer.explain(grid, staff: s, day: d, top: 100)
            #expect(explanation.alternatives.count == explanation.alternativesConsidered)
            for alternative in explanation.alternatives {
                var moved = grid
                switch alternative.move {
                case .reassign(let shift):
                    moved[s, d] = shift.map { problem.shiftIndex[$0]! } ?? -1
                case .swap(let partner, let theirs):
                    let p = problem.staffIndex[partner]!
                    moved[p, d] = grid[s, d]
                    moved[s, d] = theirs.map { problem.shiftIndex[$0]! } ?? -1
                }
                let report = evaluator.evaluate(moved)
                #expect(abs(report.objective - base - alternative.totalDelta) < 1e-6, "\(alternative.sentence.en)")
                #expect(alternative.breaksHardRule == (RosterDiff(evaluator: evaluator, before: grid, after: moved).hardIntroduced.isEmpty == false))
            }
            let deltas = explanation.alternatives.filter { !$0.breaksHardRule }.map(\.totalDelta)
            #expect(deltas == deltas.sorted(), "legal alternatives are ranked by cost")
        }
    }
}
