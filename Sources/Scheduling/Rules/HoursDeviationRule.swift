/// HOURS-TARGET — soft penalty per hour between worked hours and the agent's target
/// (corrected by the carried balance), in either direction.
struct HoursDeviationRule: LineTotalRule {
    let id: RuleID = "HOURS-TARGET"
    let weightPerHour: Double

    func evaluate(_ totals: LineTotals, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        guard let target = ContractHoursRule.effectiveTarget(problem, s) else { return }
        let worked = totals.minutes
        guard worked != target else { return }
        let who = problem.staffID(s)
        let gap = worked - target
        violations.add(id, hard: false, amount: Double(abs(gap)) / 60, unit: .hours, weight: weightPerHour) {
            Violation.Details(staff: who, message: LocalizedText(
                fr: "\(who) : \(Wording.hours(worked)) planifiées pour une cible de \(Wording.hours(target)) (\(gap > 0 ? "+" : "−")\(Wording.hours(abs(gap)))).",
                en: "\(who): \(Wording.hours(worked)) rostered against a target of \(Wording.hours(target)) (\(gap > 0 ? "+" : "-")\(Wording.hours(abs(gap))))."))
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            guard let target = ContractHoursRule.effectiveTarget(problem, s) else { continue }
            let total = (0..<problem.dayCount).reduce(LinearExpression()) { acc, d in acc + mip.sum(s, d) { Double(problem.paidMinutes[$0]) } }
            let over = mip.model.addVariable("hours-over[\(problem.staffID(s))]", kind: .continuous, objective: weightPerHour / 60)
            let under = mip.model.addVariable("hours-under[\(problem.staffID(s))]", kind: .continuous, objective: weightPerHour / 60)
            mip.addRow("hours-target[\(problem.staffID(s))]", total - .variable(over) + .variable(under), lower: Double(target), upper: Double(target))
        }
    }
}
