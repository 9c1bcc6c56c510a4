/// MAX-WEEKENDS — at most `limit` weekends worked over the period; a weekend counts as worked
/// if its Saturday or its Sunday (inside the period) has a shift.
struct MaxWorkedWeekendsRule: LineTotalRule {
    let id: RuleID = "MAX-WEEKENDS"
    let defaultLimit: Int?
    let severity: Severity

    func limit(_ problem: PlanningProblem, _ s: Int) -> Int? {
        problem.staff[s].limits?.maxWorkedWeekends ?? defaultLimit
    }

    func evaluate(_ totals: LineTotals, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        guard let k = limit(problem, s) else { return }
        let worked = totals.weekends
        guard worked > k else { return }
        let who = problem.staffID(s)
        violations.add(id, hard: severity.isHard, amount: Double(worked - k), unit: .weekends, weight: severity.weight) {
            Violation.Details(staff: who, message: LocalizedText(
                fr: "\(who) travaille \(worked) week-ends sur la période (maximum \(k)).",
                en: "\(who) works \(worked) weekends over the period (maximum \(k))."))
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        let weekends = problem.weekends
        for s in mip.encodedStaff {
            guard let k = limit(problem, s), k < weekends.count else { continue }
            var total = LinearExpression()
            for w in weekends { total += mip.weekendWorked(s, w) }
            mip.addLimit("max-weekends[\(problem.staffID(s))]", total, upper: Double(k), severity: severity)
        }
    }
}
