import Testing
@testable import Scheduling

/// An uncovered minimum post is explained agent by agent, in the rules' own terms.
@Suite struct UncoveredPostExplanationTests {
    /// Four IDE and one AS; one IDE is needed on the night of 2 June. IDE1 is on leave that day,
    /// IDE2 already works a matin that day, IDE3 works a matin on 3 June (a night before it
    /// would leave her no daily rest), IDE4 is free; the AS is not qualified.
    static func scenario() -> Scenario {
        let start = CivilDate(year: 2026, month: 6, day: 1)!
        return Scenario(
            name: "explain", period: PlanningPeriod(start: start, days: 4),
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ],
            absenceCodes: [AbsenceCodeDefinition(code: "CA", label: "Congé annuel")],
            staff: ["IDE1", "IDE2", "IDE3", "IDE4"].map { StaffMember(id: StaffID($0), name: $0, grade: "IDE", contract: Contract()) }
                + [StaffMember(id: "AS1", name: "AS1", grade: "AS", contract: Contract())],
            demand: [DemandRule(days: .on(start.adding(days: 1)), shift: "N", skill: "IDE", minimum: 1)],
            absences: [Absence(staff: "IDE1", days: .on(start.adding(days: 1)), code: "CA")],
            rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 720)))
    }

    @Test func eachQualifiedAgentGetsHerReasonAndTheSentenceSumsThemUp() throws {
        let problem = try PlanningProblem(Self.scenario())
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        let m = problem.shiftIndex["M"]!
        grid[1, 1] = m  // IDE2 already on M on day 1
        grid[2, 2] = m  // IDE3 on M on day 2: a night on day 1 would leave her no rest
        let explanations = UncoveredPostExplanation.explain(problem, grid)
        let explanation = try #require(explanations.first)
        #expect(explanations.count == 1)
        #expect(explanation.post.missing == 1)
        #expect(explanation.qualified == 4)
        #expect(explanation.reasons["IDE1"] == .absent("CA"))
        #expect(explanation.reasons["IDE2"] == .alreadyWorking("M"))
        #expect(explanation.reasons["IDE3"] == .wouldBreak(["FPH-30"]))
        #expect(explanation.reasons["IDE4"] == .available)
        #expect(explanation.reasons["AS1"] == nil)
        #expect(explanation.message.fr.contains("1 enfreindraient FPH-30"))
        #expect(explanation.message.en.contains("IDE4 could take it"))
    }

    @Test func nobodyAvailableIsSaidPlainly() throws {
        var scenario = Self.scenario()
        scenario.staff.removeAll { $0.id == "IDE4" }
        let problem = try PlanningProblem(scenario)
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        grid[1, 1] = problem.shiftIndex["M"]!
        grid[2, 2] = problem.shiftIndex["M"]!
        let explanation = try #require(UncoveredPostExplanation.explain(problem, grid).first)
        #expect(explanation.message.en.hasSuffix("nobody can take it without breaking a hard rule, given the rest of the roster."))
    }
}
