import Foundation
import Testing
@testable import Scheduling

/// The hours-target bound (`HoursTargetBound`): where no choice of her shifts lands on an
/// agent's target, the nearest total she can work costs its distance in every legal roster.
@Suite struct HoursTargetBoundTests {
    typealias Options = HoursTargetBound.AgentShiftOptions

    /// What a roster the local search finds in 5 000 moves pays under `rules`, as the
    /// evaluator scores it: never below a valid bound on those penalties.
    static func penalties(_ rules: Set<String>, ofARosterFor problem: PlanningProblem) throws -> Double {
        let result = try RosterSolver.solve(problem, engine: .localSearch, options: SolveOptions(timeLimitSeconds: nil, iterationLimit: 5_000, seed: 1))
        let report = try #require(result.report)
        return report.violations.filter { rules.contains($0.rule.rawValue) }.reduce(0) { $0 + $1.penalty }
    }

    /// The least distance from `target` of the totals `options` allows within [lower, upper].
    func leastDistance(to target: Int, within lower: Int?, _ upper: Int?, options: Options) -> Int? {
        StaffedHours.Agent(target: target, totals: HoursTargetBound.totals(options, within: lower, upper)).leastDeviation
    }

    @Test func twelveHourShiftsMissA147HourTargetByThreeHoursAtBest() {
        // 147 h owed, only 12-hour shifts: 12 of them make 144 h, 13 make 156 h.
        let twelveHours = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25)])
        #expect(leastDistance(to: 8_820, within: nil, nil, options: twelveHours) == 180)
        // A hard upper bound at the target itself leaves 144 h, still 3 h short.
        #expect(leastDistance(to: 8_820, within: nil, 8_820, options: twelveHours) == 180)
        // A hard lower bound above 144 h leaves 156 h: 9 h over.
        #expect(leastDistance(to: 8_820, within: 8_700, nil, options: twelveHours) == 540)
        // A locked 7-hour shift on top: 7 + 12 × 12 = 151 h, 4 h over; 7 + 11 × 12 = 139 h.
        let locked = Options(fixedMinutes: 420, freeDays: 24, shifts: [(720, 24)])
        #expect(leastDistance(to: 8_820, within: nil, nil, options: locked) == 240)
    }

    @Test func shortShiftsCloseTheGapOnlyWithinTheirMaximumAndTheFreeDays() {
        // 12-hour and 7.5-hour shifts: 8 × 12 h + 7 × 7 h 30 = 148 h 30 (1 h 30 over);
        // 11 × 12 h + 2 × 7 h 30 = 147 h exactly.
        let both = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25), (450, 25)])
        #expect(leastDistance(to: 8_820, within: nil, nil, options: both) == 0)
        // At most one 7.5-hour shift: 11 × 12 h + 7 h 30 = 139 h 30, 12 × 12 h = 144 h, 12 × 12 h
        // + 7 h 30 = 151 h 30: 3 h off at best.
        let oneShort = Options(fixedMinutes: 0, freeDays: 25, shifts: [(720, 25), (450, 1)])
        #expect(leastDistance(to: 8_820, within: nil, nil, options: oneShort) == 180)
        // Twelve free days: 12 × 12 h = 144 h is the most she can work.
        let twelveDays = Options(fixedMinutes: 0, freeDays: 12, shifts: [(720, 25), (450, 25)])
        #expect(leastDistance(to: 8_820, within: nil, nil, options: twelveDays) == 180)
        // No total within the hard bounds: no distance to count.
        #expect(leastDistance(to: 8_820, within: 9_000, 9_100, options: twelveDays) == nil)
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
        let bound = try #require(HoursTargetBound.bounds(problem, rules: RuleCatalogue.rules(for: problem))?.hours)
        #expect(bound == 2_840)
        // Every roster pays at least that much for its hours: the bound holds against a roster
        // the local search finds in a few thousand moves.
        #expect(try Self.penalties(["HOURS-TARGET"], ofARosterFor: problem) >= bound)
    }

    @Test func agentsWhoAloneStaffSomePostsPayForTheirHoursTogether() {
        // Two agents owing 147 h each, 12-hour shifts only: alone, 144 h each (3 h off each).
        let agent = StaffedHours.Agent(target: 8_820, totals: stride(from: 0, through: 25 * 720, by: 720).map { $0 })
        #expect(StaffedHours.leastDeviations(upTo: 0, agents: [agent, agent], step: 720).last! == 360)
        // Posts they alone can take need 25 shifts between them: 12 + 13 shifts, 3 h + 9 h off.
        #expect(StaffedHours.leastDeviations(upTo: 25 * 720, agents: [agent, agent], step: 720).last! == 720)
        // 51 shifts are beyond them.
        #expect(StaffedHours.leastDeviations(upTo: 51 * 720, agents: [agent, agent], step: 720).last! == nil)
    }

    @Test func theMinimumsOfPostsOnlyAGroupHoldsAreTheMinutesItMustWork() throws {
        // One agent at least on every Matin (7 h 30, any agent) for 14 days; the Soir target and
        // the Nuit minimum of 0 force nothing.
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        let everyone = [Bool](repeating: true, count: problem.staffCount)
        #expect(StaffedHours.demand(problem, group: everyone).required == 14 * 450)
        // A Matin post any agent may take is never the business of one agent alone.
        #expect(StaffedHours.demand(problem, group: [true, false, false]).required == 0)
        #expect(HoursTargetBound.skillGroups(problem) == [everyone])
    }

    @Test func onTheMedicineUnitTheStaffedPostsRaiseTheBoundAboveTheAgentsOwnDistances() throws {
        // S1: each agent's own least distance comes to 69 h 48 (1 396); the posts that only
        // some agents hold push it to 73 h (1 460), and a roster's hours never cost less.
        let problem = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        let bound = try #require(HoursTargetBound.bounds(problem, rules: RuleCatalogue.rules(for: problem))?.hours)
        #expect(bound == 1_460)
        #expect(try Self.penalties(["HOURS-TARGET"], ofARosterFor: problem) >= bound)
    }

    @Test func aGroupPaysEitherForItsTargetPostsLeftOpenOrForTheHoursOfStaffingThem() throws {
        // The agreement unit: a Matin minimum of 1 (any agent) and a Soir target of 1 for the
        // nurses, 14 days of each; A1 and A2 are the nurses, owing 65 h and 60 h.
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        let nurses = (0..<problem.staffCount).map { problem.staff($0, has: "IDE") }
        #expect(nurses == [true, true, false])
        // 14 Soir posts of 7 h 30 that only they can take, leaving one open costs 1 000; no
        // minimum post of their own (the Matin minimum is anyone's).
        #expect(StaffedHours.demand(problem, group: nurses) == StaffedHours.GroupDemand(required: 0, targets: 14 * 450, pricePerMinute: 1_000.0 / 450))
        // The maternity unit (S5): with its target posts its groups cannot both meet their
        // targets and staff every post. The bound on hours and those posts together (6 058)
        // is above the hours' alone (3 498), and a roster pays at least as much for both.
        let maternity = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s5-maternite-decembre-2026.json")))
        let rules = RuleCatalogue.rules(for: maternity)
        let figures = try #require(HoursTargetBound.bounds(maternity, rules: rules))
        #expect(figures.hours == 3_498)
        let both = try #require(figures.hoursAndTargetPosts)
        #expect(both == 6_058)
        #expect(try Self.penalties(["HOURS-TARGET", "COVER-TARGET"], ofARosterFor: maternity) >= both)
    }
}
