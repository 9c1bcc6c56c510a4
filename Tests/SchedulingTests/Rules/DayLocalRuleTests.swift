import Testing
@testable import Scheduling

/// The local search re-evaluates the rules whose violations lie on a few days (`DayLocalRule`)
/// only around the days a move changes. That is exact only if a change on some days never
/// alters a violation the rule does not record near them: these specifications change random
/// cells of random rosters, at the edges of the period too, and compare the change seen near the
/// changed days with the change of the rule's whole evaluation.
@Suite struct DayLocalRuleTests {
    static func cost(_ rule: any DayLocalRule, _ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>?) -> PartCost {
        var sink = ViolationSink(keeping: .none)
        if let days { rule.evaluate(grid, problem, staff: s, near: days, into: &sink) }
        else { rule.evaluate(grid, problem, staff: s, into: &sink) }
        return sink.cost
    }

    /// `trials` random changes of 1–8 consecutive days of one agent (one in four starting on the
    /// first day or ending on the last); returns how many changed some rule's cost.
    @discardableResult
    static func expectNearChangeIsWholeChange(_ problem: PlanningProblem, trials: Int, seed: UInt64) -> Int {
        let rules = RuleCatalogue.rules(for: problem).compactMap { $0 as? any DayLocalRule }
        #expect(rules.count >= 4, "the unit has day-local rules")
        var rng = SeededGenerator(seed: seed)
        var changed = 0
        for trial in 0..<trials {
            let before = IncrementalEvaluationTests.randomGrid(problem, seed: seed &+ UInt64(trial))
            let s = Int.random(in: 0..<problem.staffCount, using: &rng)
            let length = Int.random(in: 1...min(8, problem.dayCount), using: &rng)
            let first = switch Int.random(in: 0..<8, using: &rng) {
            case 0: 0
            case 1: problem.dayCount - length
            default: Int.random(in: 0...(problem.dayCount - length), using: &rng)
            }
            let days = first...(first + length - 1)
            var after = before
            for d in days { after[s, d] = Int.random(in: -1..<problem.shiftCount, using: &rng) }
            for rule in rules {
                let whole = cost(rule, after, problem, staff: s, near: nil) - cost(rule, before, problem, staff: s, near: nil)
                let near = cost(rule, after, problem, staff: s, near: days) - cost(rule, before, problem, staff: s, near: days)
                #expect(near.hard == whole.hard && abs(near.hardAmount - whole.hardAmount) < 1e-9 && abs(near.penalty - whole.penalty) < 1e-9,
                        "\(rule.id), agent \(s), days \(days): near \(near.hard)/\(near.penalty), whole \(whole.hard)/\(whole.penalty)")
                if whole.hard != 0 || whole.penalty != 0 { changed += 1 }
            }
        }
        return changed
    }

    @Test func aChangeOnSomeDaysCostsWhatTheRulesSeeNearThemOnAUnitWithEveryFrenchRule() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        let changed = Self.expectNearChangeIsWholeChange(problem, trials: 300, seed: 5)
        #expect(changed > 100, "the changes moved the rules' costs (\(changed) times)")
    }

    @Test func aChangeOnSomeDaysCostsWhatTheRulesSeeNearThemWithLastMonthsRosterBefore() throws {
        let problem = try PlanningProblem(ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        #expect(problem.historyLength > 0, "the unit starts after days of last month's roster")
        let changed = Self.expectNearChangeIsWholeChange(problem, trials: 200, seed: 9)
        #expect(changed > 100, "the changes moved the rules' costs (\(changed) times)")
    }

    @Test func aChangeOnSomeDaysCostsWhatTheRulesSeeNearThemOnACurtoisInstance() throws {
        // Curtois–Qu: runs at either end of the period are exempt from the minimum lengths.
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        let changed = Self.expectNearChangeIsWholeChange(problem, trials: 300, seed: 13)
        #expect(changed > 100, "the changes moved the rules' costs (\(changed) times)")
    }
}
