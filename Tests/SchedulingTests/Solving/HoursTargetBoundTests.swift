import Foundation
import Testing
@testable import Scheduling

/// The hours-target bound (`HoursTargetBound`): where no choice of her shifts lands on an
/// agent's target, the nearest total she can work costs its distance in every legal roster.
@Suite struct HoursTargetBoundTests {
    typealias Options = HoursTargetBound.AgentShiftOptions

    @Test func twelveHourShiftsMissA147HourTargetByThreeHoursAtBest() {
        // 147 h owed, only 12-hour shifts: 12 of them make 144 h, 13 make 156 h.
        let twelveHours = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25)])
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, nil, options: twelveHours) == 180)
        // A hard upper bound at the target itself leaves 144 h, still 3 h short.
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, 8_820, options: twelveHours) == 180)
        // A hard lower bound above 144 h leaves 156 h: 9 h over.
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: 8_700, nil, options: twelveHours) == 540)
        // A locked 7-hour shift on top: 7 + 12 × 12 = 151 h, 4 h over; 7 + 11 × 12 = 139 h.
        let locked = Options(fixedMinutes: 420, freeDays: 24, shifts: [(720, 24)])
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, nil, options: locked) == 240)
    }

    @Test func shortShiftsCloseTheGapOnlyWithinTheirMaximumAndTheFreeDays() {
        // 12-hour and 7.5-hour shifts: 8 × 12 h + 7 × 7 h 30 = 148 h 30 (1 h 30 over);
        // 11 × 12 h + 2 × 7 h 30 = 147 h exactly.
        let both = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25), (450, 25)])
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, nil, options: both) == 0)
        // At most one 7.5-hour shift: 11 × 12 h + 7 h 30 = 139 h 30, 12 × 12 h = 144 h, 12 × 12 h
        // + 7 h 30 = 151 h 30: 3 h off at best.
        let oneShort = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25), (450, 1)])
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, nil, options: oneShort) == 180)
        // Twelve free days: 12 × 12 h = 144 h is the most she can work.
        let twelveDays = Options(fixedMinutes: 0, freeDays: 12, shifts: [(720, 25), (450, 25)])
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: nil, nil, options: twelveDays) == 180)
        // No total within the hard bounds: no distance to count.
        #expect(HoursTargetBound.leastDistance(to: 8_820, within: 9_000, 9_100, options: twelveDays) == nil)
    }

    @Test func anAgentsOptionsLeaveOutHerAbsencesAndCountHerLockedShifts() throws {
        var scenario = MIPEvaluatorAgreementTests.unit()
        let agent = try #require(scenario.staff.first)
        scenario.absences = (scenario.absences ?? []) + [Absence(staff: agent.id, days: .on(scenario.period.start), code: "CA")]
        let lockedShift = try #require(scenario.shiftTypes.first)
        scenario.locks = [CellLock(staff: agent.id, date: scenario.period.start.adding(days: 1), shift: lockedShift.code)]
        let problem = try PlanningProblem(scenario)
        let options = Options(problem, staff: 0)
        #expect(options.freeDays == problem.dayCount - 2)
        #expect(options.fixedMinutes == lockedShift.paidMinutes)
        // Matin and Soir (7 h 30) on any of her 12 free days, Nuit (10 h) at most 4 times.
        #expect(options.shifts.map(\.minutes) == [450, 450, 600])
        #expect(options.shifts.map(\.most) == [12, 12, 4])
    }

    @Test func onTheReanimationScenarioTheTargetsAloneBoundTheScoreWhereTheRelaxationSaysAlmostNothing() throws {
        // S2: 12-hour shifts only, so most agents' targets cannot be met exactly. Counted apart
        // by a script of its own (each agent's target less her carried balance, her free days,
        // her contract's hard bounds): 142 h off in all, 2 840 at 20 an hour. The relaxation of
        // the whole model gives 82.4.
        let problem = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s2-reanimation-mai-2026.json")))
        let bound = try #require(HoursTargetBound.bound(problem, rules: RuleCatalogue.rules(for: problem)))
        #expect(bound == 2_840)
        // Every roster pays at least that much for its hours: the bound holds against a roster
        // the local search finds in a few thousand moves.
        let result = try RosterSolver.solve(problem, engine: .localSearch, options: SolveOptions(timeLimitSeconds: nil, iterationLimit: 5_000, seed: 1))
        let report = try #require(result.report)
        let hours = report.violations.filter { $0.rule == "HOURS-TARGET" }.reduce(0) { $0 + $1.penalty }
        #expect(hours >= bound)
    }
}
