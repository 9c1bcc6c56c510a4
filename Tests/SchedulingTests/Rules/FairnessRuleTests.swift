import Testing
@testable import Scheduling

/// FAIR-NIGHTS / FAIR-WEEKENDS / FAIR-HOLIDAYS: nights, worked weekends and public-holiday
/// shifts are shared among comparable agents (same grade and team by default). Each count is
/// divided by the agent's availability (quotité × share of days not absent); the penalty is
/// the weight times the spread (highest − lowest) in each group. Soft.
@Suite struct FairnessRuleTests {
    static let nights = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(fairness: FairnessSetting(nightsWeight: 10)))

    static func spread(_ rule: RuleID, _ amount: Double, weight: Double) -> ViolationFacts {
        ViolationFacts(rule: rule, hard: false, staff: nil, dates: [], amount: amount, unit: .count, weight: weight, penalty: amount * weight)
    }

    // MARK: Nights

    @Test func threeNightsAgainstOneCostTwiceTheWeight() throws {
        let found = try Self.nights.evaluate("N N N - - - -", "N - - - - - -").violations
        #expect(found.map(\.facts) == [Self.spread("FAIR-NIGHTS", 2, weight: 10)])
    }

    @Test func equalNightsCostNothing() throws {
        #expect(try Self.nights.evaluate("N N - - - - -", "- - - N12 N - -").violations.isEmpty)
    }

    @Test func halfTimeAgentIsComparedPerFullTimeEquivalent() throws {
        let unit = Self.nights.with { $0.staff = [TinyUnit.agent("IDE01"), TinyUnit.agent("IDE02", quotite: 50)] }
        #expect(try unit.violations(of: "FAIR-NIGHTS", "N N - - - - -", "N - - - - - -").isEmpty)
        #expect(try unit.violations(of: "FAIR-NIGHTS", "N N N - - - -", "N - - - - - -").map(\.facts) == [Self.spread("FAIR-NIGHTS", 1, weight: 10)])
    }

    @Test func absentDaysReduceTheExpectedShare() throws {
        // IDE02 is on leave half of the fortnight: one night of hers weighs two
        let unit = Self.nights.with {
            $0.days = 14
            $0.absences = [Absence(staff: "IDE02", days: DaySelection(from: .jun(1), to: .jun(7)), code: "CA")]
        }
        #expect(try unit.violations(of: "FAIR-NIGHTS", "N N - - - - - - - - - - - -", "- - - - - - - N - - - - - -").isEmpty)
    }

    @Test func agentsOfAnotherGradeOrTeamAreNotCompared() throws {
        let unit = Self.nights.with {
            $0.staff = [TinyUnit.agent("IDE01", team: .night), TinyUnit.agent("IDE02", team: .day), TinyUnit.agent("AS01", grade: "AS", team: .night)]
        }
        #expect(try unit.evaluate("N N N - - - -", "- - - - - - -", "- - - - - - -").violations.isEmpty)
    }

    @Test func explicitFairnessGroupComparesAcrossGrades() throws {
        let unit = Self.nights.with {
            $0.staff = [TinyUnit.agent("IDE01", fairnessGroup: "soignants"), TinyUnit.agent("AS01", grade: "AS", fairnessGroup: "soignants")]
        }
        #expect(try unit.violations(of: "FAIR-NIGHTS", "N N N - - - -", "- - - - - - -").map(\.facts) == [Self.spread("FAIR-NIGHTS", 3, weight: 10)])
    }

    @Test func agentsWhoMayNotWorkNightsAreLeftOutOfNightFairness() throws {
        let unit = Self.nights.with {
            $0.staff = [TinyUnit.agent("IDE01"), TinyUnit.agent("IDE02"), TinyUnit.agent("IDE03", allowedShifts: ["M", "S"])]
        }
        #expect(try unit.violations(of: "FAIR-NIGHTS", "N N - - - - -", "- - N N - - -", "M M M M M - -").isEmpty)
    }

    @Test func historyNightsAreNotCounted() throws {
        #expect(try Self.nights.history("N N N", "").violations(of: "FAIR-NIGHTS", "N - - - - - -", "N - - - - - -").isEmpty)
    }

    // MARK: Weekends and public holidays

    @Test func twoWeekendsAgainstNoneCostTwiceTheWeight() throws {
        let unit = TinyUnit(agents: ["IDE01", "IDE02"], days: 14, rules: RuleSettings(fairness: FairnessSetting(weekendsWeight: 5)))
        let found = try unit.violations(of: "FAIR-WEEKENDS", "- - - - - M M - - - - - - S", "M M M M M - - M M M M M - -")
        #expect(found.map(\.facts) == [Self.spread("FAIR-WEEKENDS", 2, weight: 5)])
    }

    @Test func publicHolidayWorkedByOneAgentOnlyCostsTheWeight() throws {
        let unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(fairness: FairnessSetting(holidaysWeight: 20)))
            .with { $0.publicHolidays = [.jun(4)] }
        let found = try unit.violations(of: "FAIR-HOLIDAYS", "- - - M - - -", "- - M - M - -")
        #expect(found.map(\.facts) == [Self.spread("FAIR-HOLIDAYS", 1, weight: 20)])
    }

    @Test func periodWithoutPublicHolidayHasNoHolidaySpread() throws {
        let unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(fairness: FairnessSetting(holidaysWeight: 20)))
        #expect(try unit.violations(of: "FAIR-HOLIDAYS", "M M M M M - -", "- - - - - - -").isEmpty)
    }

    // MARK: Catalogue and wording

    @Test func onlyMeasuresWithAPositiveWeightApply() throws {
        let ids = try TinyUnit(rules: RuleSettings(fairness: FairnessSetting(nightsWeight: 10, weekendsWeight: 0))).ruleIDs()
        #expect(ids.contains("FAIR-NIGHTS"))
        #expect(!ids.contains("FAIR-WEEKENDS"))
        #expect(!ids.contains("FAIR-HOLIDAYS"))
    }

    @Test func messagesNameTheGroupAndBothEndsOfTheSpread() throws {
        let violation = try #require(try Self.nights.violations(of: "FAIR-NIGHTS", "N N N - - - -", "N - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "IDE02", "IDE", "2.00"])
    }
}
