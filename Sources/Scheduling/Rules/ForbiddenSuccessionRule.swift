/// SUCCESSION — shift type b may not be worked the day after shift type a when the unit
/// says so (`cannotBeFollowedBy`; the Curtois–Qu « shift rotation »). Hard.
struct ForbiddenSuccessionRule: DayLocalRule {
    let id: RuleID = "SUCCESSION"

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        // The pairs (d − 1, d) with a day among `days`.
        for d in (days.lowerBound...(days.upperBound + 1)).periodDays(problem) {
            let a = problem.shift(grid, staff: s, day: d - 1), b = grid[s, d]
            guard a >= 0, b >= 0, d - 1 >= -problem.historyLength, problem.forbiddenSuccession[a][b] else { continue }
            let who = problem.staffID(s)
            let first = problem.date(ofDay: d - 1), second = problem.dates[d]
            let codeA = problem.shifts[a].code, codeB = problem.shifts[b].code
            violations.add(id, hard: true, amount: 1, unit: .count, weight: 0) {
                Violation.Details(staff: who, dates: [first, second], shift: codeB, message: LocalizedText(
                    fr: "Enchaînement interdit pour \(who) : \(codeA) le \(Wording.dateFR(first)) puis \(codeB) le \(Wording.dateFR(second)).",
                    en: "Forbidden succession for \(who): \(codeA) on \(first) then \(codeB) on \(second)."))
            }
        }
    }

    /// One row per agent, day and first shift a: `x[d−1,a] + Σ_{b forbidden after a} x[d,b] ≤ 1`.
    /// Since an agent works one shift a day, this is the same set of rosters as one row per pair,
    /// with far fewer rows and a tighter LP relaxation.
    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for s in mip.encodedStaff {
            for d in 0..<problem.dayCount where d - 1 >= -problem.historyLength {
                for a in 0..<problem.shiftCount {
                    let followers = (0..<problem.shiftCount).filter { problem.forbiddenSuccession[a][$0] }
                    guard !followers.isEmpty else { continue }
                    let next = followers.reduce(LinearExpression()) { $0 + mip.works(s, d, shift: $1) }
                    mip.addHardRow("succession[\(problem.staffID(s)),\(problem.dates[d]),\(problem.shifts[a].code)]",
                                   mip.works(s, d - 1, shift: a) + next, upper: 1)
                }
            }
        }
    }
}
