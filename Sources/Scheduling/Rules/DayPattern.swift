/// What a day counts as for the consecutive-days rules.
enum DayPattern: Sendable {
    case worked
    case night
    case off

    func holds(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int, day d: Int) -> Bool {
        let t = problem.shift(grid, staff: s, day: d)
        switch self {
        case .worked: return t >= 0
        case .night: return t >= 0 && problem.isNight[t]
        case .off: return t < 0
        }
    }

    func expression(_ mip: MIPEncoding, staff s: Int, day d: Int) -> LinearExpression {
        switch self {
        case .worked: return mip.works(s, d)
        case .night: return mip.worksNight(s, d)
        case .off: return .constant(1) - mip.works(s, d)
        }
    }

    /// Maximal runs [first, last] of days where the pattern holds, within `days`.
    func runs(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int, days: Range<Int>) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start: Int?
        for d in days {
            if holds(problem, grid, staff: s, day: d) {
                if start == nil { start = d }
            } else if let first = start {
                result.append(first...(d - 1))
                start = nil
            }
        }
        if let first = start, let last = days.last { result.append(first...last) }
        return result
    }

    /// The maximal runs of `known` where the pattern holds that meet `days` or the day just
    /// before or after them, each whole (followed beyond `days` as far as it goes).
    func runs(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int, near days: ClosedRange<Int>, within known: Range<Int>) -> [ClosedRange<Int>] {
        var first = Swift.max(days.lowerBound - 1, known.lowerBound), last = Swift.min(days.upperBound + 1, known.upperBound - 1)
        guard first <= last else { return [] }
        while first > known.lowerBound, holds(problem, grid, staff: s, day: first - 1) { first -= 1 }
        while last < known.upperBound - 1, holds(problem, grid, staff: s, day: last + 1) { last += 1 }
        return runs(problem, grid, staff: s, days: first..<(last + 1))
    }

    var nounFR: String {
        switch self {
        case .worked: "jours travaillés"
        case .night: "nuits"
        case .off: "jours de repos"
        }
    }

    var nounEN: String {
        switch self {
        case .worked: "worked days"
        case .night: "nights"
        case .off: "days off"
        }
    }
}
