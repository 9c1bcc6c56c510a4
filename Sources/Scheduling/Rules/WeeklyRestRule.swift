/// FPH-32 — a weekly rest of at least 36 consecutive hours in each civil week
/// (décret 2002-9 art. 6).
///
/// Convention (documented in docs/rules.md): a civil week complies when one of its days has
/// no shift starting on it and the rest around that day — from the end of the previous
/// shift to the start of the next one — lasts at least 36 h. Two consecutive days off always
/// give at least 36 h, since no shift spans more than 12 h. Days before the history and after the period count as rest (unknown).
/// The same definition is encoded exactly in the MIP.
struct WeeklyRestRule: PersonalRule {
    let id: RuleID = "FPH-32"
    let minimumMinutes: Int
    let severity: Severity

    /// The rest in minutes around day `i` if no shift starts on it (Int.max when unbounded), else nil.
    static func restAround(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int, day i: Int) -> Int? {
        guard problem.shift(grid, staff: s, day: i) < 0 else { return nil }
        let before = problem.shift(grid, staff: s, day: i - 1)
        let after = problem.shift(grid, staff: s, day: i + 1)
        guard before >= 0, after >= 0, let end = problem.shiftEnd[before], let start = problem.shiftStart[after] else { return Int.max }
        return 2 * 1440 + start - end
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        for monday in problem.civilWeekStarts {
            let rests = (monday...(monday + 6)).compactMap { Self.restAround(problem, grid, staff: s, day: $0) }
            guard !rests.contains(where: { $0 >= minimumMinutes }) else { continue }
            let longest = rests.max() ?? 0
            let who = problem.staffID(s)
            let start = problem.date(ofDay: monday), end = problem.date(ofDay: monday + 6)
            violations.add(id, hard: severity.isHard, amount: 1, unit: .count, weight: severity.weight) {
                Violation.Details(staff: who, dates: problem.periodDates(monday...(monday + 6)), message: LocalizedText(
                    fr: "\(who) n'a pas de repos hebdomadaire de \(Wording.hours(minimumMinutes)) consécutives la semaine du \(Wording.dateFR(start)) au \(Wording.dateFR(end)) (plus long repos autour d'un jour libre : \(Wording.hours(longest))).",
                    en: "\(who) has no weekly rest of \(Wording.hours(minimumMinutes)) in the week from \(start) to \(end) (longest rest around a free day: \(Wording.hours(longest)))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        var failing: [(Int, Int)] = []
        for a in 0..<problem.shiftCount {
            for b in 0..<problem.shiftCount {
                if let end = problem.shiftEnd[a], let start = problem.shiftStart[b], 2 * 1440 + start - end < minimumMinutes { failing.append((a, b)) }
            }
        }
        for s in mip.encodedStaff {
            var candidate: [Int: LinearExpression] = [:]
            func restDay(_ i: Int) -> LinearExpression {
                if let cached = candidate[i] { return cached }
                let off = LinearExpression.constant(1) - mip.works(s, i)
                var rows: [LinearExpression] = []
                for (a, b) in failing {
                    let pair = mip.works(s, i - 1, shift: a) + mip.works(s, i + 1, shift: b)
                    if pair.terms.isEmpty && pair.constant < 1.5 { continue }
                    rows.append(pair)
                }
                let result: LinearExpression
                if off.terms.isEmpty && rows.isEmpty {
                    result = .constant(off.constant)
                } else {
                    let name = "\(problem.staffID(s)),\(problem.date(ofDay: i))"
                    let z = mip.model.addVariable("weekly-rest-day[\(name)]", kind: .binary)
                    mip.addRow("weekly-rest-off[\(name)]", .variable(z) - off, upper: 0)
                    for (k, pair) in rows.enumerated() {
                        mip.addRow("weekly-rest-short[\(name),\(k)]", .variable(z) + pair, upper: 2)
                    }
                    result = .variable(z)
                }
                candidate[i] = result
                return result
            }
            for monday in problem.civilWeekStarts {
                let total = (monday...(monday + 6)).reduce(LinearExpression()) { $0 + restDay($1) }
                if total.terms.isEmpty && total.constant >= 1 { continue }
                mip.addFloor("fph32[\(problem.staffID(s)),\(problem.date(ofDay: monday))]", total, lower: 1, severity: severity)
            }
        }
    }
}
