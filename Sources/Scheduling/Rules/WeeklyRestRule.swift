/// FPH-32 — a weekly rest of at least 36 consecutive hours in each civil week
/// (décret 2002-9 art. 6).
///
/// Convention (documented in docs/rules.md): a rest counts for a civil week if it begins
/// before the week ends and lasts at least 36 h from the later of its start and the week's
/// start. Days before the history and after the period count as rest (unknown).
struct WeeklyRestRule: RosterRule {
    let id: RuleID = "FPH-32"
    let minimumMinutes: Int
    let severity: Severity

    /// Rest intervals [start, end) in minutes from the period start; ±∞ at the ends.
    static func restIntervals(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var restStart = Int.min
        for d in problem.knownDays {
            let t = problem.shift(grid, staff: s, day: d)
            guard t >= 0, let start = problem.shiftStart[t], let end = problem.shiftEnd[t] else { continue }
            result.append((restStart, d * 1440 + start))
            restStart = d * 1440 + end
        }
        result.append((restStart, Int.max))
        return result
    }

    static func qualifies(_ rest: (Int, Int), weekStart: Int, minimum: Int) -> Bool {
        let weekEnd = weekStart + 7 * 1440
        guard rest.0 < weekEnd else { return false }
        if rest.1 == Int.max { return true }
        return rest.1 - max(rest.0, weekStart) >= minimum
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, into violations: inout [Violation]) {
        for s in 0..<problem.staffCount {
            let rests = Self.restIntervals(problem, grid, staff: s)
            for monday in problem.civilWeekStarts {
                let weekStart = monday * 1440
                guard !rests.contains(where: { Self.qualifies($0, weekStart: weekStart, minimum: minimumMinutes) }) else { continue }
                let longest = rests.filter { $0.0 < weekStart + 7 * 1440 && $0.1 > weekStart }
                    .map { min($0.1, weekStart + 9 * 1440) - max($0.0, weekStart) }.max() ?? 0
                let who = problem.staffID(s)
                let start = problem.date(ofDay: monday), end = problem.date(ofDay: monday + 6)
                violations.append(Violation(
                    rule: id, hard: severity.isHard, staff: who, dates: problem.periodDates(monday...(monday + 6)), amount: 1, unit: .count, weight: severity.weight,
                    message: LocalizedText(
                        fr: "\(who) n'a pas de repos hebdomadaire de \(Wording.hours(minimumMinutes)) consécutives la semaine du \(Wording.dateFR(start)) au \(Wording.dateFR(end)) (plus long repos : \(Wording.hours(max(0, longest)))).",
                        en: "\(who) has no weekly rest of \(Wording.hours(minimumMinutes)) in the week from \(start) to \(end) (longest rest: \(Wording.hours(max(0, longest)))).")))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        // Pairs (a on day i−1, b on day i+1) around a single day off that do not give a qualifying rest, per week offset.
        for s in 0..<problem.staffCount {
            for monday in problem.civilWeekStarts {
                let weekStart = monday * 1440
                var candidates = LinearExpression()
                for i in monday...(monday + 6) {
                    let name = "\(problem.staffID(s)),\(problem.date(ofDay: i))"
                    // Two consecutive days off starting in the week always give ≥ 48 h from the week's start.
                    let offToday = LinearExpression.constant(1) - mip.works(s, i)
                    let offTomorrow = LinearExpression.constant(1) - mip.works(s, i + 1)
                    if offToday.terms.isEmpty && offTomorrow.terms.isEmpty {
                        if offToday.constant > 0.5 && offTomorrow.constant > 0.5 { candidates.constant += 1 }
                    } else {
                        let pair = mip.model.addVariable("weekly-rest-pair[\(name)]", kind: .continuous, upperBound: 1)
                        mip.addRow("weekly-rest-pair-a[\(name)]", .variable(pair) - offToday, upper: 0)
                        mip.addRow("weekly-rest-pair-b[\(name)]", .variable(pair) - offTomorrow, upper: 0)
                        candidates += .variable(pair)
                    }
                    // One day off between two shifts, when the shift times give enough rest.
                    var failing: [(Int, Int)] = []
                    var anyGood = false
                    for a in 0..<problem.shiftCount {
                        for b in 0..<problem.shiftCount {
                            guard let end = problem.shiftEnd[a], let start = problem.shiftStart[b] else { continue }
                            let rest = ((i - 1) * 1440 + end, (i + 1) * 1440 + start)
                            if Self.qualifies(rest, weekStart: weekStart, minimum: minimumMinutes) { anyGood = true } else { failing.append((a, b)) }
                        }
                    }
                    guard anyGood else { continue }
                    let before = mip.works(s, i - 1), after = mip.works(s, i + 1)
                    if before.terms.isEmpty && before.constant < 0.5 { continue }
                    if after.terms.isEmpty && after.constant < 0.5 { continue }
                    let single = mip.model.addVariable("weekly-rest-single[\(name)]", kind: .binary)
                    mip.addRow("weekly-rest-single-off[\(name)]", .variable(single) - offToday, upper: 0)
                    mip.addRow("weekly-rest-single-before[\(name)]", .variable(single) - before, upper: 0)
                    mip.addRow("weekly-rest-single-after[\(name)]", .variable(single) - after, upper: 0)
                    for (a, b) in failing {
                        mip.addRow("weekly-rest-single-pair[\(name),\(problem.shifts[a].code)>\(problem.shifts[b].code)]",
                                   .variable(single) + mip.works(s, i - 1, shift: a) + mip.works(s, i + 1, shift: b), upper: 2)
                    }
                    candidates += .variable(single)
                }
                mip.addFloor("fph32[\(problem.staffID(s)),\(problem.date(ofDay: monday))]", candidates, lower: 1, severity: severity)
            }
        }
    }
}
