import Testing
@testable import Scheduling

/// ABSENCE: no shift on a day of planned absence (CA, RTT, maladie…). Always hard.
@Suite struct AbsenceRuleTests {
    /// IDE01 is on annual leave (CA) on Tuesday 2 June.
    static let unit = TinyUnit(agents: ["IDE01", "IDE02"]).with {
        $0.absences = [Absence(staff: "IDE01", days: .on(.jun(2)), code: "CA")]
    }

    static func absent(_ date: CivilDate, staff: StaffID = "IDE01") -> ViolationFacts {
        ViolationFacts(rule: "ABSENCE", hard: true, staff: staff, dates: [date], amount: 1, unit: .shifts, weight: 0, penalty: 0)
    }

    @Test func shiftOnALeaveDayIsAHardViolation() throws {
        let found = try Self.unit.violations(of: "ABSENCE", "- M - - - - -", "- - - - - - -")
        #expect(found.map(\.facts) == [Self.absent(.jun(2))])
        #expect(found.first?.shift == "M")
    }

    @Test func dayOffOnALeaveDayIsCompliant() throws {
        #expect(try Self.unit.evaluate("M - M M - - -", "- M - - - - -").violations.isEmpty)
    }

    @Test func anotherAgentMayWorkThatDay() throws {
        #expect(try Self.unit.violations(of: "ABSENCE", "- - - - - - -", "- N - - - - -").isEmpty)
    }

    @Test func everyWorkedDayOfARangeIsOneViolation() throws {
        let unit = TinyUnit().with {
            $0.absences = [Absence(staff: "IDE01", days: DaySelection(from: .jun(3), to: .jun(5)), code: "RTT")]
        }
        let found = try unit.violations(of: "ABSENCE", "M M M - N - -")
        #expect(found.map(\.facts) == [Self.absent(.jun(3)), Self.absent(.jun(5))])
    }

    @Test func weekdayFilteredAbsenceCoversOnlyThoseDays() throws {
        // contractual fixed day off: never on Wednesday (part-time agent)
        let unit = TinyUnit(days: 14).with {
            $0.absences = [Absence(staff: "IDE01", days: DaySelection(weekdays: [3]), code: "OFF")]
        }
        let found = try unit.violations(of: "ABSENCE", "M M M M M - - M M M M M - -")
        #expect(found.map(\.facts) == [Self.absent(.jun(3)), Self.absent(.jun(10))])
    }

    @Test func messagesNameTheAgentTheCodeAndTheShift() throws {
        let violation = try #require(try Self.unit.violations(of: "ABSENCE", "- N - - - - -", "- - - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "CA", "N"])
    }
}
