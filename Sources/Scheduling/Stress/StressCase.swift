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
        let unit = Resolution(disruption: disruption, problem: problem, seed: seed, absenceCode: absenceCode)
        switch disruption {
        case .absenceWave(let percent, let skill, let days): self = try unit.absenceWave(percent, skill, days)
        case .surge(let shift, let skill, let extra, let days): self = try unit.surge(shift, skill, extra, days)
        case .skillLoss(let skill, let days): self = try unit.skillLoss(skill, days)
        case .absent(let staff, let days): self = try unit.absent(staff, days)
        case .anapExercise(let sick, let minimum, let skill): self = try unit.anap(sick, minimum, skill)
        }
        // The run may allow overtime in every disruption; the ANAP exercise always does.
        if allowOvertime { applied.allowOvertime = true }
    }

    init(disruption: StressDisruption, label: String, applied: Disruption, absentStaff: [StaffID]) {
        self.disruption = disruption; self.label = label; self.applied = applied; self.absentStaff = absentStaff
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
