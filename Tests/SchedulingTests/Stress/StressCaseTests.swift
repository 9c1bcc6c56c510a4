import Testing
@testable import Scheduling

/// A disruption written as a cadre says it becomes exact absences and minimums for the unit.
@Suite struct StressCaseTests {
    /// Ten IDE over two weeks from Monday 1 June; one M needed each day.
    static let unit = TinyUnit(agents: (1...10).map { StaffID("IDE\($0 < 10 ? "0" : "")\($0)") }, days: 14).with {
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(14)), shift: "M", minimum: 1)]
    }

    @Test func anAbsenceWaveRemovesExactlyTheChosenShareOverTheChosenWeek() throws {
        let problem = try Self.unit.problem()
        let wave = try StressDisruption.absenceWave(notation: "30%:week2")
        let stressCase = try StressCase(wave, problem: problem, seed: 7)
        #expect(stressCase.absentStaff.count == 3, "30 % of 10 agents")
        let disrupted = try PlanningProblem(try stressCase.applied.applied(to: problem.scenario))
        for s in 0..<problem.staffCount {
            let absentDays = (0..<problem.dayCount).filter { disrupted.absence[s][$0] != nil }
            let chosen = stressCase.absentStaff.contains(problem.staffID(s))
            #expect(absentDays == (chosen ? Array(7..<14) : []), "\(problem.staffID(s)): week 2 is 8–14 June, nothing else")
        }
    }

    @Test func theWaveDrawsOnlyAgentsStillPresentAndDependsOnTheSeed() throws {
        // IDE01 is already on leave all of week 2: not counted, not drawn.
        let problem = try Self.unit.with {
            $0.absences = [Absence(staff: "IDE01", days: DaySelection(from: .jun(8), to: .jun(14)), code: "CA")]
        }.problem()
        let wave = StressDisruption.absenceWave(percent: 50, skill: nil, days: .weeks(first: 2, last: 2))
        let draws = try (1...6).map { try StressCase(wave, problem: problem, seed: $0).absentStaff }
        #expect(draws.allSatisfy { $0.count == 5 && !$0.contains("IDE01") }, "half of the 9 present agents, rounded")
        #expect(try StressCase(wave, problem: problem, seed: 3).absentStaff == draws[2], "the same seed draws the same agents")
        #expect(Set(draws).count > 1, "another seed draws other agents")
    }

    @Test func aSurgeRaisesTheMinimumByNOnTheChosenDatesOnly() throws {
        let problem = try Self.unit.problem()
        let stressCase = try StressCase(try StressDisruption.surge(notation: "M+2@2026-06-03..2026-06-04"), problem: problem, seed: 1)
        let disrupted = try PlanningProblem(try stressCase.applied.applied(to: problem.scenario))
        #expect(disrupted.demand.map(\.minimum) == [1, 1, 3, 3] + Array(repeating: 1, count: 10))
    }

    @Test func aLostSkillMakesEveryHolderAbsent() throws {
        let problem = try Self.unit.with {
            $0.staff[2].skills = ["ECMO"]; $0.staff[5].skills = ["ECMO"]
        }.problem()
        let stressCase = try StressCase(try StressDisruption.skillLoss(notation: "ECMO:2026-06-10..2026-06-12"), problem: problem, seed: 1)
        #expect(stressCase.absentStaff == ["IDE03", "IDE06"])
        #expect(stressCase.applied.absences == [.init(staff: ["IDE03", "IDE06"], from: .jun(10), to: .jun(12))])
    }

    @Test func theANAPExerciseSicksTheMiddleWeekThenRaisesEveryNurseShift() {
        let (sick, raised) = StressCase.anapCalendar(PlanningPeriod(start: .jun(1), days: 30))
        #expect(sick.first == .jun(15) && sick.last == .jun(21))
        #expect(raised.first == .jun(22) && raised.last == .jun(30))
    }

    @Test(arguments: [
        ("--absence-wave", "15%", "expected PCT%[/SKILL]:DAYS"),
        ("--absence-wave", "0%:week1", "between 1 and 100, got 0"),
        ("--absence-wave", "120%:week1", "between 1 and 100, got 120"),
        ("--absence-wave", "15%:week3", "week 3 is outside the period, which has weeks 1 to 2"),
        ("--absence-wave", "15%:2026-05-30..2026-06-02", "outside the period 2026-06-01..2026-06-14"),
        ("--absence-wave", "15%/IADE:week1", "no agent holds the skill « IADE »"),
        ("--surge", "M=2", "expected SHIFT[/SKILL]+N[@DAYS]"),
        ("--surge", "X+1@week1", "unknown shift code « X »"),
        ("--absent", "IDE01,IDE99:week1", "unknown staff id « IDE99 »"),
        ("--skill-loss", "ECMO", "expected SKILL:DAYS"),
    ])
    func badInputNamesTheOptionAndTheProblem(option: String, value: String, problem expected: String) throws {
        let problem = try Self.unit.problem()
        do throws(StressError) {
            let disruption: StressDisruption
            switch option {
            case "--absence-wave": disruption = try .absenceWave(notation: value)
            case "--surge": disruption = try .surge(notation: value)
            case "--absent": disruption = try .absent(notation: value)
            default: disruption = try .skillLoss(notation: value)
            }
            _ = try StressCase(disruption, problem: problem, seed: 1)
            Issue.record("\(option) \(value) was accepted")
        } catch {
            guard case .invalidDisruptions(let issues) = error else { Issue.record("\(error)"); return }
            #expect(issues.count == 1)
            #expect(issues.first?.option == option)
            #expect(issues.first?.description.contains(expected) == true, "\(issues)")
        }
    }
}
