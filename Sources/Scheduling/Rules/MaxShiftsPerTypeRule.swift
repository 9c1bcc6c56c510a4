/// MAX-SHIFTS-TYPE — an agent works a shift type at most `maxShifts[type]` times over the
/// period (Curtois–Qu MaxShifts; also night quotas). Hard.
struct MaxShiftsPerTypeRule: LineTotalRule {
    let id: RuleID = "MAX-SHIFTS-TYPE"

    func evaluate(_ totals: LineTotals, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        for t in 0..<problem.shiftCount {
            let count = totals.shiftsOfType[t]
            guard let limit = problem.maxShifts[s][t], count > limit else { continue }
            let who = problem.staffID(s), code = problem.shifts[t].code
            violations.add(id, hard: true, amount: Double(count - limit), unit: .shifts, weight: 0) {
                Violation.Details(staff: who, dates: [], shift: code, message: LocalizedText(
                    fr: "\(who) fait \(count) postes \(code) sur la période, maximum \(limit).",
                    en: "\(who) works \(count) \(code) shifts over the period, maximum \(limit)."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            for t in 0..<problem.shiftCount {
                guard let limit = problem.maxShifts[s][t], limit < problem.dayCount else { continue }
                let total = (0..<problem.dayCount).reduce(LinearExpression()) { $0 + mip.works(s, $1, shift: t) }
                mip.addHardRow("max-shifts[\(problem.staffID(s)),\(problem.shifts[t].code)]", total, upper: Double(limit))
            }
        }
    }
}
