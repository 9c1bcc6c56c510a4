/// FPH-33 — at least 4 rest days per fortnight, two of them consecutive and including a
/// Sunday (décret 2002-9 art. 6; CE 6 nov. 2013 for 12 h cycles).
///
/// A rest day is a calendar day with no work at all: the morning a night ends (« descente
/// de nuit ») is not a rest day. Fortnights are fixed, aligned on `anchor` (default: the
/// first Monday of the period), or every rolling 14 days; only fortnights whose 14 days are
/// all known (history and period) are judged, the others belong to the next month.
struct FortnightRestRule: PersonalRule {
    let id: RuleID = "FPH-33"
    let restDays: Int
    let anchor: CivilDate?
    let rolling: Bool
    let sundayPair: Bool
    let severity: Severity

    func fortnightStarts(_ problem: PlanningProblem) -> [Int] {
        let known = problem.knownDays
        if rolling {
            return (known.lowerBound...max(known.lowerBound, known.upperBound - 14)).filter { $0 + 13 >= 0 && $0 + 13 < known.upperBound }
        }
        let anchorDay: Int
        if let anchor { anchorDay = problem.scenario.period.index(of: anchor) } else {
            anchorDay = (0..<7).first { problem.weekday(ofDay: $0) == 1 } ?? 0
        }
        var first = anchorDay
        while first - 14 >= known.lowerBound { first -= 14 }
        return stride(from: first, through: known.upperBound - 14, by: 14).filter { $0 >= known.lowerBound && $0 + 13 >= 0 }
    }

    static func isRestDay(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int, day d: Int) -> Bool {
        guard problem.shift(grid, staff: s, day: d) < 0 else { return false }
        let previous = problem.shift(grid, staff: s, day: d - 1)
        return previous < 0 || (problem.shiftEnd[previous] ?? 0) <= 1440
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        let starts = fortnightStarts(problem)
        for f in starts {
            let rest = (f...(f + 13)).map { Self.isRestDay(problem, grid, staff: s, day: $0) }
            let count = rest.filter { $0 }.count
            let who = problem.staffID(s)
            let start = problem.date(ofDay: f), end = problem.date(ofDay: f + 13)
            if count < restDays {
                violations.add(id, hard: severity.isHard, amount: Double(restDays - count), unit: .days, weight: severity.weight) {
                    Violation.Details(staff: who, dates: problem.periodDates(f...(f + 13)), message: LocalizedText(
                        fr: "\(who) n'a que \(count) jour(s) de repos sur la quinzaine du \(Wording.dateFR(start)) au \(Wording.dateFR(end)) (minimum \(restDays)).",
                        en: "\(who) has only \(count) rest day(s) in the fortnight from \(start) to \(end) (minimum \(restDays))."))
                }
            }
            if sundayPair && !Self.hasSundayPair(rest, firstDay: f, problem) {
                violations.add(id, hard: severity.isHard, amount: 1, unit: .count, weight: severity.weight) {
                    Violation.Details(staff: who, dates: problem.periodDates(f...(f + 13)), message: LocalizedText(
                        fr: "\(who) n'a pas deux jours de repos consécutifs incluant un dimanche sur la quinzaine du \(Wording.dateFR(start)) au \(Wording.dateFR(end)).",
                        en: "\(who) has no two consecutive rest days including a Sunday in the fortnight from \(start) to \(end)."))
                }
            }
        }
    }

    /// Pairs of positions (inside the fortnight) made of a Sunday and the day before or after it.
    static func sundayPairs(firstDay f: Int, _ problem: PlanningProblem) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for k in 0..<14 where problem.weekday(ofDay: f + k) == 7 {
            if k > 0 { pairs.append((k - 1, k)) }
            if k < 13 { pairs.append((k, k + 1)) }
        }
        return pairs
    }

    static func hasSundayPair(_ rest: [Bool], firstDay f: Int, _ problem: PlanningProblem) -> Bool {
        sundayPairs(firstDay: f, problem).contains { rest[$0.0] && rest[$0.1] }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        let starts = fortnightStarts(problem)
        guard !starts.isEmpty else { return }
        for s in mip.encodedStaff {
            var restCache: [Int: LinearExpression] = [:]
            func restDay(_ d: Int) -> LinearExpression {
                if let cached = restCache[d] { return cached }
                let off = LinearExpression.constant(1) - mip.works(s, d)
                let notAfterNight = LinearExpression.constant(1) - mip.sum(s, d - 1) { (problem.shiftEnd[$0] ?? 0) > 1440 ? 1 : 0 }
                let result: LinearExpression
                if off.terms.isEmpty && notAfterNight.terms.isEmpty {
                    result = .constant(min(off.constant, notAfterNight.constant))
                } else {
                    let r = mip.model.addVariable("rest-day[\(problem.staffID(s)),\(problem.date(ofDay: d))]", kind: .continuous, upperBound: 1)
                    mip.addRow("rest-day-off[\(problem.staffID(s)),\(problem.date(ofDay: d))]", .variable(r) - off, upper: 0)
                    mip.addRow("rest-day-night[\(problem.staffID(s)),\(problem.date(ofDay: d))]", .variable(r) - notAfterNight, upper: 0)
                    result = .variable(r)
                }
                restCache[d] = result
                return result
            }
            for f in starts {
                let name = "\(problem.staffID(s)),\(problem.date(ofDay: f))"
                let total = (f...(f + 13)).reduce(LinearExpression()) { $0 + restDay($1) }
                mip.addFloor("fph33-days[\(name)]", total, lower: Double(restDays), severity: severity)
                if sundayPair {
                    var pairs = LinearExpression()
                    for (i, j) in Self.sundayPairs(firstDay: f, problem) {
                        let a = restDay(f + i), b = restDay(f + j)
                        if a.terms.isEmpty && b.terms.isEmpty {
                            pairs.constant += min(a.constant, b.constant)
                            continue
                        }
                        let q = mip.model.addVariable("sunday-pair[\(problem.staffID(s)),\(problem.date(ofDay: f + i))]", kind: .continuous, upperBound: 1)
                        mip.addRow("sunday-pair-a[\(problem.staffID(s)),\(problem.date(ofDay: f + i))]", .variable(q) - a, upper: 0)
                        mip.addRow("sunday-pair-b[\(problem.staffID(s)),\(problem.date(ofDay: f + i))]", .variable(q) - b, upper: 0)
                        pairs += .variable(q)
                    }
                    mip.addFloor("fph33-sunday[\(name)]", pairs, lower: 1, severity: severity)
                }
            }
        }
    }
}
