import Testing
@testable import Scheduling

/// REQUEST: a refused désidérata costs its weight — explicit, or by priority (P1 500, P2 50).
@Suite struct RequestRuleTests {
    static func unit(_ requests: StaffRequest...) -> TinyUnit {
        TinyUnit().with { $0.requests = requests }
    }

    static func refused(_ date: CivilDate, weight: Double) -> ViolationFacts {
        ViolationFacts(rule: "REQUEST", hard: false, staff: "IDE01", dates: [date], amount: 1, unit: .requests, weight: weight, penalty: weight)
    }

    /// One request on Wednesday 3 June and what the agent works that day.
    struct Case: CustomTestStringConvertible, Sendable {
        let kind: StaffRequest.Kind
        let shift: ShiftCode?
        let worked: String
        let refused: Bool
        var testDescription: String { "\(kind) \(shift?.rawValue ?? "") worked \(worked): \(refused ? "refused" : "granted")" }
    }

    static let cases: [Case] = [
        Case(kind: .dayOff, shift: nil, worked: "-", refused: false),
        Case(kind: .dayOff, shift: nil, worked: "M", refused: true),
        Case(kind: .dayOff, shift: nil, worked: "N", refused: true),
        Case(kind: .shiftOn, shift: "S", worked: "S", refused: false),
        Case(kind: .shiftOn, shift: "S", worked: "M", refused: true),
        Case(kind: .shiftOn, shift: "S", worked: "-", refused: true),
        Case(kind: .shiftOff, shift: "N", worked: "N", refused: true),
        Case(kind: .shiftOff, shift: "N", worked: "M", refused: false),
        Case(kind: .shiftOff, shift: "N", worked: "-", refused: false),
        Case(kind: .onlyShift, shift: "M", worked: "M", refused: false),
        Case(kind: .onlyShift, shift: "M", worked: "-", refused: false),
        Case(kind: .onlyShift, shift: "M", worked: "S", refused: true),
    ]

    @Test(arguments: cases)
    func requestIsRefusedExactlyWhenTheRosterContradictsIt(_ c: Case) throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: c.kind, shift: c.shift, priority: .p2))
        let found = try unit.violations(of: "REQUEST", "- - \(c.worked) - - - -")
        #expect(found.map(\.facts) == (c.refused ? [Self.refused(.jun(3), weight: 50)] : []))
        if c.refused { #expect(found.first?.shift == (c.worked == "-" ? nil : ShiftCode(c.worked))) }
    }

    @Test func refusedImperativeDayOffCostsFiveHundred() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, priority: .p1))
        #expect(try unit.evaluate("M M M - - - -").violations.map(\.facts) == [Self.refused(.jun(3), weight: 500)])
    }

    @Test func requestWithoutPriorityIsAWish() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff))
        #expect(try unit.violations(of: "REQUEST", "- - M - - - -").map(\.facts) == [Self.refused(.jun(3), weight: 50)])
    }

    @Test func explicitWeightOverridesThePriority() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, priority: .p1, weight: 80))
        #expect(try unit.violations(of: "REQUEST", "- - M - - - -").map(\.facts) == [Self.refused(.jun(3), weight: 80)])
    }

    @Test func unitSettingsReplaceThePriorityWeights() throws {
        let unit = Self.unit(
            StaffRequest(staff: "IDE01", days: .on(.jun(2)), kind: .dayOff, priority: .p1),
            StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, priority: .p2)
        ).with { $0.rules.requests = RequestWeights(p1: 900, p2: 9) }
        #expect(try unit.violations(of: "REQUEST", "- M M - - - -").map(\.facts) == [Self.refused(.jun(2), weight: 900), Self.refused(.jun(3), weight: 9)])
    }

    @Test func requestOverSeveralDaysIsJudgedDayByDay() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: DaySelection(from: .jun(5), to: .jun(7)), kind: .dayOff, priority: .p2))
        #expect(try unit.violations(of: "REQUEST", "M M M M M - S").map(\.facts) == [Self.refused(.jun(5), weight: 50), Self.refused(.jun(7), weight: 50)])
    }

    @Test func zeroWeightRequestIsNeverReported() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, weight: 0))
        #expect(try unit.violations(of: "REQUEST", "M M M M M M M").isEmpty)
    }

    @Test func messagesNameTheAgentThePriorityAndWhatWasRostered() throws {
        let unit = Self.unit(StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .shiftOn, shift: "S", priority: .p1))
        let violation = try #require(try unit.violations(of: "REQUEST", "- - M - - - -").first)
        expectReadableMessages(violation, mentioning: ["IDE01", "P1", "S", "M"])
    }
}
