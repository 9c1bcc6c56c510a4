import Testing
@testable import Scheduling

/// REF-STABILITY / REF-DIVERSITY: a changed cell, or a repeated worked cell, costs the weight.
@Suite struct ReferenceRosterRuleTests {
    static let unit = TinyUnit(agents: ["IDE01", "IDE02"])

    static func grid(_ problem: PlanningProblem, _ rows: String...) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for (s, row) in rows.enumerated() {
            for (d, code) in TinyUnit.tokens(row).enumerated() { grid[s, d] = code.flatMap { problem.shiftIndex[$0] } ?? -1 }
        }
        return grid
    }

    @Test func stabilityCountsEveryDifferingCell() throws {
        let base = try Self.unit.problem()
        let reference = Self.grid(base, "M M - N N - -", "S S S - - M M")
        let problem = base.withReference(reference, mode: .stability, weight: 40, label: "proposition")
        // IDE01: M→S on day 2, off→M on day 3; IDE02: M→off on day 6.
        let roster = Self.grid(base, "M S M N N - -", "S S S - - M -")
        let found = Evaluator(problem: problem).evaluate(roster).violations.filter { $0.rule == ReferenceRosterRule.stabilityID }
        #expect(found.map(\.facts) == [
            ViolationFacts(rule: "REF-STABILITY", hard: false, staff: "IDE01", dates: [.jun(2)], amount: 1, unit: .count, weight: 40, penalty: 40),
            ViolationFacts(rule: "REF-STABILITY", hard: false, staff: "IDE01", dates: [.jun(3)], amount: 1, unit: .count, weight: 40, penalty: 40),
            ViolationFacts(rule: "REF-STABILITY", hard: false, staff: "IDE02", dates: [.jun(7)], amount: 1, unit: .count, weight: 40, penalty: 40),
        ])
        expectReadableMessages(found[0], mentioning: ["IDE01", "M", "S"])
    }

    @Test func diversityCountsOnlyRepeatedWorkedCells() throws {
        let base = try Self.unit.problem()
        let reference = Self.grid(base, "M M - N N - -", "S S S - - M M")
        let problem = base.withReference(reference, mode: .diversity, weight: 3)
        // Same: IDE01 day 1 (M), day 4 (N); IDE02 day 1 (S). Shared days off are free.
        let roster = Self.grid(base, "M S - N - - -", "S M - - - - J")
        let found = Evaluator(problem: problem).evaluate(roster).violations.filter { $0.rule == ReferenceRosterRule.diversityID }
        #expect(found.map { "\($0.staff!) \($0.dates[0])" } == ["IDE01 2026-06-01", "IDE01 2026-06-04", "IDE02 2026-06-01"])
        #expect(found.reduce(0) { $0 + $1.penalty } == 9)
    }

    @Test func referenceTermsNeverChangeTheScenario() throws {
        let base = try Self.unit.problem()
        let problem = base.withReference(Self.grid(base, "M - - - - - -", "- - - - - - -"), mode: .stability, weight: 1)
        #expect(problem.scenario == base.scenario)
        #expect(problem.withoutReferences.references.isEmpty)
        #expect(!Evaluator(problem: problem.withoutReferences).ruleIDs.contains(ReferenceRosterRule.stabilityID))
    }
}
