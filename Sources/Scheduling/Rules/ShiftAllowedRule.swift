/// SHIFT-ALLOWED — an agent works only the shift types allowed to her (team, medical
/// restriction without its reason, contract). Hard. In the MIP the column does not exist.
struct ShiftAllowedRule: DayLocalRule {
    let id: RuleID = "SHIFT-ALLOWED"

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        guard let list = problem.staff[s].allowedShifts else { return }
        let permitted = Set(list)
        for d in days.periodDays(problem) {
            let t = grid[s, d]
            guard t >= 0, !permitted.contains(problem.shifts[t].code) else { continue }
            let who = problem.staffID(s), date = problem.dates[d], shift = problem.shifts[t].code
            violations.add(id, hard: true, amount: 1, unit: .shifts, weight: 0) {
                Violation.Details(staff: who, dates: [date], shift: shift, message: LocalizedText(
                    fr: "\(who) ne peut pas travailler en \(shift) (le \(Wording.dateFR(date))).",
                    en: "\(who) may not work \(shift) (on \(date))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        // Enforced by the domain: MIPEncoding creates no column for a shift type an agent may not work.
    }
}
