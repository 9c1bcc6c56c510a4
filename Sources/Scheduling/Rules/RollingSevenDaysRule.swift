/// FPH-08 — at most 48 h of work, overtime included, in any rolling 7 days
/// (décret 2002-9 art. 6). Windows start at midnight; hours of a night are split at
/// midnight unless the unit counts whole shifts on their start date. Hard.
struct RollingSevenDaysRule: PersonalRule {
    let id: RuleID = "FPH-08"
    let maximumMinutes: Int
    let severity: Severity

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        let first = max(-problem.historyLength, -6)
        let daily = (first...(problem.dayCount)).map { problem.minutesOnDay(grid, staff: s, day: $0) }
        var w = first
        while w < problem.dayCount {
            var total = 0
            for d in w...(w + 6) where d - first < daily.count { total += daily[d - first] }
            if total > maximumMinutes {
                let who = problem.staffID(s)
                let start = problem.date(ofDay: w), end = problem.date(ofDay: w + 6)
                violations.add(id, hard: severity.isHard, amount: Double(total - maximumMinutes), unit: .minutes, weight: severity.weight / 60) {
                    Violation.Details(staff: who, dates: problem.periodDates(w...(w + 6)), message: LocalizedText(
                        fr: "\(who) travaille \(Wording.hours(total)) sur 7 jours glissants du \(Wording.dateFR(start)) au \(Wording.dateFR(end)) (maximum \(Wording.hours(maximumMinutes)), heures supplémentaires comprises).",
                        en: "\(who) works \(Wording.hours(total)) in the 7 days from \(start) to \(end) (maximum \(Wording.hours(maximumMinutes)), overtime included)."))
                }
            }
            w += 1
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        let first = max(-problem.historyLength, -6)
        for s in mip.encodedStaff {
            let daily = (first...(problem.dayCount)).map { problem.minutesOnDay(mip, staff: s, day: $0) }
            var w = first
            while w < problem.dayCount {
                var total = LinearExpression()
                for d in w...(w + 6) where d - first < daily.count { total += daily[d - first] }
                mip.addLimit("fph08[\(problem.staffID(s)),\(problem.date(ofDay: w))]", total, upper: Double(maximumMinutes), severity: severity.scaledPerMinute)
                w += 1
            }
        }
    }
}

extension Severity {
    /// A soft weight given per hour, applied to an amount in minutes.
    var scaledPerMinute: Severity {
        if case .soft(let weight) = self { return .soft(weight: weight / 60) }
        return self
    }
}
