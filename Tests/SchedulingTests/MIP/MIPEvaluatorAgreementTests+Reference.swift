import Testing
@testable import Scheduling

/// The reference-roster terms (repair stability, variant diversity) agree between the MIP and
/// the evaluator exactly like the unit's own rules, constant term included.
extension MIPEvaluatorAgreementTests {
    @Test(arguments: [true, false])
    func referenceTermsGiveTheEvaluatorsObjective(soft: Bool) throws {
        let base = try PlanningProblem(Self.unit(soft: soft))
        let problem = base
            .withReference(Self.randomGrid(base, seed: 991), mode: .stability, weight: 7, label: "proposition")
            .withReference(Self.randomGrid(base, seed: 773), mode: .diversity, weight: 3, label: "variante 1")
        let evaluator = Evaluator(problem: problem)
        #expect(evaluator.ruleIDs.suffix(2) == [ReferenceRosterRule.stabilityID, ReferenceRosterRule.diversityID])
        var compared = 0
        for seed in 1...30 {
            let grid = Self.randomGrid(problem, seed: UInt64(seed))
            let report = evaluator.evaluate(grid)
            let stability = report.violations.filter { $0.rule == ReferenceRosterRule.stabilityID }
            #expect(!stability.isEmpty, "seed \(seed): a random roster differs from the reference somewhere")
            guard let objective = try Self.fixedObjective(problem, grid) else {
                #expect(!report.hardViolations.filter { $0.rule != "COVER-MIN" }.isEmpty, "seed \(seed): MIP rejects a roster the evaluator accepts")
                continue
            }
            #expect(abs(objective - report.objective) < 1e-6, "seed \(seed): MIP \(objective) vs evaluator \(report.objective)")
            compared += 1
        }
        if soft { #expect(compared >= 10) }
    }

    @Test func theReferenceItselfCostsNothingForStability() throws {
        let base = try PlanningProblem(Self.unit(soft: true))
        // The first random roster the MIP accepts (some break an absence, which stays hard).
        var found: ShiftGrid?
        for seed in 1...20 where found == nil {
            let grid = Self.randomGrid(base, seed: UInt64(seed))
            if try Self.fixedObjective(base, grid) != nil { found = grid }
        }
        let reference = try #require(found)
        let problem = base.withReference(reference, mode: .stability, weight: 1_000)
        let withRef = Evaluator(problem: problem).evaluate(reference)
        let without = Evaluator(problem: base).evaluate(reference)
        #expect(withRef.objective == without.objective)
        let objective = try #require(try Self.fixedObjective(problem, reference))
        #expect(abs(objective - without.objective) < 1e-6)
    }
}
