import Testing
@testable import Scheduling

/// COVER-MIN (hard, priced per missing person), COVER-TARGET (soft, per person missing or
/// in excess) and COVER-MAX (hard): staffing demand per day, shift type and skill.
@Suite struct CoverageRuleTests {
    static let staff = [TinyUnit.agent("IDE01"), TinyUnit.agent("IDE02"), TinyUnit.agent("IDE03"), TinyUnit.agent("AS01", grade: "AS")]

    /// On Monday 1 June the matin needs at least 1 IDE, ideally 2, at most 3.
    static let unit = TinyUnit(staff: staff).with {
        $0.demand = [DemandRule(days: .on(.jun(1)), shift: "M", skill: "IDE", minimum: 1, target: 2, maximum: 3)]
    }

    static func cover(_ rule: RuleID, hard: Bool, persons: Double, weight: Double, date: CivilDate = .jun(1)) -> ViolationFacts {
        ViolationFacts(rule: rule, hard: hard, staff: nil, dates: [date], amount: persons, unit: .persons, weight: weight, penalty: persons * weight)
    }

    static let off = "- - - - - - -"

    @Test func nobodyOnTheMatinMissesTheMinimumAndTheTarget() throws {
        let found = try Self.unit.evaluate(Self.off, Self.off, Self.off, Self.off).violations
        #expect(found.map(\.facts) == [
            Self.cover("COVER-MIN", hard: true, persons: 1, weight: 10_000),
            Self.cover("COVER-TARGET", hard: false, persons: 2, weight: 1000),
        ])
        #expect(found.allSatisfy { $0.shift == "M" })
    }

    @Test func oneIDEMeetsTheMinimumButMissesTheTarget() throws {
        let found = try Self.unit.evaluate("M - - - - - -", Self.off, Self.off, Self.off).violations
        #expect(found.map(\.facts) == [Self.cover("COVER-TARGET", hard: false, persons: 1, weight: 1000)])
    }

    @Test func targetMetIsCompliant() throws {
        #expect(try Self.unit.evaluate("M - - - - - -", "M - - - - - -", Self.off, Self.off).violations.isEmpty)
    }

    @Test func anotherSkillDoesNotCount() throws {
        let found = try Self.unit.evaluate(Self.off, Self.off, Self.off, "M - - - - - -").violations
        #expect(found.map(\.rule) == ["COVER-MIN", "COVER-TARGET"])
    }

    @Test func anotherShiftDoesNotCount() throws {
        let found = try Self.unit.evaluate("S - - - - - -", "J - - - - - -", "N - - - - - -", Self.off).violations
        #expect(found.map(\.rule) == ["COVER-MIN", "COVER-TARGET"])
    }

    @Test func anotherDayDoesNotCount() throws {
        let found = try Self.unit.evaluate("- M - - - - -", "- M - - - - -", Self.off, Self.off).violations
        #expect(found.map(\.rule) == ["COVER-MIN", "COVER-TARGET"])
    }

    @Test func extraStaffAboveTargetIsFreeByDefault() throws {
        #expect(try Self.unit.evaluate("M - - - - - -", "M - - - - - -", "M - - - - - -", Self.off).violations.isEmpty)
    }

    @Test func extraStaffAboveTargetCostsTheOverWeight() throws {
        let unit = Self.unit.with { $0.demand[0].overWeight = 1 }
        let found = try unit.evaluate("M - - - - - -", "M - - - - - -", "M - - - - - -", Self.off).violations
        #expect(found.map(\.facts) == [Self.cover("COVER-TARGET", hard: false, persons: 1, weight: 1)])
    }

    @Test func staffAboveTheMaximumIsAHardViolation() throws {
        let unit = TinyUnit(staff: Self.staff).with {
            $0.demand = [DemandRule(days: .on(.jun(2)), shift: "N", maximum: 1)]
        }
        let found = try unit.evaluate("- N - - - - -", "- N - - - - -", "- N - - - - -", "- N - - - - -").violations
        #expect(found.map(\.facts) == [Self.cover("COVER-MAX", hard: true, persons: 3, weight: 0, date: .jun(2))])
    }

    @Test func demandWithoutSkillCountsEveryone() throws {
        let unit = TinyUnit(staff: Self.staff).with {
            $0.demand = [DemandRule(days: .on(.jun(1)), shift: "M", minimum: 3)]
        }
        #expect(try unit.evaluate("M - - - - - -", Self.off, Self.off, "M - - - - - -").violations.map(\.facts) == [
            Self.cover("COVER-MIN", hard: true, persons: 1, weight: 10_000),
        ])
        #expect(try unit.evaluate("M - - - - - -", "M - - - - - -", Self.off, "M - - - - - -").violations.isEmpty)
    }

    @Test func demandOverARangeIsCheckedEveryDay() throws {
        let unit = TinyUnit(staff: Self.staff).with {
            $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(3)), shift: "N", skill: "AS", minimum: 1)]
        }
        let found = try unit.evaluate(Self.off, Self.off, Self.off, "N - N - - - -").violations
        #expect(found.map(\.facts) == [Self.cover("COVER-MIN", hard: true, persons: 1, weight: 10_000, date: .jun(2))])
    }

    @Test func weightsComeFromTheUnitSettingsUnlessTheDemandSaysOtherwise() throws {
        let unit = Self.unit.with {
            $0.rules.coverage = CoverageSetting(minimumShortfallWeight: 5000, underWeight: 100)
        }
        #expect(try unit.evaluate(Self.off, Self.off, Self.off, Self.off).violations.map(\.facts) == [
            Self.cover("COVER-MIN", hard: true, persons: 1, weight: 5000),
            Self.cover("COVER-TARGET", hard: false, persons: 2, weight: 100),
        ])
        let own = unit.with { $0.demand[0].underWeight = 7 }
        #expect(try own.evaluate(Self.off, Self.off, Self.off, Self.off).violations.map(\.facts) == [
            Self.cover("COVER-MIN", hard: true, persons: 1, weight: 5000),
            Self.cover("COVER-TARGET", hard: false, persons: 2, weight: 7),
        ])
    }

    @Test func uncoveredMinimumMakesTheRosterIllegalAndIsPricedInTheObjective() throws {
        let report = try Self.unit.evaluate(Self.off, Self.off, Self.off, Self.off)
        #expect(!report.isFeasible)
        #expect(report.softPenalty == 2000)
        #expect(report.objective == 12_000)
    }

    @Test func messagesNameTheShiftTheSkillAndTheCounts() throws {
        let found = try Self.unit.evaluate(Self.off, Self.off, Self.off, Self.off).violations
        let minimum = try #require(found.first { $0.rule == "COVER-MIN" })
        expectReadableMessages(minimum, mentioning: ["M", "IDE", "0", "1"])
        let target = try #require(found.first { $0.rule == "COVER-TARGET" })
        expectReadableMessages(target, mentioning: ["M", "IDE", "0", "2"])
    }

    @Test func theOpenPostsAreTheCellsWhereOneMorePersonLowersTheCoverageCost() throws {
        let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(5)))
        let coverage = try #require(AgentLineBuilder(problem: problem)?.coverage)
        let nobody = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        let open = coverage.openPosts(in: nobody, of: problem)
        #expect(Set(open) == Set(problem.demand.indices.filter { problem.demand[$0].minimum > 0 || (problem.demand[$0].target ?? 0) > 0 }))
        let cell = try #require(open.first.map { problem.demand[$0] })
        // Filled to its target (or minimum), a cell is no longer open.
        var filled = nobody
        let needed = max(cell.minimum, cell.target ?? 0)
        let qualified = (0..<problem.staffCount).filter { problem.staff($0, has: cell.skill) }.prefix(needed)
        try #require(qualified.count == needed)
        for s in qualified { filled[s, cell.day] = cell.shift }
        #expect(!coverage.openPosts(in: filled, of: problem).contains(open.first!))
    }

    @Test func countingEveryCellAtOnceGivesEachCellsOwnCount() throws {
        // S3 has several skills and shifts per day: a person counts only on her shift and skill.
        let problem = try PlanningProblem(ScenarioFile.load(path: RepositoryPaths.scenario("s3-urgences-juillet-2026.json")))
        for seed in 1...3 as ClosedRange<UInt64> {
            let grid = IncrementalEvaluationTests.randomGrid(problem, seed: seed)
            let one = problem.demand.map { CoverageRule.count(grid, problem, $0) }
            #expect(CoverageRule.counts(grid, problem, problem.demand) == one)
            #expect(one.contains { $0 > 1 } && one.contains(0), "the random roster leaves some posts empty and fills others")
            // Any subset, in any order, gets the same figures.
            var rng = SeededGenerator(seed: seed)
            let some = Array(problem.demand.indices.shuffled(using: &rng).prefix(40))
            #expect(CoverageRule.counts(grid, problem, some.map { problem.demand[$0] }) == some.map { one[$0] })
        }
    }
}
