/// MAX-CONSEC-WORK / MAX-CONSEC-NIGHTS — no run of worked days (or nights) longer than
/// the limit, counting the history before the period. Each extra day costs one unit: a run
/// of L days with limit k contains L − k windows of k + 1 days. Hard or soft per unit.
struct MaxConsecutiveRule: PersonalLimitRule, DayLocalRule {
    let id: RuleID
    let pattern: DayPattern
    let defaultLimit: Int?
    let severity: Severity
    let personalLimit: @Sendable (WorkLimits) -> Int?

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        guard let k = limit(problem, s) else { return }
        for run in pattern.runs(problem, grid, staff: s, near: days, within: problem.knownDays) where run.count > k {
            // windows of k+1 days inside the run that contain at least one period day
            let windows = (run.upperBound - k) - max(run.lowerBound, -k) + 1
            guard windows > 0 else { continue }
            let who = problem.staffID(s)
            let first = problem.date(ofDay: run.lowerBound), last = problem.date(ofDay: run.upperBound)
            violations.add(id, hard: severity.isHard, amount: Double(windows), unit: .days, weight: severity.weight) {
                Violation.Details(staff: who, dates: problem.periodDates(run), message: LocalizedText(
                    fr: "\(who) enchaîne \(run.count) \(pattern.nounFR) du \(Wording.dateFR(first)) au \(Wording.dateFR(last)) (maximum \(k)).",
                    en: "\(who) has \(run.count) consecutive \(pattern.nounEN) from \(first) to \(last) (maximum \(k))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            guard let k = limit(problem, s), k < problem.dayCount + problem.historyLength else { continue }
            var w = max(-problem.historyLength, -k)
            while w + k < problem.dayCount {
                let window = (w...(w + k)).reduce(LinearExpression()) { $0 + pattern.expression(mip, staff: s, day: $1) }
                mip.addLimit("\(id)[\(problem.staffID(s)),\(problem.date(ofDay: w))]", window, upper: Double(k), severity: severity)
                w += 1
            }
        }
    }
}
