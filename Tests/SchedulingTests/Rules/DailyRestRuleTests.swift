import Testing
@testable import Scheduling

/// FPH-30 / FPH-31: at least 12 h (11 h by collective agreement) between two work periods.
@Suite struct DailyRestRuleTests {
    static let twelveHours = TinyUnit(rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 720)))
    static let elevenHours = TinyUnit(rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 660)))

    static func shortRest(_ first: CivilDate, _ second: CivilDate, missing: Double, staff: StaffID = "IDE01") -> ViolationFacts {
        ViolationFacts(rule: "FPH-30", hard: true, staff: staff, dates: [first, second], amount: missing, unit: .minutes, weight: 0, penalty: 0)
    }

    @Test func soirThenMatinBreaksTwelveHourRest() throws {
        let found = try Self.twelveHours.violations(of: "FPH-30", "S M - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.jun(1), .jun(2), missing: 150)])
        #expect(found.first?.shift == "M")
    }

    @Test func elevenHourSettingStillForbidsSoirThenMatin() throws {
        let found = try Self.elevenHours.violations(of: "FPH-30", "S M - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.jun(1), .jun(2), missing: 90)])
    }

    @Test func soirThenJourneeBreaksTwelveHourRest() throws {
        let found = try Self.twelveHours.violations(of: "FPH-30", "S J - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.jun(1), .jun(2), missing: 45)])
    }

    @Test func elevenHourSettingAllowsSoirThenJournee() throws {
        #expect(try Self.elevenHours.violations(of: "FPH-30", "S J - - - - -").isEmpty)
    }

    /// A pair of shifts on consecutive days, and the rest between them (fph-rules.md §2.3).
    struct Transition: CustomTestStringConvertible, Sendable {
        let from: String
        let to: String
        let restMinutes: Int
        var testDescription: String { "\(from) → \(to): \(restMinutes / 60) h \(restMinutes % 60)" }
    }

    static let transitions: [Transition] = [
        Transition(from: "S", to: "M", restMinutes: 570),      // soir 21:15 → matin 06:45: 9 h 30
        Transition(from: "S", to: "J", restMinutes: 675),      // soir 21:15 → journée 08:30: 11 h 15
        Transition(from: "N", to: "S", restMinutes: 405),      // nuit ends 07:00 → soir 13:45 the same day: 6 h 45
        Transition(from: "N", to: "N", restMinutes: 840),      // nuit → nuit: 14 h
        Transition(from: "N", to: "M", restMinutes: -15),      // nuit ends 07:00, matin began 06:45: overlap
        Transition(from: "M", to: "N", restMinutes: 1845),     // matin 14:15 → nuit next day 21:00
        Transition(from: "J12", to: "J12", restMinutes: 720),  // 19:00 → 07:00: 12 h, the boundary
        Transition(from: "N12", to: "N12", restMinutes: 720),  // nuit 12 h ends 07:00 → next one 19:00: 12 h
        Transition(from: "N12", to: "J12", restMinutes: 0),    // nuit 12 h ends 07:00 as the jour 12 h begins
    ]

    @Test(arguments: transitions)
    func restBetweenShiftsIsComputedFromClockTimes(_ transition: Transition) throws {
        let problem = try Self.twelveHours.problem()
        let a = try #require(problem.shiftIndex[ShiftCode(transition.from)])
        let b = try #require(problem.shiftIndex[ShiftCode(transition.to)])
        #expect(DailyRestRule.rest(problem, after: a, before: b) == transition.restMinutes)
    }

    @Test(arguments: transitions, [720, 660])
    func missingMinutesAreTheGapToTheMinimum(_ transition: Transition, minimum: Int) throws {
        let unit = TinyUnit(rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: minimum)))
        let found = try unit.violations(of: "FPH-30", "\(transition.from) \(transition.to) - - - - -")
        if transition.restMinutes >= minimum {
            #expect(found.isEmpty)
        } else {
            #expect(found.map(\.facts) == [Self.shortRest(.jun(1), .jun(2), missing: Double(minimum - transition.restMinutes))])
        }
    }

    @Test func twelveHourDaysBackToBackSitExactlyOnTheBoundary() throws {
        #expect(try Self.twelveHours.violations(of: "FPH-30", "J12 J12 J12 - - - -").isEmpty)
    }

    @Test func twelveHourNightsBackToBackSitExactlyOnTheBoundary() throws {
        #expect(try Self.twelveHours.violations(of: "FPH-30", "N12 N12 N12 - - - -").isEmpty)
    }

    @Test func nightTwelveThenDayOffThenJourneeTwelveRestsTwentyFourHours() throws {
        #expect(try Self.twelveHours.violations(of: "FPH-30", "N12 - J12 - - - -").isEmpty)
    }

    @Test func nightTwelveThenJourneeTwelveNextMorningLeavesNoRestAtAll() throws {
        let found = try Self.twelveHours.violations(of: "FPH-30", "N12 J12 - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.jun(1), .jun(2), missing: 720)])
    }

    @Test func compliantRosterHasNoViolation() throws {
        #expect(try Self.twelveHours.evaluate("M M S S - N N").violations.isEmpty)
    }

    @Test func everyShortRestIsReportedOnItsOwnDates() throws {
        let found = try Self.twelveHours.violations(of: "FPH-30", "S M S M - N S")
        #expect(found.map(\.facts) == [
            Self.shortRest(.jun(1), .jun(2), missing: 150),
            Self.shortRest(.jun(3), .jun(4), missing: 150),
            Self.shortRest(.jun(6), .jun(7), missing: 315),
        ])
    }

    @Test func onlyTheAgentWithTheShortRestIsReported() throws {
        let unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: Self.twelveHours.rules)
        let found = try unit.violations(of: "FPH-30", "M M M M M - -", "- - S M - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.jun(3), .jun(4), missing: 150, staff: "IDE02")])
    }

    // MARK: Month boundary

    @Test func nightOnTheLastHistoryDayThenMatinOnDayOneBreaksRest() throws {
        let found = try Self.twelveHours.history("- - N").violations(of: "FPH-30", "M - - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.may(31), .jun(1), missing: 735)])
    }

    @Test func soirOnTheLastHistoryDayThenMatinOnDayOneBreaksRest() throws {
        let found = try Self.twelveHours.history("S").violations(of: "FPH-30", "M - - - - - -")
        #expect(found.map(\.facts) == [Self.shortRest(.may(31), .jun(1), missing: 150)])
    }

    @Test func withoutHistoryTheFirstDayHasNothingBeforeIt() throws {
        #expect(try Self.twelveHours.violations(of: "FPH-30", "M - - - - - -").isEmpty)
    }

    @Test func shortRestInsideTheHistoryIsNotReportedAgain() throws {
        #expect(try Self.twelveHours.history("S M -").violations(of: "FPH-30", "M - - - - - -").isEmpty)
    }

    // MARK: Severity and wording

    @Test func hardByDefault() throws {
        let found = try Self.twelveHours.violations(of: "FPH-30", "S M - - - - -")
        #expect(found.map(\.hard) == [true])
        #expect(found.map(\.penalty) == [0])
    }

    @Test func softSeverityPricesEachMissingMinuteAtTheWeightPerHour() throws {
        let unit = TinyUnit(rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 720, severity: .soft(weight: 60))))
        let found = try unit.violations(of: "FPH-30", "S M - - - - -")
        #expect(found.map(\.facts) == [
            ViolationFacts(rule: "FPH-30", hard: false, staff: "IDE01", dates: [.jun(1), .jun(2)], amount: 150, unit: .minutes, weight: 1, penalty: 150),
        ])
    }

    @Test func messagesNameTheAgentTheShiftsAndTheRest() throws {
        let violation = try #require(try Self.twelveHours.violations(of: "FPH-30", "S M - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "S", "M", "9 h 30", "12 h"])
    }
}
