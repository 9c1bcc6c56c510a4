import Testing
@testable import Scheduling

/// SUCCESSION: a shift type the unit lists in `cannotBeFollowedBy` may not be worked the next day.
@Suite struct ForbiddenSuccessionRuleTests {
    /// A unit where no day shift may follow a night (the descente de nuit is not a working day).
    static let unit = TinyUnit().forbidding("N", followedBy: "M", "S", "J")

    static func succession(_ first: CivilDate, _ second: CivilDate, staff: StaffID = "IDE01") -> ViolationFacts {
        ViolationFacts(rule: "SUCCESSION", hard: true, staff: staff, dates: [first, second], amount: 1, unit: .count, weight: 0, penalty: 0)
    }

    @Test func nightThenMatinIsAForbiddenSuccession() throws {
        let found = try Self.unit.violations(of: "SUCCESSION", "N M - - - - -")
        #expect(found.map(\.facts) == [Self.succession(.jun(1), .jun(2))])
        #expect(found.first?.shift == "M")
    }

    @Test(arguments: ["M", "S", "J"])
    func everyListedShiftIsForbiddenAfterANight(_ next: String) throws {
        let found = try Self.unit.violations(of: "SUCCESSION", "- - N \(next) - - -")
        #expect(found.map(\.facts) == [Self.succession(.jun(3), .jun(4))])
    }

    @Test(arguments: ["N", "J12", "N12", "-"])
    func shiftsNotListedMayFollowANight(_ next: String) throws {
        #expect(try Self.unit.violations(of: "SUCCESSION", "N \(next) - - - - -").isEmpty)
    }

    @Test func theListIsNotSymmetric() throws {
        #expect(try Self.unit.violations(of: "SUCCESSION", "M N - S N - J").isEmpty)
    }

    @Test func eachOccurrenceIsReported() throws {
        let found = try Self.unit.violations(of: "SUCCESSION", "N M - N S N J")
        #expect(found.map(\.facts) == [Self.succession(.jun(1), .jun(2)), Self.succession(.jun(4), .jun(5)), Self.succession(.jun(6), .jun(7))])
    }

    @Test func compliantRosterHasNoViolation() throws {
        #expect(try Self.unit.evaluate("M S N N - - M").violations.isEmpty)
    }

    @Test func nightOnTheLastHistoryDayForbidsAMatinOnDayOne() throws {
        let found = try Self.unit.history("- N").violations(of: "SUCCESSION", "M - - - - - -")
        #expect(found.map(\.facts) == [Self.succession(.may(31), .jun(1))])
    }

    @Test func ruleIsAbsentWhenNoSuccessionIsForbidden() throws {
        #expect(!(try TinyUnit().ruleIDs().contains("SUCCESSION")))
        #expect(try Self.unit.ruleIDs().contains("SUCCESSION"))
    }

    @Test func messagesNameTheAgentAndBothShifts() throws {
        let violation = try #require(try Self.unit.violations(of: "SUCCESSION", "N S - - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "N", "S"])
    }
}
