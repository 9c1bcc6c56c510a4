import Testing
@testable import Scheduling

/// MAX-CONSEC-WORK / MAX-CONSEC-NIGHTS: no run of worked days (or nights) longer than the
/// limit, counting the history; each extra day costs one unit.
@Suite struct MaxConsecutiveRuleTests {
    static let fiveDays = TinyUnit(days: 10, rules: RuleSettings(maxConsecutiveWorkDays: LimitSetting(limit: 5)))
    static let fourNights = TinyUnit(rules: RuleSettings(maxConsecutiveNights: LimitSetting(limit: 4)))

    static func run(_ rule: RuleID, _ dates: [CivilDate], extra: Double, staff: StaffID = "IDE01", hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: rule, hard: hard, staff: staff, dates: dates, amount: extra, unit: .days, weight: weight, penalty: extra * weight)
    }

    // MARK: Worked days

    @Test func sixDaysInARowWithALimitOfFiveCostOneDay() throws {
        let found = try Self.fiveDays.violations(of: "MAX-CONSEC-WORK", "M M S S J M - - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-WORK", [.jun(1), .jun(6)], extra: 1)])
    }

    @Test func eightDaysInARowWithALimitOfFiveCostThreeDays() throws {
        let found = try Self.fiveDays.violations(of: "MAX-CONSEC-WORK", "- M M M M M M M M -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-WORK", [.jun(2), .jun(9)], extra: 3)])
    }

    @Test func fiveDaysInARowAreAllowed() throws {
        #expect(try Self.fiveDays.evaluate("M M M M M - M M M M").violations.isEmpty)
    }

    @Test func eachTooLongRunIsReported() throws {
        let unit = TinyUnit(days: 14, rules: RuleSettings(maxConsecutiveWorkDays: LimitSetting(limit: 3)))
        let found = try unit.violations(of: "MAX-CONSEC-WORK", "M M M M - M M M - N N N N N")
        #expect(found.map(\.facts) == [
            Self.run("MAX-CONSEC-WORK", [.jun(1), .jun(4)], extra: 1),
            Self.run("MAX-CONSEC-WORK", [.jun(10), .jun(14)], extra: 2),
        ])
    }

    @Test func historyDaysExtendTheFirstRun() throws {
        // worked 27–31 May: working 1 June makes six in a row (S1, IDE01)
        let found = try Self.fiveDays.history("M M M M M").violations(of: "MAX-CONSEC-WORK", "M - - - - - - - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-WORK", [.jun(1)], extra: 1)])
    }

    @Test func runWhollyInTheHistoryIsNotReportedAgain() throws {
        #expect(try Self.fiveDays.history("M M M M M M M").violations(of: "MAX-CONSEC-WORK", "- M M M M M - - - -").isEmpty)
    }

    // MARK: Nights

    @Test func fiveHistoryNightsAndOnePeriodNightBreakTheFourNightLimit() throws {
        let found = try Self.fourNights.history("N N N N N").violations(of: "MAX-CONSEC-NIGHTS", "N - - - - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-NIGHTS", [.jun(1)], extra: 1)])
    }

    @Test func threeHistoryNightsAndTwoPeriodNightsBreakTheFourNightLimit() throws {
        let found = try Self.fourNights.history("N N N").violations(of: "MAX-CONSEC-NIGHTS", "N N - - - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-NIGHTS", [.jun(1), .jun(2)], extra: 1)])
    }

    @Test func fiveHistoryNightsAndThreePeriodNightsCostThreeNights() throws {
        let found = try Self.fourNights.history("N N N N N").violations(of: "MAX-CONSEC-NIGHTS", "N N N - - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-NIGHTS", [.jun(1), .jun(3)], extra: 3)])
    }

    @Test func fiveHistoryNightsThenADayOffAreNotThisMonthsViolation() throws {
        #expect(try Self.fourNights.history("N N N N N").violations(of: "MAX-CONSEC-NIGHTS", "- N N N N - -").isEmpty)
    }

    @Test func tenHourAndTwelveHourNightsCountAlike() throws {
        let found = try Self.fourNights.violations(of: "MAX-CONSEC-NIGHTS", "N N12 N N12 N - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-NIGHTS", [.jun(1), .jun(5)], extra: 1)])
    }

    @Test func aDayShiftBreaksARunOfNights() throws {
        #expect(try Self.fourNights.violations(of: "MAX-CONSEC-NIGHTS", "N N N M N N N").isEmpty)
    }

    @Test func nightLimitDoesNotLimitWorkedDays() throws {
        #expect(try Self.fourNights.evaluate("M M M M M M M").violations.isEmpty)
    }

    // MARK: Personal limits and severity

    @Test func personalLimitOverridesTheUnitDefault() throws {
        let unit = Self.fourNights.with {
            $0.staff = [TinyUnit.agent("IDE01", limits: WorkLimits(maxConsecutiveNights: 2)), TinyUnit.agent("IDE02")]
        }
        let found = try unit.violations(of: "MAX-CONSEC-NIGHTS", "N N N - - - -", "N N N N - - -")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-NIGHTS", [.jun(1), .jun(3)], extra: 1)])
    }

    @Test func personalLimitAloneTurnsTheRuleOnForThatAgentOnly() throws {
        let unit = TinyUnit(staff: [TinyUnit.agent("IDE01", limits: WorkLimits(maxConsecutiveWorkDays: 3)), TinyUnit.agent("IDE02")])
        #expect(try unit.ruleIDs().contains("MAX-CONSEC-WORK"))
        let found = try unit.violations(of: "MAX-CONSEC-WORK", "M M M M - - -", "M M M M M M M")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-WORK", [.jun(1), .jun(4)], extra: 1)])
    }

    @Test func ruleIsAbsentWithoutAnyLimit() throws {
        let ids = try TinyUnit().ruleIDs()
        #expect(!ids.contains("MAX-CONSEC-WORK"))
        #expect(!ids.contains("MAX-CONSEC-NIGHTS"))
    }

    @Test func softSeverityPricesEachExtraDay() throws {
        let unit = TinyUnit(rules: RuleSettings(maxConsecutiveWorkDays: LimitSetting(limit: 5, severity: .soft(weight: 100))))
        let found = try unit.violations(of: "MAX-CONSEC-WORK", "M M M M M M M")
        #expect(found.map(\.facts) == [Self.run("MAX-CONSEC-WORK", [.jun(1), .jun(7)], extra: 2, hard: false, weight: 100)])
        #expect(found.first?.penalty == 200)
    }

    @Test func messagesNameTheAgentTheRunAndTheLimit() throws {
        let violation = try #require(try Self.fourNights.history("N N N N N").violations(of: "MAX-CONSEC-NIGHTS", "N - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "6", "4"])
        #expect(violation.message.fr.contains("nuits"))
        #expect(violation.message.en.contains("nights"))
    }
}
