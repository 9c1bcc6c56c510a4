import Testing
@testable import Scheduling

/// MAX-SHIFTS-TYPE: an agent works a shift type at most `maxShifts[type]` times over the period. Hard.
@Suite struct MaxShiftsPerTypeRuleTests {
    /// IDE01 has a quota of two nights; IDE02 may not work J12 at all.
    static let unit = TinyUnit(staff: [
        TinyUnit.agent("IDE01", maxShifts: ["N": 2]),
        TinyUnit.agent("IDE02", maxShifts: ["J12": 0]),
    ])

    static func overQuota(_ excess: Double, staff: StaffID) -> ViolationFacts {
        ViolationFacts(rule: "MAX-SHIFTS-TYPE", hard: true, staff: staff, dates: [], amount: excess, unit: .shifts, weight: 0, penalty: 0)
    }

    @Test func threeNightsAgainstAQuotaOfTwoExceedByOne() throws {
        let found = try Self.unit.violations(of: "MAX-SHIFTS-TYPE", "N N - N - - -", "- - - - - - -")
        #expect(found.map(\.facts) == [Self.overQuota(1, staff: "IDE01")])
        #expect(found.first?.shift == "N")
    }

    @Test func fiveNightsAgainstAQuotaOfTwoExceedByThree() throws {
        let found = try Self.unit.violations(of: "MAX-SHIFTS-TYPE", "N N - N N N -", "- - - - - - -")
        #expect(found.map(\.facts) == [Self.overQuota(3, staff: "IDE01")])
    }

    @Test func quotaReachedExactlyIsCompliant() throws {
        #expect(try Self.unit.evaluate("N N - - M M -", "N12 - M M M - -").violations.isEmpty)
    }

    @Test func otherNightTypesAreCountedSeparately() throws {
        #expect(try Self.unit.violations(of: "MAX-SHIFTS-TYPE", "N N - N12 N12 N12 -", "- - - - - - -").isEmpty)
    }

    @Test func zeroQuotaForbidsTheType() throws {
        let found = try Self.unit.violations(of: "MAX-SHIFTS-TYPE", "- - - - - - -", "M J12 - - - - -")
        #expect(found.map(\.facts) == [Self.overQuota(1, staff: "IDE02")])
    }

    @Test func historyNightsDoNotCountAgainstThePeriodQuota() throws {
        #expect(try Self.unit.history("N N N", "").violations(of: "MAX-SHIFTS-TYPE", "N N - - - - -", "- - - - - - -").isEmpty)
    }

    @Test func ruleIsAbsentWithoutAnyQuota() throws {
        #expect(!(try TinyUnit().ruleIDs().contains("MAX-SHIFTS-TYPE")))
    }

    @Test func messagesNameTheAgentTheCountAndTheLimit() throws {
        let violation = try #require(try Self.unit.violations(of: "MAX-SHIFTS-TYPE", "N N N - - - -", "- - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "N", "3", "2"])
    }
}
