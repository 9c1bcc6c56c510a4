import Testing
@testable import Scheduling

/// Hours above target are counted against the monthly overtime cap, person by person.
@Suite struct StressOvertimeTests {
    @Test func overtimeIsWorkAboveTargetAndBeyondCapIsWhatExceedsTheCap() throws {
        // Targets of two M (15 h); the cap is one M (7 h 30).
        var unit = TinyUnit(staff: [TinyUnit.agent("IDE01", contract: Contract(targetMinutes: 900)),
                                    TinyUnit.agent("IDE02", contract: Contract(targetMinutes: 900)),
                                    TinyUnit.agent("IDE03")])
        unit.rules.contractHours = ContractHoursSetting(overtimeAllowed: true, overtimeCapMinutes: 450)
        let problem = try unit.problem()
        let baseline = RosterRepairTests.grid(problem, "M M - - - - -", "M M - - - - -", "M M M M M - -")
        let repaired = RosterRepairTests.grid(problem, "M M M M - - -", "M M M - - - -", "M M M M M - -")
        let overtime = StressOvertime.list(problem, repaired, baseline: baseline)
        // IDE03 has no target: never listed, however much they work.
        #expect(overtime.map(\.staff) == ["IDE01", "IDE02"])
        #expect(overtime.map(\.overtimeMinutes) == [900, 450])
        #expect(overtime.map(\.beyondCapMinutes) == [450, 0], "15 h above target is 7 h 30 beyond a 7 h 30 cap; 7 h 30 is within it")
        #expect(overtime.map(\.addedMinutes) == [900, 450])
        #expect(overtime.allSatisfy { $0.capMinutes == 450 && $0.allowed && $0.targetMinutes == 900 })
        #expect(StressOvertime.list(problem, baseline, baseline: baseline).isEmpty, "at target: no overtime")
    }

    @Test func theLegalDefaultCapIsTwentyHours() throws {
        let problem = try TinyUnit(staff: [TinyUnit.agent("IDE01", contract: Contract(targetMinutes: 450))]).problem()
        let grid = RosterRepairTests.grid(problem, "M M - - - - -")
        let overtime = try #require(StressOvertime.list(problem, grid, baseline: grid).first)
        #expect(overtime.capMinutes == 1200 && !overtime.allowed && overtime.beyondCapMinutes == 0)
    }
}
