import Testing
@testable import Scheduling

/// Every rule is written once, as an evaluation and as linear rows. These tests check that the
/// two agree: a roster fixed into the MIP is accepted exactly when the evaluator finds no hard
/// violation, and then the MIP objective equals the evaluator's objective.
@Suite struct MIPEvaluatorAgreementTests {
    /// A 3-agent, 14-day unit with every FPH rule on, history before the period, requests,
    /// absences, demand with minimum/target/maximum, fairness and personal limits.
    static func unit(splitAtMidnight: Bool = true, soft: Bool = false) -> Scenario {
        let start = CivilDate(year: 2026, month: 6, day: 3)!  // a Wednesday: partial civil week at the start
        let shifts = [
            ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
            ShiftType(code: "S", label: "Soir", start: ClockTime("13:45"), end: ClockTime("21:15"), paidMinutes: 450),
            ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
        ]
        let staff = (1...3).map { i in
            StaffMember(id: StaffID("A\(i)"), name: "A\(i)", grade: i == 3 ? "AS" : "IDE", quotite: i == 2 ? 80 : 100,
                        contract: Contract(targetMinutes: 4200 - i * 300, toleranceMinutes: 450),
                        maxShifts: i == 1 ? ["N": 4] : nil, limits: i == 2 ? WorkLimits(maxConsecutiveNights: 2) : nil)
        }
        let severity: Severity? = soft ? .soft(weight: 30) : nil
        let rules = RuleSettings(
            dailyRest: MinimumMinutesSetting(minutes: 720, severity: severity),
            rollingSevenDays: MaximumMinutesSetting(minutes: 2880, severity: severity),
            civilWeek: MaximumMinutesSetting(minutes: 2640, severity: severity),
            weeklyRest: MinimumMinutesSetting(minutes: 2160, severity: severity),
            fortnightRest: FortnightRestSetting(restDays: 4, severity: severity),
            maxConsecutiveWorkDays: LimitSetting(limit: 5, severity: .soft(weight: 100)),
            maxConsecutiveNights: LimitSetting(limit: 3, severity: soft ? .soft(weight: 40) : .hard),
            minConsecutiveWorkDays: LimitSetting(limit: 2, severity: .soft(weight: 7)),
            minConsecutiveDaysOff: LimitSetting(limit: 2, severity: .soft(weight: 9)),
            maxWorkedWeekends: LimitSetting(limit: 1, severity: .soft(weight: 25)),
            contractHours: ContractHoursSetting(overtimeAllowed: true, overtimeCapMinutes: 1200, severity: soft ? .soft(weight: 0.5) : nil),
            hoursDeviation: HoursDeviationSetting(weightPerHour: 20),
            coverage: CoverageSetting(minimumShortfallWeight: 10_000, underWeight: 1000, overWeight: 3),
            requests: RequestWeights(p1: 500, p2: 50),
            fairness: FairnessSetting(nightsWeight: 10, weekendsWeight: 10, holidaysWeight: 10),
            splitHoursAtMidnight: splitAtMidnight)
        return Scenario(
            name: "agreement", period: PlanningPeriod(start: start, days: 14),
            publicHolidays: [start.adding(days: 4)], shiftTypes: shifts,
            absenceCodes: [AbsenceCodeDefinition(code: "CA", label: "Congé annuel", creditMinutesPerDay: 420)],
            staff: staff,
            demand: [
                DemandRule(days: DaySelection(from: start, to: start.adding(days: 13)), shift: "M", minimum: 1, target: 1),
                DemandRule(days: DaySelection(from: start, to: start.adding(days: 13)), shift: "S", skill: "IDE", target: 1, maximum: 1),
                DemandRule(days: DaySelection(from: start, to: start.adding(days: 13), weekdays: [1, 2, 3, 4, 5]), shift: "N", minimum: 0, target: 1),
            ],
            absences: [Absence(staff: "A2", days: DaySelection(from: start.adding(days: 9), to: start.adding(days: 10)), code: "CA")],
            requests: [
                StaffRequest(staff: "A1", days: .on(start.adding(days: 2)), kind: .dayOff, priority: .p1),
                StaffRequest(staff: "A2", days: .on(start.adding(days: 5)), kind: .shiftOn, shift: "S", priority: .p2),
                StaffRequest(staff: "A3", days: DaySelection(from: start, to: start.adding(days: 13)), kind: .onlyShift, shift: "M", weight: 5),
                StaffRequest(staff: "A3", days: .on(start.adding(days: 7)), kind: .shiftOff, shift: "M", weight: 11),
            ],
            history: History(from: start.adding(days: -14), assignments: [
                HistoryAssignment(staff: "A1", date: start.adding(days: -1), shift: "S"),
                HistoryAssignment(staff: "A2", date: start.adding(days: -1), shift: "N"),
                HistoryAssignment(staff: "A2", date: start.adding(days: -2), shift: "N"),
                HistoryAssignment(staff: "A3", date: start.adding(days: -3), shift: "M"),
            ]),
            rules: rules)
    }

