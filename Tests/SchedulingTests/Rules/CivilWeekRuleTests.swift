import Testing
@testable import Scheduling

/// FPH-07: at most 44 h per civil week (Monday–Sunday) without overtime. Partial weeks at the
/// start of the period include the history.
@Suite struct CivilWeekRuleTests {
    static let unit = TinyUnit(rules: RuleSettings(civilWeek: MaximumMinutesSetting(minutes: 2640)))

    static func week(_ first: CivilDate, _ last: CivilDate, over: Double, hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "FPH-07", hard: hard, staff: "IDE01", dates: [first, last], amount: over, unit: .minutes, weight: weight, penalty: over * weight)
    }

    @Test func fourTwelveHourShiftsInACivilWeekBreakFortyFourHours() throws {
        let found = try Self.unit.violations(of: "FPH-07", "J12 - J12 - J12 - J12")
        #expect(found.map(\.facts) == [Self.week(.jun(1), .jun(7), over: 240)])
    }

    @Test func threeTwelveHourShiftsInACivilWeekAreAllowed() throws {
        #expect(try Self.unit.evaluate("J12 J12 J12 - - - -").violations.isEmpty)
    }

    @Test func sixMatinsInACivilWeekBreakFortyFourHours() throws {
        let found = try Self.unit.violations(of: "FPH-07", "M M M M M M -")
        #expect(found.map(\.facts) == [Self.week(.jun(1), .jun(7), over: 60)])
    }

    @Test func exactlyFortyFourHoursAreAllowed() throws {
        // two J12 (24 h) and two nights (20 h, the second ending on Saturday morning)
        #expect(try Self.unit.violations(of: "FPH-07", "J12 J12 - N N - -").isEmpty)
    }

    @Test func nightOnTheLastDayOfThePeriodCountsItsHoursAfterMidnight() throws {
        // the period ends on Friday 5 June; the Friday night's 7 h on Saturday belong to the same week
        let unit = Self.unit.with { $0.days = 5 }
        #expect(try unit.violations(of: "FPH-07", "J12 J12 J12 - N").map(\.facts) == [Self.week(.jun(1), .jun(5), over: 120)])
    }

    @Test func fiveMatinsInACivilWeekAreAllowed() throws {
        #expect(try Self.unit.violations(of: "FPH-07", "M M M M M - -").isEmpty)
    }

    @Test func fiveTenHourNightsInACivilWeekBreakFortyFourHours() throws {
        // Monday to Friday nights: 3 h before midnight on Monday, 7 h on Saturday, 10 h each day between
        let found = try Self.unit.violations(of: "FPH-07", "N N N N N - -")
        #expect(found.map(\.facts) == [Self.week(.jun(1), .jun(7), over: 360)])
    }

    @Test func weeksAreJudgedSeparately() throws {
        let unit = Self.unit.with { $0.days = 14 }
        let found = try unit.violations(of: "FPH-07", "J12 J12 - - J12 J12 - - - J12 J12 J12 - J12")
        #expect(found.map(\.facts) == [Self.week(.jun(1), .jun(7), over: 240), Self.week(.jun(8), .jun(14), over: 240)])
    }

    @Test func hoursOfASundayNightAreSplitAtMidnight() throws {
        // Sunday night 21:00–07:00: 3 h in this week, 7 h in the next
        #expect(try Self.unit.violations(of: "FPH-07", "M M M M M - N").isEmpty)
        let wholeShifts = Self.unit.with { $0.rules.splitHoursAtMidnight = false }
        #expect(try wholeShifts.violations(of: "FPH-07", "M M M M M - N").map(\.facts) == [Self.week(.jun(1), .jun(7), over: 210)])
    }

    @Test func sundayNightHoursAfterMidnightCountInTheNextWeek() throws {
        let unit = Self.unit.with { $0.days = 14 }
        // 7 h of the Sunday night + four matins + a J12 = 49 h from Monday 8 June
        let found = try unit.violations(of: "FPH-07", "- - - - - - N M M M M J12 - -")
        #expect(found.map(\.facts) == [Self.week(.jun(8), .jun(14), over: 300)])
    }

    // MARK: Month boundary

    @Test func civilWeekStartingInTheHistoryCountsTheHistoryHours() throws {
        // Wednesday 1 July 2026: the week of Monday 29 June holds two J12 of June and two of July
        let unit = Self.unit.with { $0.start = .jul(1) }
        let found = try unit.history("J12 J12").violations(of: "FPH-07", "J12 J12 - - - - -")
        #expect(found.map(\.facts) == [Self.week(.jul(1), .jul(5), over: 240)])
    }

    @Test func withoutHistoryAPartialFirstWeekCountsOnlyThePeriod() throws {
        let unit = Self.unit.with { $0.start = .jul(1) }
        #expect(try unit.violations(of: "FPH-07", "J12 J12 J12 - - - -").isEmpty)
    }

    @Test func historyOfAnEarlierWeekDoesNotCount() throws {
        // 1 June is a Monday: the J12 of 29–31 May belong to the week before
        #expect(try Self.unit.history("J12 J12 J12").violations(of: "FPH-07", "J12 J12 J12 - - - -").isEmpty)
    }

    @Test func severityFlipsFromHardToSoft() throws {
        let soft = TinyUnit(rules: RuleSettings(civilWeek: MaximumMinutesSetting(minutes: 2640, severity: .soft(weight: 60))))
        #expect(try soft.violations(of: "FPH-07", "J12 - J12 - J12 - J12").map(\.facts) == [Self.week(.jun(1), .jun(7), over: 240, hard: false, weight: 1)])
        let hard = TinyUnit(rules: RuleSettings(civilWeek: MaximumMinutesSetting(minutes: 2640, severity: .hard)))
        #expect(try hard.violations(of: "FPH-07", "J12 - J12 - J12 - J12").map(\.facts) == [Self.week(.jun(1), .jun(7), over: 240)])
    }

    @Test func messagesNameTheAgentTheHoursAndTheCap() throws {
        let violation = try #require(try Self.unit.violations(of: "FPH-07", "J12 - J12 - J12 - J12").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "48 h", "44 h"])
    }
}
