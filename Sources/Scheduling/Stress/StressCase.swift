/// One disruption made concrete for one unit: which agents are away on which dates, which
/// minimums rise, in a `Disruption` that a repair can solve, with a French label for the cadre.
public struct StressCase: Sendable, Hashable {
    public var disruption: StressDisruption
    /// What happens, in French (« 15 % des agents (4 sur 29) absents du … au … »).
    public var label: String
    /// The absences and minimums to apply to the scenario.
    public var applied: Disruption
    /// The agents made absent, in staff order.
    public var absentStaff: [StaffID]

    /// Resolves `disruption` for `problem`. Agents of an absence wave are drawn with a generator
    /// seeded by `seed` and the disruption's notation, so one disruption draws the same agents
    /// whatever else is in the batch.
    public init(_ disruption: StressDisruption, problem: PlanningProblem, seed: UInt64, absenceCode: AbsenceCode = "MAL",
                allowOvertime: Bool = false) throws(StressError) {
        self.disruption = disruption
        let period = problem.scenario.period
        func fail(_ problem: String) -> StressError {
            .invalidDisruptions([StressError.Issue(option: disruption.option, value: disruption.notation, problem: problem)])
        }
        func dates(_ days: StressDays) throws(StressError) -> [CivilDate] {
            switch days.resolve(in: period) {
            case .success(let dates): return dates
            case .failure(let problem): throw fail(problem.message)
            }
        }
        func holders(_ skill: Skill?) -> [Int] { (0..<problem.staffCount).filter { problem.staff($0, has: skill) } }
        func knownSkill(_ skill: Skill) throws(StressError) {
            guard !holders(skill).isEmpty else { throw fail("no agent holds the skill « \(skill) »") }
        }
        func absence(_ staff: [Int], _ dates: [CivilDate]) -> Disruption.NewAbsence {
            Disruption.NewAbsence(staff: staff.map(problem.staffID), from: dates[0], to: dates[dates.count - 1], code: absenceCode)
        }

        switch disruption {
        case .absenceWave(let percent, let skill, let days):
            let dates = try dates(days)
            if let skill { try knownSkill(skill) }
            let pool = Self.available(holders(skill), on: dates, problem)
            let count = Self.share(percent, of: pool.count)
            var generator = SeededGenerator(seed: Self.mix(seed, disruption.notation))
            let chosen = pool.shuffled(using: &generator).prefix(count).sorted()
            absentStaff = chosen.map(problem.staffID)
            applied = Disruption(absences: chosen.isEmpty ? [] : [absence(chosen, dates)], allowOvertime: allowOvertime)
            label = "\(percent) % des agents\(skill.map { " \($0)" } ?? "") (\(chosen.count) sur \(pool.count) présents) absents \(dates.frenchRange)"
        case .surge(let shift, let skill, let extra, let days):
            let dates = try dates(days)
            guard let t = problem.shiftIndex[shift] else { throw fail("unknown shift code « \(shift) »") }
            if let skill { try knownSkill(skill) }
            applied = Disruption(minimums: Self.raisedBy(extra, shift: t, skill: skill, on: dates, problem), allowOvertime: allowOvertime)
            absentStaff = []
            label = "minimum \(shift)\(skill.map { "/\($0)" } ?? "") relevé de \(extra) personne(s) \(dates.frenchRange)"
        case .skillLoss(let skill, let days):
            let dates = try dates(days)
            try knownSkill(skill)
            let chosen = holders(skill)
            absentStaff = chosen.map(problem.staffID)
            applied = Disruption(absences: [absence(chosen, dates)], allowOvertime: allowOvertime)
            label = "aucun agent \(skill) disponible \(dates.frenchRange) (\(chosen.count) agent(s) absent(s))"
        case .absent(let staff, let days):
            let dates = try dates(days)
            let unknown = staff.filter { problem.staffIndex[$0] == nil }
            guard unknown.isEmpty else { throw fail("unknown staff id\(unknown.count > 1 ? "s" : "") \(unknown.map { "« \($0) »" }.joined(separator: ", "))") }
            let chosen = Set(staff.compactMap { problem.staffIndex[$0] }).sorted()
            absentStaff = chosen.map(problem.staffID)
            applied = Disruption(absences: [absence(chosen, dates)], allowOvertime: allowOvertime)
            label = "\(absentStaff.map(\.rawValue).joined(separator: ", ")) absent(s) \(dates.frenchRange)"
        case .anapExercise(let sick, let minimum, let skill):
            guard sick >= 1, minimum >= 1 else { throw fail("the number of sick agents and the minimum must be at least 1") }
            try knownSkill(skill)
            let (sickDays, raisedDays) = Self.anapCalendar(period)
            let pool = Self.available(holders(skill), on: sickDays, problem)
            var generator = SeededGenerator(seed: Self.mix(seed, disruption.notation))
            let chosen = pool.shuffled(using: &generator).prefix(sick).sorted()
            let shifts = Set(problem.demand.filter { $0.skill == skill && $0.minimum > 0 }.map(\.shift)).sorted()
            absentStaff = chosen.map(problem.staffID)
            applied = Disruption(
                absences: chosen.isEmpty ? [] : [absence(chosen, sickDays)],
                minimums: shifts.map { Disruption.RaisedMinimum(shift: problem.shifts[$0].code, skill: skill, minimum: minimum,
                                                                 from: raisedDays[0], to: raisedDays[raisedDays.count - 1]) },
                allowOvertime: true)
            let codes = shifts.map { problem.shifts[$0].code.rawValue }.joined(separator: ", ")
            label = "\(chosen.count) \(skill) en arrêt maladie \(sickDays.frenchRange)\(chosen.count < sick ? " (\(sick) demandés, \(pool.count) présents)" : "")"
                + ", puis minimum de \(minimum) \(skill) par poste (\(codes)) \(raisedDays.frenchRange) ; heures supplémentaires autorisées"
        }
    }

