import Testing
@testable import Scheduling

/// FPH-32: a weekly rest of at least 36 consecutive hours in each civil week. A week complies
/// when one of its days has no shift starting on it and the rest around that day — from the
/// end of the shift before to the start of the shift after — lasts 36 h; two consecutive days
/// off always do. Days before the history and after the period count as rest.
@Suite struct WeeklyRestRuleTests {
    /// Monday 1 to Sunday 14 June: two civil weeks.
    static let unit = TinyUnit(days: 14, rules: RuleSettings(weeklyRest: MinimumMinutesSetting(minutes: 2160)))

    static func noRest(_ first: CivilDate, _ last: CivilDate, hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "FPH-32", hard: hard, staff: "IDE01", dates: [first, last], amount: 1, unit: .count, weight: weight, penalty: weight)
    }

    @Test func eightMatinsInARowLeaveNoRestInTheFirstWeek() throws {
        let found = try Self.unit.violations(of: "FPH-32", "M M M M M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
    }

    @Test func twoConsecutiveDaysOffAreAWeeklyRest() throws {
        #expect(try Self.unit.evaluate("N N N - - M M S S S - - M M").violations.isEmpty)
    }

    @Test func matinThenOneDayOffThenMatinGivesFortyHoursThirty() throws {
        #expect(try Self.unit.evaluate("M M M - M M M M - - - - - -").violations.isEmpty)
    }

    @Test func soirThenOneDayOffThenMatinGivesOnlyThirtyThreeHoursThirty() throws {
        let found = try Self.unit.violations(of: "FPH-32", "M M S - M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
    }

    @Test func descenteDeNuitThenOneDayOffIsNotAWeeklyRest() throws {
        // the night ends on Thursday at 07:00, the matin begins on Friday at 06:45: 23 h 45
        let found = try Self.unit.violations(of: "FPH-32", "M M N - M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
    }

    @Test func exactlyThirtySixHoursQualifies() throws {
        // J12 ends at 19:00 on Wednesday, the next J12 begins at 07:00 on Friday
        #expect(try Self.unit.violations(of: "FPH-32", "J12 J12 J12 - J12 J12 J12 J12 - - - - - -").isEmpty)
    }

    @Test func fifteenMinutesShortOfThirtySixHoursDoesNot() throws {
        // J12 ends at 19:00 on Wednesday, the matin begins at 06:45 on Friday: 35 h 45
        let found = try Self.unit.violations(of: "FPH-32", "J12 J12 J12 - M J12 J12 J12 - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
    }

    @Test func restAroundAMondayOffCountsForThatMondaysWeek() throws {
        // Sunday 14:15 → Tuesday 06:45 is 40 h 30, around Monday 8 June: the first week has none
        let found = try Self.unit.violations(of: "FPH-32", "M M M M M M M - M M M M M -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
    }

    @Test func eachWeekIsJudgedOnItsOwn() throws {
        let unit = Self.unit.with { $0.days = 21 }
        let found = try unit.violations(of: "FPH-32", "M M M M M M M M M M M M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7)), Self.noRest(.jun(8), .jun(14))])
    }

    @Test func daysAfterThePeriodCountAsRest() throws {
        let unit = Self.unit.with { $0.days = 6 }
        #expect(try unit.violations(of: "FPH-32", "M M M M M M").isEmpty)
    }

    // MARK: Month boundary

    @Test func civilWeekStartingInTheHistoryIsJudgedWithIt() throws {
        // Wednesday 1 July 2026: the week of Monday 29 June has a matin every day
        let unit = Self.unit.with { $0.start = .jul(1) }
        let found = try unit.history("M M").violations(of: "FPH-32", "M M M M M M - - - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jul(1), .jul(5))])
    }

    @Test func withoutHistoryTheDaysBeforeThePeriodCountAsRest() throws {
        let unit = Self.unit.with { $0.start = .jul(1) }
        #expect(try unit.violations(of: "FPH-32", "M M M M M M - - - - - - - -").isEmpty)
    }

    @Test func soirOnTheLastHistorySundayShortensTheRestAroundMonday() throws {
        // Sunday 31 May S until 21:15, Monday off, matin on Tuesday 06:45: 33 h 30
        let found = try Self.unit.history("M M S").violations(of: "FPH-32", "- M M M M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7))])
        #expect(try Self.unit.history("M M M").violations(of: "FPH-32", "- M M M M M M M - - - - - -").isEmpty)
    }

    @Test func sundayOffInTheHistoryMakesMondayOffATwoDayRest() throws {
        #expect(try Self.unit.history("M M -").violations(of: "FPH-32", "- M M M M M M M - - - - - -").isEmpty)
    }

    // MARK: Severity and wording

    @Test func softSeverityPricesEachWeekWithoutRest() throws {
        let unit = Self.unit.with { $0.rules.weeklyRest?.severity = .soft(weight: 200) }
        let found = try unit.violations(of: "FPH-32", "M M M M M M M M - - - - - -")
        #expect(found.map(\.facts) == [Self.noRest(.jun(1), .jun(7), hard: false, weight: 200)])
    }

    @Test func messagesNameTheAgentTheMinimumAndTheLongestRest() throws {
        let violation = try #require(try Self.unit.violations(of: "FPH-32", "M M S - M M M M - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "36 h", "33 h 30"])
    }
}
