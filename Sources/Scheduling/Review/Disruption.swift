/// What happened to a unit after its roster was made, to re-plan around it: agents absent
/// (sick leave, arrêt maladie), minimum staffing raised (for example 11 IDE per shift during a
/// crisis, as in the ANAP exercise), overtime (heures supplémentaires) allowed within the
/// legal cap. Applied to the scenario, it gives the problem that a repair solves.
public struct Disruption: Sendable, Hashable {
    /// Agents absent over a range of dates, with an absence code (default `MAL`).
    public struct NewAbsence: Sendable, Hashable, Codable {
        public var staff: [StaffID]
        public var from: CivilDate
        public var to: CivilDate
        public var code: AbsenceCode
        public init(staff: [StaffID], from: CivilDate, to: CivilDate, code: AbsenceCode = "MAL") {
            self.staff = staff; self.from = from; self.to = to; self.code = code
        }
    }

    /// A minimum of `minimum` agents (with `skill`, if given) on `shift` over the dates
    /// (default the whole period). Demand lines for the same shift and skill are split so that
    /// the raised dates get max(their minimum, `minimum`) with their other figures kept; dates
    /// with no such line get a new one.
    public struct RaisedMinimum: Sendable, Hashable, Codable {
        public var shift: ShiftCode
        public var skill: Skill?
        public var minimum: Int
        public var from: CivilDate?
        public var to: CivilDate?
        public init(shift: ShiftCode, skill: Skill? = nil, minimum: Int, from: CivilDate? = nil, to: CivilDate? = nil) {
            self.shift = shift; self.skill = skill; self.minimum = minimum; self.from = from; self.to = to
        }
    }

    public var absences: [NewAbsence]
    public var minimums: [RaisedMinimum]
    public var allowOvertime: Bool

    public init(absences: [NewAbsence] = [], minimums: [RaisedMinimum] = [], allowOvertime: Bool = false) {
        self.absences = absences
        self.minimums = minimums
        self.allowOvertime = allowOvertime
    }

    /// The scenario after the disruption. An absent agent's target drops by the absence code's
    /// credit (`creditMinutesPerDay` × quotité) for each Monday–Friday newly absent, the
    /// convention of the bundled scenarios (a sick agent does not owe the hours of the days away).
    public func applied(to scenario: Scenario) throws(ScenarioError) -> Scenario {
        var result = scenario
        var issues: [InputIssue] = []
        let period = scenario.period
        let staffIDs = Set(scenario.staff.map(\.id))
        let codes = Dictionary((scenario.absenceCodes ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let before = (try? PlanningProblem(scenario)) ?? PlanningProblem(validated: scenario)
        for (i, absence) in absences.enumerated() {
            if absence.from > absence.to { issues.append(InputIssue(path: "--absent[\(i)]", message: "\(absence.from) is after \(absence.to)")) }
            if !period.contains(absence.from) && !period.contains(absence.to) {
                issues.append(InputIssue(path: "--absent[\(i)]", message: "\(absence.from)..\(absence.to) is outside the period"))
            }
            if !codes.isEmpty && codes[absence.code] == nil {
                issues.append(InputIssue(path: "--absent[\(i)]", message: "absence code « \(absence.code) » is not declared in the scenario's absenceCodes"))
            }
            for id in absence.staff where !staffIDs.contains(id) {
                issues.append(InputIssue(path: "--absent[\(i)]", message: "unknown staff id « \(id) »"))
            }
        }
        for (i, raised) in minimums.enumerated() {
            if !scenario.shiftTypes.contains(where: { $0.code == raised.shift }) {
                issues.append(InputIssue(path: "--minimum[\(i)]", message: "unknown shift code « \(raised.shift) »"))
            }
            if raised.minimum < 0 { issues.append(InputIssue(path: "--minimum[\(i)]", message: "the minimum must be ≥ 0")) }
        }
        guard issues.isEmpty else { throw ScenarioError(file: "disruption (--absent, --minimum)", issues: issues) }

        var added: [Absence] = []
        for absence in absences {
            let days = DaySelection(from: absence.from, to: absence.to).resolve(in: period).filter(period.contains)
            let credit = codes[absence.code]?.creditMinutesPerDay ?? 0
            for id in absence.staff {
                added.append(Absence(staff: id, days: DaySelection(from: absence.from, to: absence.to), code: absence.code))
                guard credit > 0, let s = before.staffIndex[id], let i = result.staff.firstIndex(where: { $0.id == id }),
                      let target = result.staff[i].contract.targetMinutes else { continue }
                let newlyAbsentWeekdays = days.filter { $0.isoWeekday <= 5 && before.absence[s][period.index(of: $0)] == nil }.count
                let quotite = result.staff[i].quotite ?? 100
                result.staff[i].contract.targetMinutes = max(0, target - newlyAbsentWeekdays * credit * quotite / 100)
            }
        }
        if !added.isEmpty { result.absences = (result.absences ?? []) + added }
        for raised in minimums { result.demand = Self.raising(result.demand, raised, period: period) }
        if allowOvertime {
            var contract = result.rules.contractHours ?? ContractHoursSetting()
            contract.overtimeAllowed = true
            result.rules.contractHours = contract
        }
        return result
    }

    /// `demand` with `raised` applied (the validator accepts one line per day, shift and skill).
    static func raising(_ demand: [DemandRule], _ raised: RaisedMinimum, period: PlanningPeriod) -> [DemandRule] {
        let range = Set(DaySelection(from: raised.from ?? period.start, to: raised.to ?? period.lastDate).resolve(in: period).filter(period.contains))
        var result: [DemandRule] = []
        var covered = Set<CivilDate>()
        for line in demand {
            guard line.shift == raised.shift, line.skill == raised.skill else { result.append(line); continue }
            let days = line.days.resolve(in: period).filter(period.contains)
            let inside = days.filter(range.contains), outside = days.filter { !range.contains($0) }
            guard !inside.isEmpty else { result.append(line); continue }
            if !outside.isEmpty {
                var kept = line
                kept.days = DaySelection(dates: outside)
                result.append(kept)
            }
            var raisedLine = line
            raisedLine.days = DaySelection(dates: inside)
            raisedLine.minimum = max(line.minimum ?? 0, raised.minimum)
            if let maximum = line.maximum, maximum < raised.minimum { raisedLine.maximum = raised.minimum }
            result.append(raisedLine)
            covered.formUnion(inside)
        }
        let rest = range.subtracting(covered).sorted()
        if !rest.isEmpty { result.append(DemandRule(days: DaySelection(dates: rest), shift: raised.shift, skill: raised.skill, minimum: raised.minimum)) }
        return result
    }
}
