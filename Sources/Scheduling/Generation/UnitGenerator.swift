/// Generates realistic, plausibly feasible care units for tests and load tests.
///
/// A unit of the chosen size and shift system: nurses (IDE), care assistants (AS) and, in
/// larger day units, hospital service agents (ASH); quotités of 100, 80 and 50 %; a fixed night
/// team when the unit is large enough; annual leave in blocks, training days, a few sick days
/// (codes only) and RTT; requests (désidérata) with priorities; demand by shift and grade scaled
/// to the staff's contract hours; and the last two weeks of the previous month as history.
///
/// Demand is set at about 80 % of the staff's contract capacity and absences are capped per
/// team and day, so that most generated months have a legal roster. That is a plausibility
/// argument, not a proof: the solver and the evaluator decide.
///
/// Deterministic: the same `UnitSpecification` (seed included) gives the same scenario.
public struct UnitGenerator {
    public let specification: UnitSpecification
    let period: PlanningPeriod
    /// Day indices of the Monday–Friday days of the period.
    let weekdays: [Int]

    /// Returns nil when the specification is out of range (see `UnitSpecification.problem`).
    public init?(_ specification: UnitSpecification) {
        guard specification.problem == nil, let period = specification.period else { return nil }
        self.specification = specification
        self.period = period
        weekdays = period.dates.indices.filter { period.dates[$0].isoWeekday <= 5 }
    }

    var system: ShiftSystem { specification.shiftSystem }

    /// The scenario; the same for the same specification.
    public func generate() -> Scenario {
        var rng = SeededGenerator(seed: specification.seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(specification.staffCount))
        var agents = composeStaff(using: &rng)
        let provisional = DemandPlan(generator: self, agents: agents)
        placeAbsences(&agents, plan: provisional, using: &rng)
        let plan = DemandPlan(generator: self, agents: agents)
        let requests = makeRequests(agents, using: &rng)
        let history = makeHistory(agents, using: &rng)
        let staff = agents.map { agent in
            StaffMember(
                id: agent.id, name: agent.id.rawValue, grade: agent.grade, skills: agent.skills.isEmpty ? nil : agent.skills,
                quotite: agent.quotite, team: agent.team,
                contract: Contract(targetMinutes: agent.targetMinutes(weekdays: weekdays), toleranceMinutes: agent.toleranceMinutes(system)),
                allowedShifts: agent.allowedShifts)
        }
        let monthName = FrenchCalendarNames.month(specification.month)
        return Scenario(
            name: "Unité générée — \(specification.staffCount) agents, \(system.rawValue), \(monthName) \(specification.year) (graine \(specification.seed))",
            unit: "Unité générée \(system.rawValue) n° \(specification.seed) (\(specification.staffCount) agents)",
            period: period,
            publicHolidays: FrenchPublicHolidays.dates(year: specification.year).filter { period.contains($0) },
            derogation12h: system.needsDerogation ? true : nil,
            shiftTypes: system.shiftTypes,
            absenceCodes: UnitGenerator.absenceCodes,
            staff: staff,
            demand: plan.rules(),
            absences: agents.flatMap(\.absences),
            requests: requests,
            history: history,
            rules: rules,
            notes: "Généré par sched-cli generate (\(system.label)) : \(specification.staffCount) agents, graine \(specification.seed). "
                + "Besoins fixés à environ 80 % de la capacité contractuelle ; données fictives.")
    }

    /// FPH defaults, the local consecutive-day limit of the shift system and fairness on.
    var rules: RuleSettings {
        var rules = RuleSettings.fph
        rules.maxConsecutiveWorkDays = LimitSetting(limit: system.maxConsecutiveWorkDays, severity: .soft(weight: 100))
        rules.maxConsecutiveNights = LimitSetting(limit: system == .twelve ? 3 : 4, severity: .soft(weight: 100))
        rules.coverage = CoverageSetting(minimumShortfallWeight: 10_000, underWeight: 1_000, overWeight: 0)
        rules.requests = RequestWeights(p1: 500, p2: 50)
        rules.fairness = FairnessSetting(nightsWeight: 10, weekendsWeight: 10, holidaysWeight: 10)
        return rules
    }

    static let absenceCodes = [
        AbsenceCodeDefinition(code: "CA", label: "Congé annuel", creditMinutesPerDay: 420),
        AbsenceCodeDefinition(code: "RTT", label: "Réduction du temps de travail", creditMinutesPerDay: 420),
        AbsenceCodeDefinition(code: "FORM", label: "Formation (comptée comme travaillée, 7 h par jour)", creditMinutesPerDay: 420),
        AbsenceCodeDefinition(code: "MAL", label: "Arrêt maladie (aucun motif enregistré)", creditMinutesPerDay: 420),
    ]
}

/// French month names for generated scenario names.
enum FrenchCalendarNames {
    static func month(_ month: Int) -> String {
        let names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        return (1...12).contains(month) ? names[month - 1] : "\(month)"
    }
}
