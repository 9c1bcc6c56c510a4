/// LOCK — a cell fixed by the cadre keeps its value. Hard.
struct LockRule: DayLocalRule {
    let id: RuleID = "LOCK"

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        for d in days.periodDays(problem) {
            guard let locked = problem.lock[s][d], grid[s, d] != locked else { continue }
            let who = problem.staffID(s), date = problem.dates[d]
            let wanted = locked < 0 ? "repos" : problem.shifts[locked].code.rawValue
            let got = grid[s, d] < 0 ? "repos" : problem.shifts[grid[s, d]].code.rawValue
            violations.add(id, hard: true, amount: 1, unit: .shifts, weight: 0) {
                Violation.Details(staff: who, dates: [date], message: LocalizedText(
                    fr: "Case verrouillée par le cadre : \(who) le \(Wording.dateFR(date)) doit être « \(wanted) », le planning indique « \(got) ».",
                    en: "Locked cell: \(who) on \(date) must be \(wanted == "repos" ? "off" : wanted), the roster has \(got == "repos" ? "off" : got)."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            for d in 0..<problem.dayCount {
                guard let locked = problem.lock[s][d] else { continue }
                for t in 0..<problem.shiftCount {
                    guard let v = mip.x(s, d, t) else { continue }
                    if t == locked { mip.model.setBounds(v, lower: 1, upper: 1) } else { mip.model.setBounds(v, lower: 0, upper: 0) }
                }
            }
        }
    }
}
