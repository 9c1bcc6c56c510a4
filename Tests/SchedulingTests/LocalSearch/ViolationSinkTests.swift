import Testing
@testable import Scheduling

/// The local search judges moves with a cost-only sink (no sentence written); the reports use
/// a full one. Both come from the same rule code and must add up to the same score.
@Suite struct ViolationSinkTests {
    @Test(arguments: [false, true])
    func aCostOnlySinkAddsUpToTheReportsScore(soft: Bool) throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit(soft: soft))
        let rules = RuleCatalogue.rules(for: problem)
        for seed in 1...20 {
            let grid = MIPEvaluatorAgreementTests.randomGrid(problem, seed: UInt64(seed))
            var full = ViolationSink(), costOnly = ViolationSink(keeping: .none)
            for rule in rules {
                rule.evaluate(grid, problem, into: &full)
                rule.evaluate(grid, problem, into: &costOnly)
            }
            #expect(costOnly.violations.isEmpty)
            let summed = PartCost(full.violations)
            #expect(costOnly.cost.hard == summed.hard && costOnly.cost.hardAmount == summed.hardAmount)
            #expect(abs(costOnly.cost.penalty - summed.penalty) < 1e-9)
            let evaluator = Evaluator(problem: problem)
            let report = evaluator.evaluate(grid)
            #expect(abs(full.cost.penalty - report.objective) < 1e-6)
            #expect(evaluator.score(grid) == SearchScore(report))
            let hard = evaluator.hardViolations(grid)
            #expect(hard.score == SearchScore(report) && hard.violations == report.violations.filter(\.hard))
        }
    }

    @Test func aFullSinkKeepsTheSentenceForTheCadre() {
        var sink = ViolationSink()
        sink.add("TEST", hard: true, amount: 2, unit: .days, weight: 0) {
            Violation.Details(staff: "A1", message: LocalizedText(fr: "phrase", en: "sentence"))
        }
        var called = false
        var quiet = ViolationSink(keeping: .none)
        quiet.add("TEST", hard: true, amount: 2, unit: .days, weight: 0) {
            called = true
            return Violation.Details(message: LocalizedText(fr: "", en: ""))
        }
        #expect(sink.violations.count == 1 && sink.violations[0].message.en == "sentence" && sink.violations[0].staff == "A1")
        #expect(!called && quiet.cost.hard == 1 && quiet.cost.hardAmount == 3)
    }
}
