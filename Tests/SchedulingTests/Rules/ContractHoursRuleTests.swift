import Testing
@testable import Scheduling

/// CONTRACT-HOURS: worked minutes over the period stay within the contract's bounds — explicit
/// min/max, or target ± tolerance, the upper bound raised to target + overtime cap (FPH-52,
/// 20 h a month) when overtime is allowed. The target is corrected by the carried balance.
@Suite struct ContractHoursRuleTests {
    /// Four matins (30 h) owed over the week, no tolerance.
    static let fourShifts = Contract(targetMinutes: 1800, toleranceMinutes: 0)

    static func unit(_ contract: Contract = fourShifts, setting: ContractHoursSetting? = nil) -> TinyUnit {
        TinyUnit(staff: [TinyUnit.agent("IDE01", contract: contract)], rules: RuleSettings(contractHours: setting))
    }

    static func hours(_ minutes: Double, hard: Bool = true, weight: Double = 0) -> ViolationFacts {
        ViolationFacts(rule: "CONTRACT-HOURS", hard: hard, staff: "IDE01", dates: [], amount: minutes, unit: .minutes, weight: weight, penalty: minutes * weight)
    }

    @Test func threeMatinsFallOneShiftShortOfAFourShiftTarget() throws {
        #expect(try Self.unit().violations(of: "CONTRACT-HOURS", "M M M - - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func exactlyTheTargetIsCompliant() throws {
        #expect(try Self.unit().evaluate("M S - J M - -").violations.isEmpty)
    }

    @Test func fiveMatinsExceedAFourShiftTargetByOneShift() throws {
        #expect(try Self.unit().violations(of: "CONTRACT-HOURS", "M M M M M - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func toleranceWidensBothBounds() throws {
        let unit = Self.unit(Contract(targetMinutes: 1800, toleranceMinutes: 450))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M - - - -").isEmpty)
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M M - -").isEmpty)
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M - - - - -").map(\.facts) == [Self.hours(450)])
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M M M -").map(\.facts) == [Self.hours(450)])
    }

    @Test func allowedOvertimeRaisesTheCeilingByTwentyHours() throws {
        let unit = Self.unit(setting: ContractHoursSetting(overtimeAllowed: true))
        // 30 h target + 20 h of overtime = 50 h ceiling; six matins are 45 h, seven are 52 h 30
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M M M -").isEmpty)
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M M M M").map(\.facts) == [Self.hours(150)])
    }

    @Test func overtimeCapIsASetting() throws {
        let unit = Self.unit(setting: ContractHoursSetting(overtimeAllowed: true, overtimeCapMinutes: 300))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M M - -").map(\.facts) == [Self.hours(150)])
    }

    @Test func overtimeDoesNotLowerTheFloor() throws {
        let unit = Self.unit(setting: ContractHoursSetting(overtimeAllowed: true))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M - - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func agentAheadOnHerBalanceOwesLess() throws {
        // 7 h 30 already worked beyond obligations: the effective target is 22 h 30
        let unit = Self.unit().with { $0.counters = [StaffCounters(staff: "IDE01", hourBalanceMinutes: 450)] }
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M - - - -").isEmpty)
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func agentBehindOnHerBalanceOwesMore() throws {
        let unit = Self.unit().with { $0.counters = [StaffCounters(staff: "IDE01", hourBalanceMinutes: -450)] }
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func explicitBoundsApplyWithoutATarget() throws {
        let unit = Self.unit(Contract(minMinutes: 900, maxMinutes: 1350))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M - - - - - -").map(\.facts) == [Self.hours(450)])
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M - - - -").isEmpty)
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M M - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func aNightCountsAllItsPaidMinutesInThePeriodEvenOnTheLastDay() throws {
        let unit = Self.unit(Contract(targetMinutes: 600, toleranceMinutes: 0))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "- - - - - - N").isEmpty)
    }

    @Test func historyShiftsAreNotCounted() throws {
        #expect(try Self.unit().history("M M M").violations(of: "CONTRACT-HOURS", "M M M - - - -").map(\.facts) == [Self.hours(450)])
    }

    @Test func agentWithoutContractBoundsIsNeverInBreach() throws {
        #expect(try Self.unit(Contract()).violations(of: "CONTRACT-HOURS", "N12 N12 N12 N12 N12 N12 N12").isEmpty)
    }

    @Test func softSeverityPricesEachHourAtTheWeight() throws {
        let unit = Self.unit(setting: ContractHoursSetting(severity: .soft(weight: 120)))
        #expect(try unit.violations(of: "CONTRACT-HOURS", "M M M - - - -").map(\.facts) == [Self.hours(450, hard: false, weight: 2)])
    }

    @Test func messagesNameTheAgentTheHoursAndTheBound() throws {
        let short = try #require(try Self.unit().violations(of: "CONTRACT-HOURS", "M M M - - - -").first)
        expectReadableMessages(short, mentioning: ["IDE01", "22 h 30", "30 h"])
        let long = try #require(try Self.unit().violations(of: "CONTRACT-HOURS", "M M M M M - -").first)
        expectReadableMessages(long, mentioning: ["IDE01", "37 h 30", "30 h"])
    }
}
