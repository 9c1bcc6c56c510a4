import Testing
@testable import Scheduling

/// MIN-CONSEC-WORK / MIN-CONSEC-OFF: every run of worked days (or days off) lasts at least the
/// minimum, unless it touches an edge of the known days (history and period); the amount is
/// the number of days missing.
@Suite struct MinConsecutiveRuleTests {
    static let twoWorked = TinyUnit(rules: RuleSettings(minConsecutiveWorkDays: LimitSetting(limit: 2)))
    static let threeWorked = TinyUnit(rules: RuleSettings(minConsecutiveWorkDays: LimitSetting(limit: 3)))
    static let twoOff = TinyUnit(rules: RuleSettings(minConsecutiveDaysOff: LimitSetting(limit: 2)))

    static func short(_ rule: RuleID, _ dates: [CivilDate], missing: Double, staff: StaffID = "IDE01", hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: rule, hard: hard, staff: staff, dates: dates, amount: missing, unit: .days, weight: weight, penalty: missing * weight)
    }

    // MARK: Worked runs

    @Test func isolatedWorkedDayLacksOneDay() throws {
        let found = try Self.twoWorked.violations(of: "MIN-CONSEC-WORK", "- - M - - - -")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-WORK", [.jun(3)], missing: 1)])
    }

    @Test func isolatedWorkedDayLacksTwoDaysAgainstAMinimumOfThree() throws {
        let found = try Self.threeWorked.violations(of: "MIN-CONSEC-WORK", "- M - M M - -")
        #expect(found.map(\.facts) == [
            Self.short("MIN-CONSEC-WORK", [.jun(2)], missing: 2),
            Self.short("MIN-CONSEC-WORK", [.jun(4), .jun(5)], missing: 1),
        ])
    }

    @Test func runsLongEnoughAreCompliant() throws {
        #expect(try Self.twoWorked.evaluate("- M M - N N N").violations.isEmpty)
    }

    @Test func runTouchingThePeriodStartIsExemptWithoutHistory() throws {
        #expect(try Self.twoWorked.violations(of: "MIN-CONSEC-WORK", "M - - - - - -").isEmpty)
    }

    @Test func runTouchingThePeriodEndIsExempt() throws {
        #expect(try Self.twoWorked.violations(of: "MIN-CONSEC-WORK", "- - - - - - M").isEmpty)
        #expect(try Self.twoWorked.history("- -").violations(of: "MIN-CONSEC-WORK", "- - - - - - M").isEmpty)
    }

    @Test func historyMakesTheFirstDayOfThePeriodJudged() throws {
        let found = try Self.twoWorked.history("- -").violations(of: "MIN-CONSEC-WORK", "M - - - - - -")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-WORK", [.jun(1)], missing: 1)])
    }

    @Test func runStartingInTheHistoryCountsItsHistoryDays() throws {
        #expect(try Self.twoWorked.history("- M").violations(of: "MIN-CONSEC-WORK", "M - - - - - -").isEmpty)
        let found = try Self.threeWorked.history("- M").violations(of: "MIN-CONSEC-WORK", "M - - - - - -")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-WORK", [.jun(1)], missing: 1)])
    }

    @Test func runTouchingTheStartOfTheHistoryIsExempt() throws {
        #expect(try Self.threeWorked.history("M M").violations(of: "MIN-CONSEC-WORK", "- - - - - - -").isEmpty)
        #expect(try Self.threeWorked.history("M").violations(of: "MIN-CONSEC-WORK", "M - - - - - -").isEmpty)
    }

    @Test func shortRunWhollyInTheHistoryIsNotReportedAgain() throws {
        #expect(try Self.twoWorked.history("- M - -").violations(of: "MIN-CONSEC-WORK", "- - - - - - -").isEmpty)
    }

    // MARK: Runs of days off

    @Test func singleDayOffBetweenWorkedDaysLacksOneDay() throws {
        let found = try Self.twoOff.violations(of: "MIN-CONSEC-OFF", "M M - M M M M")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-OFF", [.jun(3)], missing: 1)])
    }

    @Test func dayOffRunsAtTheEdgesOfThePeriodAreExempt() throws {
        #expect(try Self.twoOff.violations(of: "MIN-CONSEC-OFF", "- M M M M M -").isEmpty)
    }

    @Test func historyWorkMakesADayOffOnDayOneJudged() throws {
        let found = try Self.twoOff.history("M").violations(of: "MIN-CONSEC-OFF", "- M M M M M -")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-OFF", [.jun(1)], missing: 1)])
    }

    @Test func dayOffRunStartingInTheHistoryCountsItsHistoryDays() throws {
        #expect(try Self.twoOff.history("M -").violations(of: "MIN-CONSEC-OFF", "- M M M M M M").isEmpty)
    }

    // MARK: Personal limits and severity

    @Test func personalLimitOverridesTheUnitDefault() throws {
        let unit = Self.twoWorked.with {
            $0.staff = [TinyUnit.agent("IDE01", limits: WorkLimits(minConsecutiveWorkDays: 3)), TinyUnit.agent("IDE02")]
        }
        let found = try unit.violations(of: "MIN-CONSEC-WORK", "- M M - - - -", "- M M - - - -")
        #expect(found.map(\.facts) == [Self.short("MIN-CONSEC-WORK", [.jun(2), .jun(3)], missing: 1)])
    }

    @Test func minimumOfOneNeverBinds() throws {
        let unit = TinyUnit(rules: RuleSettings(minConsecutiveWorkDays: LimitSetting(limit: 1), minConsecutiveDaysOff: LimitSetting(limit: 1)))
        #expect(try unit.evaluate("- M - M - M -").violations.isEmpty)
    }

    @Test func softSeverityPricesEachMissingDay() throws {
        let unit = TinyUnit(rules: RuleSettings(minConsecutiveDaysOff: LimitSetting(limit: 3, severity: .soft(weight: 25))))
        let found = try unit.violations(of: "MIN-CONSEC-OFF", "M - M - - M M")
        #expect(found.map(\.facts) == [
            Self.short("MIN-CONSEC-OFF", [.jun(2)], missing: 2, hard: false, weight: 25),
            Self.short("MIN-CONSEC-OFF", [.jun(4), .jun(5)], missing: 1, hard: false, weight: 25),
        ])
    }

    @Test func messagesNameTheAgentTheRunAndTheMinimum() throws {
        let violation = try #require(try Self.twoOff.violations(of: "MIN-CONSEC-OFF", "M M - M M M M").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "1", "2"])
        #expect(violation.message.fr.contains("repos"))
        #expect(violation.message.en.contains("days off"))
    }
}
