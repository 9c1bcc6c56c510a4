/// FPH-30 / FPH-31 — at least 12 h (11 h by collective agreement) between the end of one
/// work period and the start of the next (décret 2002-9 art. 6). Hard.
///
/// Since one agent works at most one shift a day and no shift spans more than 12 h, only
/// shifts on consecutive days can be too close. The rest is computed from clock times:
/// soir 13:45–21:15 then matin 06:45 gives 9 h 30.
struct DailyRestRule: PersonalRule {
    let id: RuleID = "FPH-30"
    let minimumMinutes: Int
    let severity: Severity

    /// Rest in minutes between shift a on one day and shift b on the next.
    static func rest(_ problem: PlanningProblem, after a: Int, before b: Int) -> Int? {
        guard let end = problem.shiftEnd[a], let start = problem.shiftStart[b] else { return nil }
        return 1440 + start - end
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        for d in 0..<problem.dayCount {
            let a = problem.shift(grid, staff: s, day: d - 1), b = grid[s, d]
            guard a >= 0, b >= 0, let rest = Self.rest(problem, after: a, before: b), rest < minimumMinutes else { continue }
            let who = problem.staffID(s)
            let first = problem.date(ofDay: d - 1), second = problem.dates[d]
            let codeA = problem.shifts[a].code, codeB = problem.shifts[b].code
            violations.add(id, hard: severity.isHard, amount: Double(minimumMinutes - rest), unit: .minutes, weight: severity.weight / 60) {
                Violation.Details(staff: who, dates: [first, second], shift: codeB, message: LocalizedText(
                    fr: "Repos quotidien insuffisant pour \(who) : \(Wording.hours(rest)) entre \(codeA) du \(Wording.dateFR(first)) et \(codeB) du \(Wording.dateFR(second)) (minimum \(Wording.hours(minimumMinutes))).",
                    en: "Daily rest too short for \(who): \(Wording.hours(rest)) between \(codeA) on \(first) and \(codeB) on \(second) (minimum \(Wording.hours(minimumMinutes)))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        var shortPairs: [(Int, Int, Int)] = []
        for a in 0..<problem.shiftCount {
            for b in 0..<problem.shiftCount {
                if let rest = Self.rest(problem, after: a, before: b), rest < minimumMinutes { shortPairs.append((a, b, minimumMinutes - rest)) }
            }
        }
        for s in mip.encodedStaff {
            for d in 0..<problem.dayCount {
                if severity.isHard {
                    // One row per first shift: it and every shift too close after it (one shift a day).
                    for a in 0..<problem.shiftCount {
                        let followers = shortPairs.filter { $0.0 == a }.map(\.1)
                        guard !followers.isEmpty else { continue }
                        let next = followers.reduce(LinearExpression()) { $0 + mip.works(s, d, shift: $1) }
                        mip.addHardRow("rest[\(problem.staffID(s)),\(problem.dates[d]),\(problem.shifts[a].code)]", mip.works(s, d - 1, shift: a) + next, upper: 1)
                    }
                    continue
                }
                for (a, b, missing) in shortPairs {
                    let both = mip.works(s, d - 1, shift: a) + mip.works(s, d, shift: b)
                    let name = "rest[\(problem.staffID(s)),\(problem.dates[d]),\(problem.shifts[a].code)>\(problem.shifts[b].code)]"
                    if !both.terms.isEmpty {
                        // penalty = missing minutes × weight/60 when both are worked: p ≥ both − 1.
                        let p = mip.model.addVariable("excess:\(name)", kind: .continuous, objective: Double(missing) * severity.weight / 60)
                        mip.addRow(name, both - .variable(p), upper: 1)
                    }
                }
            }
        }
    }
}
