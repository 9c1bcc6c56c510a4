import Testing
@testable import Scheduling

/// Priority profiles change the weights exactly as documented; forced diversity moves a variant
/// away from the earlier ones; the comparison reads the indicators right.
@Suite struct VariantTests {
    static let unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(
        civilWeek: MaximumMinutesSetting(minutes: 2640, severity: .soft(weight: 100)),
        hoursDeviation: HoursDeviationSetting(weightPerHour: 20),
        requests: RequestWeights(p1: 500, p2: 50),
        fairness: FairnessSetting(nightsWeight: 10))).with {
        $0.requests = [StaffRequest(staff: "IDE01", days: .on(.jun(2)), kind: .dayOff, priority: .p1),
                       StaffRequest(staff: "IDE02", days: .on(.jun(3)), kind: .dayOff, weight: 5)]
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1, target: 1)]
    }

    @Test func profilesMultiplyTheWeightsAsDocumented() throws {
        let scenario = Self.unit.scenario
        #expect(PriorityProfile.standard.applied(to: scenario) == scenario)

        let requests = PriorityProfile.requests.applied(to: scenario)
        #expect(requests.rules.requests == RequestWeights(p1: 2000, p2: 200))
        #expect(requests.requests?.map(\.weight) == [nil, 20])
        #expect(requests.rules.fairness == scenario.rules.fairness)

        let fairness = PriorityProfile.fairness.applied(to: scenario)
        #expect(fairness.rules.fairness == FairnessSetting(nightsWeight: 50, weekendsWeight: 50, holidaysWeight: 50))
        #expect(fairness.rules.requests == scenario.rules.requests)

        let hours = PriorityProfile.leastOvertime.applied(to: scenario)
        #expect(hours.rules.hoursDeviation == HoursDeviationSetting(weightPerHour: 100))
        #expect(hours.rules.civilWeek?.severity == .soft(weight: 500))

        #expect(PriorityProfile.stability.applied(to: scenario) == scenario)
        let problem = try Self.unit.problem()
        #expect(throws: VariantError.previousRosterRequired(profile: .stability)) { try PriorityProfile.stability.problem(from: problem, previous: nil) }
        let previous = ShiftGrid(staffCount: 2, dayCount: 7)
        let stable = try PriorityProfile.stability.problem(from: problem, previous: previous)
        #expect(stable.references.map { "\($0.mode) \($0.weight)" } == ["stability 100.0"])
        // The resolved request weights follow the profile.
        let resolved = try PriorityProfile.requests.problem(from: problem, previous: nil)
        #expect(resolved.requests.map(\.weight) == [2000, 20])
    }

    @Test func forcedDiversityMakesTheSecondVariantDiffer() throws {
        // Two interchangeable agents and one M a day: every split of the week is optimal.
        let unit = TinyUnit(agents: ["IDE01", "IDE02"]).with {
            $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1, maximum: 1)]
            $0.shiftTypes = [TinyUnit.matin]
        }
        let problem = try unit.problem()
        let options = SolveOptions(timeLimitSeconds: 2, nodeLimit: 500)
        let variants = try VariantGeneration.generate(problem, profiles: [.standard, .standard], diversityWeight: 20, engine: .mip, options: options)
        try #require(variants.count == 2)
        let shared = (0..<2).reduce(0) { sum, s in sum + (0..<7).filter { variants[0].grid[s, $0] >= 0 && variants[0].grid[s, $0] == variants[1].grid[s, $0] }.count }
        #expect(shared == 0, "the second variant repeats \(shared) worked cell(s)")
        // Both are optimal for the unit's own weights: diversity is judged apart.
        #expect(variants.map(\.report.objective) == [0, 0])
        #expect(variants[1].roster.provenance?.parameters?["profile"] == "standard")
        #expect(variants[1].solve.report?.violations.contains { $0.rule == ReferenceRosterRule.diversityID } == false)
    }

    @Test func theStabilityProfileStartsFromThePreviousRosterAndMovesOnlyWhatPays() throws {
        // IDE01 asked for Monday off (P1, 500) but the previous roster has her on M; IDE02 is free.
        let unit = TinyUnit(agents: ["IDE01", "IDE02"]).with {
            $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1, maximum: 1)]
            $0.requests = [StaffRequest(staff: "IDE01", days: .on(.jun(1)), kind: .dayOff, priority: .p1)]
        }
        let problem = try unit.problem()
        let m = try #require(problem.shiftIndex["M"])
        var previous = ShiftGrid(staffCount: 2, dayCount: 7)
        for d in 0..<4 { previous[0, d] = m }
        for d in 4..<7 { previous[1, d] = m }
        let variants = try VariantGeneration.generate(problem, profiles: [.stability], previous: previous,
                                                      options: SolveOptions(timeLimitSeconds: 2, nodeLimit: 500))
        let variant = try #require(variants.first)
        let changed = (0..<2).flatMap { s in (0..<7).filter { variant.grid[s, $0] != previous[s, $0] }.map { "\(s):\($0)" } }
        // Granting the request costs two changes at 100 each, less than the 500 it saves; nothing else moves.
        #expect(changed == ["0:0", "1:0"])
        #expect(variant.report.objective == 0)
        #expect(variant.roster.provenance?.parameters?["profile"] == "stability")
    }

    @Test func comparisonCountsRequestsByPriorityHoursAndSpread() throws {
        let unit = Self.unit.with {
            $0.staff = $0.staff.map { member in var m = member; m.contract = Contract(targetMinutes: 1800); return m }
        }
        let problem = try unit.problem()
        var grid = ShiftGrid(staffCount: 2, dayCount: 7)
        let m = try #require(problem.shiftIndex["M"]), n = try #require(problem.shiftIndex["N"])
        for d in [0, 1, 2, 3, 4] { grid[0, d] = m }  // IDE01 works Tuesday (P1 refused): 37 h 30
        for d in [5, 6] { grid[1, d] = n }           // IDE02: two nights, 20 h, Wednesday free (granted)
        let report = Evaluator(problem: problem).evaluate(grid)
        let row = RosterComparison(name: "a", problem: problem, grid: grid, report: report,
                                   provenance: Provenance(engine: "mip", engineVersion: "t", objective: 200, bound: 150))
        #expect(row.requestsAsked == ["P1": 1, "other": 1])
        #expect(row.requestsGranted == ["other": 1])
        #expect(row.overtimeHours == 7.5)
        #expect(row.agentsOverTarget == 1)
        #expect(row.hoursDeviationTotal == 17.5)
        #expect(row.nightsSpread == 2)
        #expect(row.gap == 0.25)
        #expect(row.objective == report.objective)
    }
}
