import Testing
@testable import Scheduling

/// FPH-33: at least 4 rest days per fortnight, two of them consecutive and including a Sunday.
/// A rest day is a calendar day without any work (the descente de nuit is not one). Fixed
/// fortnights are aligned on the first Monday of the period unless anchored elsewhere; only
/// fortnights whose 14 days are all known are judged.
@Suite struct FortnightRestRuleTests {
    /// Monday 1 to Sunday 14 June: one fixed fortnight, Sundays 7 and 14 June.
    static let unit = TinyUnit(days: 14, rules: RuleSettings(fortnightRest: FortnightRestSetting()))

    static func tooFewRestDays(missing: Double, _ first: CivilDate = .jun(1), _ last: CivilDate = .jun(14), hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "FPH-33", hard: hard, staff: "IDE01", dates: [first, last], amount: missing, unit: .days, weight: weight, penalty: missing * weight)
    }

    static func noSundayPair(_ first: CivilDate = .jun(1), _ last: CivilDate = .jun(14), hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "FPH-33", hard: hard, staff: "IDE01", dates: [first, last], amount: 1, unit: .count, weight: weight, penalty: weight)
    }

    @Test func fourRestDaysWithAFreeWeekendAreCompliant() throws {
        #expect(try Self.unit.evaluate("M M M M M - - M M M M M - -").violations.isEmpty)
    }

    @Test func threeRestDaysInAFortnightLackOne() throws {
        let found = try Self.unit.violations(of: "FPH-33", "M M M M M - - M M M M M M -")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 1)])
    }

    @Test func oneRestDayLacksThreeAndHasNoSundayPair() throws {
        let found = try Self.unit.violations(of: "FPH-33", "M M M M M M M M M M M M M -")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 3), Self.noSundayPair()])
    }

    @Test func twoSundaysWorkedInOneFortnightBreakTheSundayPair() throws {
        let found = try Self.unit.violations(of: "FPH-33", "M M - - M M S M M - - M M S")
        #expect(found.map(\.facts) == [Self.noSundayPair()])
    }

    @Test func sundayAndMondayOffMakeAPair() throws {
        #expect(try Self.unit.violations(of: "FPH-33", "M M M - M M - - M M M - M S").isEmpty)
    }

    @Test func descenteDeNuitIsNotARestDay() throws {
        // a night on Friday 5 June ends on Saturday 07:00: Saturday is not a rest day
        let found = try Self.unit.violations(of: "FPH-33", "M M M M N - - M M M M M - -")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 1)])
    }

    @Test func saturdayNightSpoilsTheSundayOfTheWeekend() throws {
        let found = try Self.unit.violations(of: "FPH-33", "M M M - - N - - M M M M M M")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 1), Self.noSundayPair()])
    }

    @Test func restDaysIsASetting() throws {
        let unit = Self.unit.with { $0.rules.fortnightRest?.restDays = 2 }
        #expect(try unit.violations(of: "FPH-33", "M M M M M - - M M M M M M M").isEmpty)
    }

    @Test func looseReadingDropsTheSundayPair() throws {
        let unit = Self.unit.with { $0.rules.fortnightRest?.sundayPair = false }
        #expect(try unit.violations(of: "FPH-33", "M M - - M M S M M - - M M S").isEmpty)
    }

    @Test func anchorChoosesWhichFortnightIsJudged() throws {
        let roster = "M M M M M M M - M M M M - - M M M M M - -"
        let unit = Self.unit.with { $0.days = 21 }
        #expect(try unit.violations(of: "FPH-33", roster).map(\.facts) == [Self.tooFewRestDays(missing: 1, .jun(1), .jun(14))])
        let anchored = unit.with { $0.rules.fortnightRest?.anchor = .jun(8) }
        #expect(try anchored.violations(of: "FPH-33", roster).isEmpty)
    }

    // MARK: Month boundary

    @Test func fortnightStartingInTheHistoryIsJudged() throws {
        // July 2026 starts on a Wednesday: the fortnight 22 June–5 July is judged with the history
        let unit = Self.unit.with { $0.start = .jul(1) }
        let found = try unit.history("M M M M M M S M M").violations(of: "FPH-33", "M M M - - M M M M M M M M M")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 2, .jul(1), .jul(5))])
    }

    @Test func fortnightWhollyInTheHistoryIsNotReportedAgain() throws {
        // 18–31 May is a fixed fortnight of the previous month, worked every day
        let history = Array(repeating: "M", count: 14).joined(separator: " ")
        #expect(try Self.unit.history(history).violations(of: "FPH-33", "M M M M M - - M M M M M - -").isEmpty)
    }

    @Test func fortnightNotFullyKnownIsLeftForAnotherMonth() throws {
        let unit = Self.unit.with { $0.start = .jul(1) }
        #expect(try unit.violations(of: "FPH-33", "M M M - - M M M M M M M M M").isEmpty)
    }

    @Test func rollingFortnightsCatchTwoSundaysAcrossTheMonthBoundary() throws {
        // worked Saturday 30 and Sunday 31 May, then Sunday 7 June (S1, IDE05)
        let history = "- - - - - S S", roster = "M M - - M - S M M - - M - -"
        #expect(try Self.unit.history(history).violations(of: "FPH-33", roster).isEmpty)
        let rolling = Self.unit.with { $0.rules.fortnightRest?.rolling = true }
        let found = try rolling.history(history).violations(of: "FPH-33", roster)
        // the seven windows from 25 to 31 May hold both Sundays; the one from 1 June has 13–14 June off
        #expect(found.map(\.facts) == (7...13).map { Self.noSundayPair(.jun(1), .jun($0)) })
    }

    // MARK: Severity and wording

    @Test func softSeverityPricesEachMissingDayAndEachMissingPair() throws {
        let unit = Self.unit.with { $0.rules.fortnightRest?.severity = .soft(weight: 150) }
        let found = try unit.violations(of: "FPH-33", "M M M M M M M M M M M M M -")
        #expect(found.map(\.facts) == [Self.tooFewRestDays(missing: 3, hard: false, weight: 150), Self.noSundayPair(hard: false, weight: 150)])
        #expect(found.map(\.penalty).reduce(0, +) == 600)
    }

    @Test func messagesNameTheAgentTheCountAndTheSunday() throws {
        let found = try Self.unit.violations(of: "FPH-33", "M M M M M M M M M M M M M -")
        try #require(found.count == 2)
        expectReadableMessages(found[0], mentioning: ["IDE01", "1", "4"])
        expectReadableMessages(found[1], mentioning: ["IDE01"])
        #expect(found[1].message.fr.contains("dimanche"))
        #expect(found[1].message.en.contains("Sunday"))
    }
}