    /// A deterministic pseudo-random roster (xorshift), skewed towards working days.
    static func randomGrid(_ problem: PlanningProblem, seed: UInt64) -> ShiftGrid {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                let r = Int(state % 10)
                let choices = (0..<problem.shiftCount).filter { problem.allowed[s][$0] }
                // Mostly respect absences, so that soft-rule runs give many encodable rosters.
                let absent = problem.absence[s][d] != nil && r != 9
                grid[s, d] = r < 4 || absent ? -1 : choices[r % choices.count]
            }
        }
        return grid
    }

    /// Fixes the assignment columns to `grid` and solves for the remaining (penalty) columns.
    static func fixedObjective(_ problem: PlanningProblem, _ grid: ShiftGrid) throws -> Double? {
        var encoding = MIPEncoding.build(problem)
        for cell in encoding.assignmentCells(for: grid) {
            let column = encoding.model.variables[cell.id.index]
            // A cell the rules already fixed (absence, lock) cannot take another value.
            if cell.value < column.lowerBound || cell.value > (column.upperBound ?? 1) { return nil }
            encoding.model.setBounds(cell.id, lower: cell.value, upper: cell.value)
        }
        let outcome = try GLPKSolver.solve(encoding.model, options: MIPOptions(relativeGap: 0))
        switch outcome {
        case .optimal(let solution): return solution.objective
        case .feasible(let solution): return solution.objective
        case .infeasible, .noSolution: return nil
        }
    }

    @Test(arguments: [(false, true), (false, false), (true, true), (true, false)])
    func fixedRosterGivesTheEvaluatorsObjective(soft: Bool, split: Bool) throws {
        let problem = try PlanningProblem(Self.unit(splitAtMidnight: split, soft: soft))
        let evaluator = Evaluator(problem: problem)
        var feasibleSeen = 0, infeasibleSeen = 0
        for seed in 1...40 {
            let grid = Self.randomGrid(problem, seed: UInt64(seed))
            let report = evaluator.evaluate(grid)
            // Minimum staffing is hard but priced: the MIP accepts a shortfall at its price.
            let unpricedHard = report.hardViolations.filter { $0.rule != "COVER-MIN" }
            let objective = try Self.fixedObjective(problem, grid)
            let encodedFeasible = objective != nil
            // Both directions must hold: MIP accepts ⇔ no unpriced hard violation.
            if encodedFeasible {
                #expect(unpricedHard.isEmpty, "seed \(seed): MIP accepts a roster the evaluator rejects: \(unpricedHard.map(\.message.en))")
                if let objective {
                    let byRule = report.penaltyByRule.map { "\($0.rule)=\($0.penalty)" }.joined(separator: " ")
                    #expect(abs(objective - report.objective) < 1e-6, "seed \(seed): MIP \(objective) vs evaluator \(report.objective): \(byRule)")
                }
                feasibleSeen += 1
            } else {
                #expect(!unpricedHard.isEmpty, "seed \(seed): MIP rejects a roster the evaluator accepts")
                infeasibleSeen += 1
            }
        }
        if soft {
            #expect(feasibleSeen >= 10, "only \(feasibleSeen) rosters were encodable")
        } else {
            #expect(infeasibleSeen > 0)
        }
    }

    @Test func solvedRosterAgreesWithTheEvaluatorAndIsLegal() throws {
        let problem = try PlanningProblem(Self.unit())
        let result = try MIPRosterSolver.solve(problem, options: SolveOptions(timeLimitSeconds: nil, relativeGap: 0, nodeLimit: 20_000))
        let report = try #require(result.report)
        #expect(report.isFeasible, "\(report.hardViolations.map(\.message.en))")
        #expect(!result.objectiveMismatch, "solver \(result.solverObjective ?? -1) vs evaluator \(report.objective)")
    }
}
