/// ABSENCE — no shift on a day of planned absence (CA, RTT, maladie…) or fixed day off. Hard.
struct AbsenceRule: DayLocalRule {
    let id: RuleID = "ABSENCE"

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        for d in days.periodDays(problem) {
            guard let code = problem.absence[s][d], grid[s, d] >= 0 else { continue }
            let shift = problem.shifts[grid[s, d]].code
            let who = problem.staffID(s), date = problem.dates[d]
            violations.add(id, hard: true, amount: 1, unit: .shifts, weight: 0) {
                Violation.Details(staff: who, dates: [date], shift: shift, message: LocalizedText(
                    fr: "\(who) est en absence (\(code)) le \(Wording.dateFR(date)) mais est planifié(e) en \(shift).",
                    en: "\(who) is absent (\(code)) on \(date) but is rostered on \(shift)."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            for d in 0..<problem.dayCount where problem.absence[s][d] != nil {
                for t in 0..<problem.shiftCount {
                    if let v = mip.x(s, d, t) { mip.model.setBounds(v, lower: 0, upper: 0) }
                }
            }
        }
    }
}
