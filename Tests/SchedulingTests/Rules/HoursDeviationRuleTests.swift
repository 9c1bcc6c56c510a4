import Testing
@testable import Scheduling

/// HOURS-TARGET: soft penalty per hour between worked hours and the (balance-corrected) target.
@Suite struct HoursDeviationRuleTests {
    /// Thirty hours owed over the week, with a tolerance wide enough to keep CONTRACT-HOURS silent.
    static let unit = TinyUnit(
        staff: [TinyUnit.agent("IDE01", contract: Contract(targetMinutes: 1800, toleranceMinutes: 1800))],
        rules: RuleSettings(hoursDeviation: HoursDeviationSetting(weightPerHour: 20)))

    static func deviation(_ hours: Double) -> ViolationFacts {
        ViolationFacts(rule: "HOURS-TARGET", hard: false, staff: "IDE01", dates: [], amount: hours, unit: .hours, weight: 20, penalty: hours * 20)
    }

    @Test func oneMatinAboveTargetCostsSevenHoursAndAHalf() throws {
        let found = try Self.unit.violations(of: "HOURS-TARGET", "M M M M M - -")
        #expect(found.map(\.facts) == [Self.deviation(7.5)])
        #expect(found.first?.penalty == 150)
    }

    @Test func oneMatinBelowTargetCostsTheSame() throws {
        #expect(try Self.unit.violations(of: "HOURS-TARGET", "M M M - - - -").map(\.facts) == [Self.deviation(7.5)])
    }

    @Test func exactlyTheTargetCostsNothing() throws {
        #expect(try Self.unit.evaluate("M M M M - - -").violations.isEmpty)
    }

    @Test func deviationIsMeasuredToTheMinute() throws {
        // one night (10 h) and two matins: 25 h, 5 h under target
        #expect(try Self.unit.violations(of: "HOURS-TARGET", "N - - M M - -").map(\.facts) == [Self.deviation(5)])
    }

    @Test func carriedBalanceMovesTheTarget() throws {
        let ahead = Self.unit.with { $0.counters = [StaffCounters(staff: "IDE01", hourBalanceMinutes: 450)] }
        #expect(try ahead.violations(of: "HOURS-TARGET", "M M M - - - -").isEmpty)
        #expect(try ahead.violations(of: "HOURS-TARGET", "M M M M - - -").map(\.facts) == [Self.deviation(7.5)])
    }

    @Test func agentWithoutTargetIsNotMeasured() throws {
        let unit = Self.unit.with { $0.staff = [TinyUnit.agent("IDE01")] }
        #expect(try unit.violations(of: "HOURS-TARGET", "M M M M M M M").isEmpty)
    }

    @Test func ruleIsAbsentWithoutTheSetting() throws {
        #expect(!(try Self.unit.with { $0.rules = RuleSettings() }.ruleIDs().contains("HOURS-TARGET")))
    }

    @Test func messagesNameTheAgentAndTheGap() throws {
        let over = try #require(try Self.unit.violations(of: "HOURS-TARGET", "M M M M M - -").first)
        expectReadableMessages(over, mentioning: ["IDE01", "37 h 30", "30 h", "+7 h 30"])
    }
}
