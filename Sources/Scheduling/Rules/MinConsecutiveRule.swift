/// MIN-CONSEC-WORK / MIN-CONSEC-OFF — every run of worked days (or days off) lasts at least
/// the minimum, unless it touches an edge of the known days (Curtois–Qu: runs at the start
/// or end of the horizon are exempt). The amount is the number of days missing.
struct MinConsecutiveRule: PersonalLimitRule, DayLocalRule {
    let id: RuleID
    let pattern: DayPattern
    let defaultLimit: Int?
    let severity: Severity
    let personalLimit: @Sendable (WorkLimits) -> Int?

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        let known = problem.knownDays
        guard let k = limit(problem, s), k > 1 else { return }
        for run in pattern.runs(problem, grid, staff: s, near: days, within: known)
        where run.count < k && run.lowerBound > known.lowerBound && run.upperBound < known.upperBound - 1 && run.upperBound >= 0 {
            let who = problem.staffID(s)
            let first = problem.date(ofDay: run.lowerBound), last = problem.date(ofDay: run.upperBound)
            violations.add(id, hard: severity.isHard, amount: Double(k - run.count), unit: .days, weight: severity.weight) {
                Violation.Details(staff: who, dates: problem.periodDates(run), message: LocalizedText(
                    fr: "\(who) n'a que \(run.count) \(pattern.nounFR) consécutifs du \(Wording.dateFR(first)) au \(Wording.dateFR(last)) (minimum \(k)).",
                    en: "\(who) has only \(run.count) consecutive \(pattern.nounEN) from \(first) to \(last) (minimum \(k))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        let first = -problem.historyLength
        for s in mip.encodedStaff {
            guard let k = limit(problem, s), k > 1 else { continue }
            for i in (first + 1)..<problem.dayCount {
                for j in 1..<k {
                    let last = i + j - 1
                    guard last + 1 <= problem.dayCount - 1, last >= 0 else { continue }
                    // forbidden: not(pattern) at i−1, pattern on i…last, not(pattern) at last+1
                    var row = (i...last).reduce(LinearExpression()) { $0 + pattern.expression(mip, staff: s, day: $1) }
                    row = row - pattern.expression(mip, staff: s, day: i - 1) - pattern.expression(mip, staff: s, day: last + 1)
                    let name = "\(id)[\(problem.staffID(s)),\(problem.date(ofDay: i)),\(j)]"
                    if severity.isHard {
                        mip.addHardRow(name, row, upper: Double(j - 1))
                    } else if !row.terms.isEmpty {
                        let p = mip.model.addVariable("excess:\(name)", kind: .continuous, objective: Double(k - j) * severity.weight)
                        mip.addRow(name, row - .variable(p), upper: Double(j - 1))
                    }
                }
            }
        }
    }
}
