import Testing
@testable import Scheduling

/// FPH-08: at most 48 h of work, overtime included, in any rolling 7 days. Windows start at
/// midnight; the hours of a night are split at midnight unless the unit counts whole shifts
/// on their start date.
@Suite struct RollingSevenDaysRuleTests {
    static let unit = TinyUnit(rules: RuleSettings(rollingSevenDays: MaximumMinutesSetting(minutes: 2880)))

    /// A window over the cap; its dates are its first and last days inside the period.
    static func window(_ first: CivilDate, _ last: CivilDate? = nil, over: Double, hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "FPH-08", hard: hard, staff: "IDE01", dates: [first] + (last.map { [$0] } ?? []), amount: over, unit: .minutes,
                       weight: weight, penalty: over * weight)
    }

    @Test func fiveTwelveHourDaysInSevenBreakFortyEightHours() throws {
        let found = try Self.unit.violations(of: "FPH-08", "J12 J12 J12 J12 J12 - -")
        #expect(found.map(\.facts) == [Self.window(.jun(1), .jun(7), over: 720)])
    }

    @Test func fourTwelveHourDaysMakeExactlyFortyEightHoursAndAreAllowed() throws {
        #expect(try Self.unit.evaluate("J12 J12 - J12 J12 - -").violations.isEmpty)
    }

    @Test func fiveMatinsAreWellBelowTheCap() throws {
        #expect(try Self.unit.evaluate("M M M M M - -").violations.isEmpty)
    }

    @Test func everyWindowOverTheCapIsReported() throws {
        let unit = Self.unit.with { $0.days = 10 }
        // the windows from 1, 2 and 3 June each hold five J12; the one from 4 June holds four
        let found = try unit.violations(of: "FPH-08", "J12 J12 J12 J12 J12 - - J12 J12 -")
        #expect(found.map(\.facts) == [
            Self.window(.jun(1), .jun(7), over: 720),
            Self.window(.jun(2), .jun(8), over: 720),
            Self.window(.jun(3), .jun(9), over: 720),
        ])
    }

    @Test func nightOnTheLastDayCountsItsHoursAfterThePeriod() throws {
        // four J12 (48 h) then a N12: 5 h before midnight on 7 June, 7 h on 8 June
        let found = try Self.unit.violations(of: "FPH-08", "- - J12 J12 J12 J12 N12")
        #expect(found.map(\.facts) == [
            Self.window(.jun(1), .jun(7), over: 300),
            Self.window(.jun(2), .jun(7), over: 720),
            Self.window(.jun(3), .jun(7), over: 720),
        ])
    }

    // MARK: Month boundary (S1, IDEN1: nights on 28–31 May)

    @Test func fifthNightOnFirstJuneBreaksFortyEightHoursWithTheHistory() throws {
        // 28 May 21:00 → 2 June 07:00: 50 h in the windows 27 May–2 June and 28 May–3 June
        let found = try Self.unit.history("- - - N N N N").violations(of: "FPH-08", "N - - - - - -")
        #expect(found.map(\.facts) == [
            Self.window(.jun(1), .jun(2), over: 120),
            Self.window(.jun(1), .jun(3), over: 120),
        ])
    }

    @Test func nightOnSecondJuneStillBreaksFortyEightHours() throws {
        // 28 May 21:00 → 3 June 07:00 holds 50 h of work with the midnight split
        let found = try Self.unit.history("- - - N N N N").violations(of: "FPH-08", "- N - - - - -")
        #expect(found.map(\.facts) == [Self.window(.jun(1), .jun(3), over: 120)])
    }

    @Test func nightOnThirdJuneIsAllowedWhenNightsAreSplitAtMidnight() throws {
        #expect(try Self.unit.history("- - - N N N N").violations(of: "FPH-08", "- - N - - - -").isEmpty)
    }

    @Test func nightOnThirdJuneBreaksFortyEightHoursWhenNightsCountOnTheirStartDate() throws {
        let unit = Self.unit.with { $0.rules.splitHoursAtMidnight = false }
        let found = try unit.history("- - - N N N N").violations(of: "FPH-08", "- - N - - - -")
        #expect(found.map(\.facts) == [Self.window(.jun(1), .jun(3), over: 120)])
    }

    @Test func windowStartingSixDaysBeforeThePeriodIsChecked() throws {
        // J12 on 26–29 May and on 1 June: 60 h in the 7 days 26 May–1 June
        let found = try Self.unit.history("J12 J12 J12 J12 - -").violations(of: "FPH-08", "J12 - - - - - -")
        #expect(found.map(\.facts) == [Self.window(.jun(1), over: 720)])
    }

    @Test func withoutHistoryThePeriodStartsFromNothing() throws {
        #expect(try Self.unit.violations(of: "FPH-08", "N - - - - - -").isEmpty)
    }

    @Test func historyAloneUnderTheCapIsNotReported() throws {
        #expect(try Self.unit.history("J12 J12 J12 J12").violations(of: "FPH-08", "- - - - - - -").isEmpty)
    }

    @Test func softSeverityPricesEachMinuteAtTheWeightPerHour() throws {
        let unit = TinyUnit(rules: RuleSettings(rollingSevenDays: MaximumMinutesSetting(minutes: 2880, severity: .soft(weight: 30))))
        let found = try unit.violations(of: "FPH-08", "J12 J12 J12 J12 J12 - -")
        #expect(found.map(\.facts) == [Self.window(.jun(1), .jun(7), over: 720, hard: false, weight: 0.5)])
        #expect(found.first?.penalty == 360)
    }

    @Test func messagesNameTheAgentTheHoursAndTheCap() throws {
        let violation = try #require(try Self.unit.violations(of: "FPH-08", "J12 J12 J12 J12 J12 - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "60 h", "48 h"])
    }
}
