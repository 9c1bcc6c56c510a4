import Testing
@testable import Scheduling

/// SHIFT-ALLOWED: an agent works only the shift types allowed to her. Always hard.
@Suite struct ShiftAllowedRuleTests {
    /// IDE01 has a medical restriction (no soir, no night); NUIT01 belongs to the fixed night team.
    static let unit = TinyUnit(staff: [
        TinyUnit.agent("IDE01", allowedShifts: ["M", "J"]),
        TinyUnit.agent("NUIT01", team: .night, allowedShifts: ["N"]),
        TinyUnit.agent("IDE02"),
    ])

    static func notAllowed(_ date: CivilDate, staff: StaffID) -> ViolationFacts {
        ViolationFacts(rule: "SHIFT-ALLOWED", hard: true, staff: staff, dates: [date], amount: 1, unit: .shifts, weight: 0, penalty: 0)
    }

    @Test func soirForAnAgentRestrictedToMatinAndJourneeIsAViolation() throws {
        let found = try Self.unit.violations(of: "SHIFT-ALLOWED", "M J S - - - -", "- - - - - - -", "- - - - - - -")
        #expect(found.map(\.facts) == [Self.notAllowed(.jun(3), staff: "IDE01")])
        #expect(found.first?.shift == "S")
    }

    @Test func nightTeamAgentOnADayShiftIsAViolation() throws {
        let found = try Self.unit.violations(of: "SHIFT-ALLOWED", "- - - - - - -", "N N - M - N12 N", "- - - - - - -")
        #expect(found.map(\.facts) == [Self.notAllowed(.jun(4), staff: "NUIT01"), Self.notAllowed(.jun(6), staff: "NUIT01")])
    }

    @Test func agentWithoutAListMayWorkAnyShift() throws {
        #expect(try Self.unit.evaluate("M J M J - - -", "N N - - N N -", "M S J N J12 N12 -").violations.isEmpty)
    }

    @Test func messagesNameTheAgentAndTheShift() throws {
        let violation = try #require(try Self.unit.violations(of: "SHIFT-ALLOWED", "N - - - - - -", "- - - - - - -", "- - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "N"])
    }
}
