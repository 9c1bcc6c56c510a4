/// The batch run when the cadre names no disruption: the events a unit meets every year,
/// sized for its own staff, demand and skills.
public enum StressBatch {
    /// For `problem`, in this order:
    /// - an absence wave of 10 % of the agents over week 2 (a gastro-enteritis in the team);
    /// - an absence wave of 20 % over week 3 (an epidemic);
    /// - a surge of one person on the night shift with the largest minimum, over week 4 (or
    ///   the last week of a shorter period);
    /// - a surge of one person on the day shift with the largest minimum, over week 2;
    /// - the loss of the rarest skill that the demand requires, over three days of week 2
    ///   (the only ECMO-trained nurses, the only référent, off at once).
    /// Kinds the unit cannot have (no night shift, no skill demanded) are left out.
    public static func standard(for problem: PlanningProblem) -> [StressDisruption] {
        let weeks = (problem.dayCount + 6) / 7
        let second = min(2, weeks), third = min(3, weeks), fourth = min(4, weeks)
        var batch: [StressDisruption] = [
            .absenceWave(percent: 10, skill: nil, days: .weeks(first: second, last: second)),
            .absenceWave(percent: 20, skill: nil, days: .weeks(first: third, last: third)),
        ]
        let demanded = problem.demand.filter { $0.minimum > 0 }
        func busiest(night: Bool) -> DemandCell? {
            demanded.filter { problem.isNight[$0.shift] == night }
                .max { ($0.minimum, $1.shift, $1.skill?.rawValue ?? "") < ($1.minimum, $0.shift, $0.skill?.rawValue ?? "") }
        }
        if let night = busiest(night: true) {
            batch.append(.surge(shift: problem.shifts[night.shift].code, skill: night.skill, extra: 1, days: .weeks(first: fourth, last: fourth)))
        }
        if let day = busiest(night: false) {
            batch.append(.surge(shift: problem.shifts[day.shift].code, skill: day.skill, extra: 1, days: .weeks(first: second, last: second)))
        }
        let start = (second - 1) * 7
        let days = problem.dates[start..<min(problem.dayCount, start + 3)]
        if let skill = rarestDemandedSkill(problem), let first = days.first, let last = days.last {
            batch.append(.skillLoss(skill: skill, days: .dates(from: first, to: last)))
        }
        return batch
    }

    /// The skill with a demanded minimum held by the fewest agents (at least one); ties by name.
    static func rarestDemandedSkill(_ problem: PlanningProblem) -> Skill? {
        let skills = Set(problem.demand.filter { $0.minimum > 0 }.compactMap(\.skill))
        return skills.map { skill in (skill, (0..<problem.staffCount).filter { problem.staff($0, has: skill) }.count) }
            .filter { $0.1 > 0 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
