/// FPH-07 — at most 44 h per civil week (Monday–Sunday) without overtime
/// (décret 2002-9 art. 9). Partial weeks at the start of the period include the history.
/// Hard by default; a unit that allows overtime may make it soft.
struct CivilWeekRule: PersonalRule {
    let id: RuleID = "FPH-07"
    let maximumMinutes: Int
    let severity: Severity

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        for monday in problem.civilWeekStarts {
            var total = 0
            for d in monday...(monday + 6) where d >= -problem.historyLength && d <= problem.dayCount {
                total += problem.minutesOnDay(grid, staff: s, day: d)
            }
            guard total > maximumMinutes else { continue }
            let who = problem.staffID(s)
            let start = problem.date(ofDay: monday), end = problem.date(ofDay: monday + 6)
            violations.add(id, hard: severity.isHard, amount: Double(total - maximumMinutes), unit: .minutes, weight: severity.weight / 60) {
                Violation.Details(staff: who, dates: problem.periodDates(monday...(monday + 6)), message: LocalizedText(
                    fr: "\(who) travaille \(Wording.hours(total)) la semaine du \(Wording.dateFR(start)) au \(Wording.dateFR(end)) (maximum \(Wording.hours(maximumMinutes)) hors heures supplémentaires).",
                    en: "\(who) works \(Wording.hours(total)) in the week from \(start) to \(end) (maximum \(Wording.hours(maximumMinutes)) without overtime)."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            for monday in problem.civilWeekStarts {
                var total = LinearExpression()
                for d in monday...(monday + 6) where d >= -problem.historyLength && d <= problem.dayCount {
                    total += problem.minutesOnDay(mip, staff: s, day: d)
                }
                mip.addLimit("fph07[\(problem.staffID(s)),\(problem.date(ofDay: monday))]", total, upper: Double(maximumMinutes), severity: severity.scaledPerMinute)
            }
        }
    }
}
