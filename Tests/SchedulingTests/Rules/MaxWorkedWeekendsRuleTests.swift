import Testing
@testable import Scheduling

/// MAX-WEEKENDS: at most `limit` weekends worked over the period; a weekend counts as worked
/// if its Saturday or its Sunday inside the period has a shift.
@Suite struct MaxWorkedWeekendsRuleTests {
    /// Monday 1 to Sunday 14 June: weekends 6–7 and 13–14 June.
    static let oneWeekend = TinyUnit(days: 14, rules: RuleSettings(maxWorkedWeekends: LimitSetting(limit: 1)))

    static func weekends(_ extra: Double, staff: StaffID = "IDE01", hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "MAX-WEEKENDS", hard: hard, staff: staff, dates: [], amount: extra, unit: .weekends, weight: weight, penalty: extra * weight)
    }

    @Test func saturdayOfOneWeekendAndSundayOfTheNextAreTwoWeekends() throws {
        let found = try Self.oneWeekend.violations(of: "MAX-WEEKENDS", "- - - - - M - - - - - - - S")
        #expect(found.map(\.facts) == [Self.weekends(1)])
    }

    @Test func bothDaysOfOneWeekendCountOnce() throws {
        #expect(try Self.oneWeekend.evaluate("M M M M - M M - - - - - - -").violations.isEmpty)
    }

    @Test func weekdaysDoNotCount() throws {
        #expect(try Self.oneWeekend.violations(of: "MAX-WEEKENDS", "M M M M M - - N N N N N - -").isEmpty)
    }

    @Test func aNightStartingFridayDoesNotMakeAWorkedWeekend() throws {
        // a shift belongs to the date on which it starts
        #expect(try Self.oneWeekend.violations(of: "MAX-WEEKENDS", "- - - - N - - - - - - N - -").isEmpty)
    }

    @Test func periodStartingOnASundayCountsThatSundaysWeekendButNotTheHistorySaturday() throws {
        // Sunday 1 February 2026: the weekend 31 Jan–1 Feb counts only by its Sunday
        let unit = Self.oneWeekend.with { $0.start = .feb(1) }
        #expect(try unit.history("M").violations(of: "MAX-WEEKENDS", "- - - - - - M - - - - - - -").isEmpty)
        #expect(try unit.violations(of: "MAX-WEEKENDS", "M - - - - - M - - - - - - -").map(\.facts) == [Self.weekends(1)])
    }

    @Test func theUnitsWeekendsAreEverySaturdayOrSundayOfThePeriodOnceInOrderWhateverItsFirstDay() throws {
        // 1–7 June 2026 start on every weekday from Monday to Sunday; periods of 1 to 16 days.
        for first in 1...7 {
            for days in 1...16 {
                let problem = try Self.oneWeekend.with { $0.start = .jun(first); $0.days = days }.problem()
                // Day −1 is a Saturday exactly when the period opens on that weekend's Sunday.
                let saturdays = (-1..<days).filter { problem.weekday(ofDay: $0) == 6 }
                #expect(problem.weekends.map(\.saturday) == saturdays, "start 2026-06-\(first), \(days) days")
            }
        }
    }

    @Test func personalLimitOverridesTheUnitDefault() throws {
        let unit = Self.oneWeekend.with {
            $0.staff = [TinyUnit.agent("IDE01", limits: WorkLimits(maxWorkedWeekends: 0)), TinyUnit.agent("IDE02")]
        }
        let found = try unit.violations(of: "MAX-WEEKENDS", "- - - - - - M - - - - - - -", "- - - - - - M - - - - - - -")
        #expect(found.map(\.facts) == [Self.weekends(1)])
    }

    @Test func softSeverityPricesEachExtraWeekend() throws {
        let unit = TinyUnit(days: 21, rules: RuleSettings(maxWorkedWeekends: LimitSetting(limit: 1, severity: .soft(weight: 30))))
        let found = try unit.violations(of: "MAX-WEEKENDS", "- - - - - M - - - - - - M - - - - - - - S")
        #expect(found.map(\.facts) == [Self.weekends(2, hard: false, weight: 30)])
        #expect(found.first?.penalty == 60)
    }

    @Test func messagesNameTheAgentTheCountAndTheLimit() throws {
        let violation = try #require(try Self.oneWeekend.violations(of: "MAX-WEEKENDS", "- - - - - M - - - - - - - S").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "2", "1"])
    }
}
