/// CONTRACT-HOURS — worked minutes over the period stay within the contract's bounds:
/// explicit min/max (Curtois–Qu total minutes), or target ± tolerance, the upper bound
/// raised to target + overtime cap when overtime is allowed (FPH-52: 20 h a month). Hard;
/// a soft weight is per hour outside the bounds, like the other time rules.
///
/// The target is corrected by the carried hour balance (an agent 15 h ahead owes 15 h less).
struct ContractHoursRule: LineTotalRule {
    static let ruleID: RuleID = "CONTRACT-HOURS"
    let id: RuleID = ContractHoursRule.ruleID
    let severity: Severity
    let overtimeAllowed: Bool
    let overtimeCapMinutes: Int

    /// (lower, upper) bounds in minutes for agent s, nil when unbounded.
    static func bounds(_ problem: PlanningProblem, _ s: Int, overtimeAllowed: Bool, overtimeCap: Int) -> (Int?, Int?) {
        let contract = problem.staff[s].contract
        var lower = contract.minMinutes, upper = contract.maxMinutes
        if let target = effectiveTarget(problem, s) {
            let tolerance = contract.toleranceMinutes ?? 0
            if lower == nil { lower = max(0, target - tolerance) }
            if upper == nil { upper = target + (overtimeAllowed ? max(tolerance, overtimeCap) : tolerance) }
        }
        return (lower, upper)
    }

    /// The contract target minus the carried balance, nil without a target.
    static func effectiveTarget(_ problem: PlanningProblem, _ s: Int) -> Int? {
        problem.staff[s].contract.targetMinutes.map { max(0, $0 - problem.hourBalance[s]) }
    }

    func evaluate(_ totals: LineTotals, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        let (lower, upper) = Self.bounds(problem, s, overtimeAllowed: overtimeAllowed, overtimeCap: overtimeCapMinutes)
        let worked = totals.minutes
        let who = problem.staffID(s)
        if let lower, worked < lower {
            violations.add(id, hard: severity.isHard, amount: Double(lower - worked), unit: .minutes, weight: severity.weight / 60) {
                Violation.Details(staff: who, message: LocalizedText(
                    fr: "\(who) travaille \(Wording.hours(worked)) sur la période, en dessous du minimum contractuel de \(Wording.hours(lower)).",
                    en: "\(who) works \(Wording.hours(worked)) over the period, below the contractual minimum of \(Wording.hours(lower))."))
            }
        }
        if let upper, worked > upper {
            violations.add(id, hard: severity.isHard, amount: Double(worked - upper), unit: .minutes, weight: severity.weight / 60) {
                Violation.Details(staff: who, message: LocalizedText(
                    fr: "\(who) travaille \(Wording.hours(worked)) sur la période, au-delà du maximum de \(Wording.hours(upper))\(overtimeAllowed ? " (heures supplémentaires comprises, plafond FPH-52)" : "").",
                    en: "\(who) works \(Wording.hours(worked)) over the period, above the maximum of \(Wording.hours(upper))\(overtimeAllowed ? " (overtime included, FPH-52 cap)" : "")."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            let (lower, upper) = Self.bounds(problem, s, overtimeAllowed: overtimeAllowed, overtimeCap: overtimeCapMinutes)
            let total = (0..<problem.dayCount).reduce(LinearExpression()) { acc, d in acc + mip.sum(s, d) { Double(problem.paidMinutes[$0]) } }
            let name = "hours[\(problem.staffID(s))]"
            if let lower, lower > 0 { mip.addFloor("\(name).min", total, lower: Double(lower), severity: severity.scaledPerMinute) }
            if let upper { mip.addLimit("\(name).max", total, upper: Double(upper), severity: severity.scaledPerMinute) }
        }
    }
}
