import Testing
@testable import Scheduling

/// LOCK: a cell fixed by the cadre keeps its value, a shift or a day off. Always hard.
@Suite struct LockRuleTests {
    /// The cadre locked IDE01 on M on Monday 1 June and on a day off on Tuesday 2 June.
    static let unit = TinyUnit().with {
        $0.locks = [CellLock(staff: "IDE01", date: .jun(1), shift: "M"), CellLock(staff: "IDE01", date: .jun(2), shift: nil)]
    }

    static func broken(_ date: CivilDate) -> ViolationFacts {
        ViolationFacts(rule: "LOCK", hard: true, staff: "IDE01", dates: [date], amount: 1, unit: .shifts, weight: 0, penalty: 0)
    }

    @Test func rosterKeepingTheLocksIsCompliant() throws {
        #expect(try Self.unit.evaluate("M - S S - - -").violations.isEmpty)
    }

    @Test func anotherShiftOnALockedShiftIsAViolation() throws {
        #expect(try Self.unit.violations(of: "LOCK", "S - - - - - -").map(\.facts) == [Self.broken(.jun(1))])
    }

    @Test func dayOffOnALockedShiftIsAViolation() throws {
        #expect(try Self.unit.violations(of: "LOCK", "- - - - - - -").map(\.facts) == [Self.broken(.jun(1))])
    }

    @Test func workOnALockedDayOffIsAViolation() throws {
        #expect(try Self.unit.violations(of: "LOCK", "M N - - - - -").map(\.facts) == [Self.broken(.jun(2))])
    }

    @Test func bothLocksBrokenAreTwoViolations() throws {
        #expect(try Self.unit.violations(of: "LOCK", "J J - - - - -").map(\.facts) == [Self.broken(.jun(1)), Self.broken(.jun(2))])
    }

    @Test func messagesSayWhatTheCadreFixedAndWhatTheRosterHas() throws {
        let violation = try #require(try Self.unit.violations(of: "LOCK", "M N - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "N"])
        #expect(violation.message.fr.contains("repos"))
        #expect(violation.message.en.contains("off"))
    }
}