    /// Agents among `staff` not already absent on every one of `dates`.
    static func available(_ staff: [Int], on dates: [CivilDate], _ problem: PlanningProblem) -> [Int] {
        let days = dates.map { problem.scenario.period.index(of: $0) }
        return staff.filter { s in days.contains { problem.absence[s][$0] == nil } }
    }

    /// `percent` % of `count` agents, rounded to the nearest agent, at least one when there is one.
    static func share(_ percent: Int, of count: Int) -> Int {
        count == 0 ? 0 : max(1, (count * percent + 50) / 100)
    }

    /// The minimums that put `extra` more persons on `shift` (for `skill`) on each of `dates`
    /// than the scenario asks, one line per run of consecutive dates with the same figure.
    static func raisedBy(_ extra: Int, shift t: Int, skill: Skill?, on dates: [CivilDate], _ problem: PlanningProblem) -> [Disruption.RaisedMinimum] {
        var result: [Disruption.RaisedMinimum] = []
        for date in dates {
            let d = problem.scenario.period.index(of: date)
            let current = problem.demandOfDay[d].map { problem.demand[$0] }.filter { $0.shift == t && $0.skill == skill }.map(\.minimum).max() ?? 0
            if let last = result.last, last.minimum == current + extra, last.to?.adding(days: 1) == date {
                result[result.count - 1].to = date
            } else {
                result.append(Disruption.RaisedMinimum(shift: problem.shifts[t].code, skill: skill, minimum: current + extra, from: date, to: date))
            }
        }
        return result
    }

    /// The ANAP calendar: sick leave over the middle seven days of the period (15–21 June for
    /// June), the raised minimum from the next day to the end (over the sick days themselves
    /// when the period is too short to have days after them).
    static func anapCalendar(_ period: PlanningPeriod) -> (sick: [CivilDate], raised: [CivilDate]) {
        let dates = period.dates
        let first = max(0, dates.count / 2 - 1), end = min(dates.count, first + 7)
        let sick = Array(dates[first..<end])
        return (sick, end < dates.count ? Array(dates[end...]) : sick)
    }

    /// A seed for one disruption: the run's seed mixed with the disruption's text (FNV-1a).
    static func mix(_ seed: UInt64, _ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ seed
    }
}
