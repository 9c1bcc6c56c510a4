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
            var full = ViolationSink(), costOnly = ViolationSink(keepsDetails: false)
            for rule in rules {
                rule.evaluate(grid, problem, into: &full)
                rule.evaluate(grid, problem, into: &costOnly)
            }
            #expect(costOnly.violations.isEmpty)
            let report = PartCost(full.violations)
            #expect(costOnly.cost.hard == report.hard && costOnly.cost.hardAmount == report.hardAmount)
            #expect(abs(costOnly.cost.penalty - report.penalty) < 1e-9)
            #expect(abs(full.cost.penalty - Evaluator(problem: problem).evaluate(grid).objective) < 1e-6)
        }
    }

    @Test func aFullSinkKeepsTheSentenceForTheCadre() {
        var sink = ViolationSink()
        sink.add("TEST", hard: true, amount: 2, unit: .days, weight: 0) {
            Violation.Details(staff: "A1", message: LocalizedText(fr: "phrase", en: "sentence"))
        }
        var called = false
        var quiet = ViolationSink(keepsDetails: false)
        quiet.add("TEST", hard: true, amount: 2, unit: .days, weight: 0) {
            called = true
            return Violation.Details(message: LocalizedText(fr: "", en: ""))
        }
        #expect(sink.violations.count == 1 && sink.violations[0].message.en == "sentence" && sink.violations[0].staff == "A1")
        #expect(!called && quiet.cost.hard == 1 && quiet.cost.hardAmount == 3)
    }
}
