/// The moves of the local search, drawn at random among the cells it may change.
enum LocalMove: Int, CaseIterable, Sendable {
    /// One agent, one day: another shift or a day off.
    case changeCell
    /// Two agents exchange their shifts on one date.
    case swapOnDate
    /// Two agents exchange a block of 2 to 7 consecutive days.
    case swapBlock
    /// One agent takes the same shift, or rest, on 2 to 5 consecutive days: a whole run of work
    /// added or removed at once, where one cell at a time would break a minimum run length.
    case changeBlock
}

/// Which values each cell may take in a move: never a locked cell, never work on a day of
/// absence, never a shift the agent may not work. (A roster that breaks those rules stays
/// as it is in those cells; the other rules are the search's business.)
struct MoveSpace: Sendable {
    let staffCount: Int
    let dayCount: Int
    /// `choices[s][d]`: the values (−1 for off) the cell may take; empty when fixed.
    let choices: [[[Int]]]

    init(problem: PlanningProblem) {
        staffCount = problem.staffCount
        dayCount = problem.dayCount
        let allowedShifts = (0..<problem.staffCount).map { s in (0..<problem.shiftCount).filter { problem.allowed[s][$0] } }
        choices = (0..<problem.staffCount).map { s in
            (0..<problem.dayCount).map { d in
                if problem.lock[s][d] != nil { return [] }
                if problem.absence[s][d] != nil { return [] }
                return [-1] + allowedShifts[s]
            }
        }
    }

    func isFree(_ s: Int, _ d: Int) -> Bool { !choices[s][d].isEmpty }

    /// Whether agent s may take value t on day d.
    func accepts(_ s: Int, _ d: Int, _ t: Int) -> Bool { choices[s][d].contains(t) }

    /// A random move of the given kind around `grid`, or nil when the draw found nothing to change.
    func draw<G: RandomNumberGenerator>(_ kind: LocalMove, _ grid: ShiftGrid, focusDay: Int?, using rng: inout G) -> [CellChange]? {
        guard staffCount > 0, dayCount > 0 else { return nil }
        switch kind {
        case .changeCell:
            let s = Int.random(in: 0..<staffCount, using: &rng)
            let d = focusDay ?? Int.random(in: 0..<dayCount, using: &rng)
            let options = choices[s][d]
            guard options.count > 1 else { return nil }
            var t = options[Int.random(in: 0..<options.count, using: &rng)]
            if t == grid[s, d] { t = options[(options.firstIndex(of: t)! + 1) % options.count] }
            return [CellChange(staff: s, day: d, shift: t)]
        case .swapOnDate:
            guard staffCount > 1 else { return nil }
            let d = focusDay ?? Int.random(in: 0..<dayCount, using: &rng)
            let a = Int.random(in: 0..<staffCount, using: &rng)
            var b = Int.random(in: 0..<(staffCount - 1), using: &rng)
            if b >= a { b += 1 }
            let ta = grid[a, d], tb = grid[b, d]
            guard ta != tb, accepts(a, d, tb), accepts(b, d, ta) else { return nil }
            return [CellChange(staff: a, day: d, shift: tb), CellChange(staff: b, day: d, shift: ta)]
        case .swapBlock:
            guard staffCount > 1, dayCount > 1 else { return nil }
            let length = Int.random(in: 2...min(7, dayCount), using: &rng)
            let centre = focusDay ?? Int.random(in: 0..<dayCount, using: &rng)
            let first = max(0, min(dayCount - length, centre - Int.random(in: 0..<length, using: &rng)))
            let a = Int.random(in: 0..<staffCount, using: &rng)
            var b = Int.random(in: 0..<(staffCount - 1), using: &rng)
            if b >= a { b += 1 }
            var changes: [CellChange] = []
            for d in first..<(first + length) {
                let ta = grid[a, d], tb = grid[b, d]
                if ta == tb { continue }
                guard accepts(a, d, tb), accepts(b, d, ta) else { return nil }
                changes.append(CellChange(staff: a, day: d, shift: tb))
                changes.append(CellChange(staff: b, day: d, shift: ta))
            }
            return changes.isEmpty ? nil : changes
        case .changeBlock:
            let length = Int.random(in: 2...max(2, min(5, dayCount)), using: &rng)
            guard dayCount >= length else { return nil }
            let s = Int.random(in: 0..<staffCount, using: &rng)
            let centre = focusDay ?? Int.random(in: 0..<dayCount, using: &rng)
            let first = max(0, min(dayCount - length, centre - Int.random(in: 0..<length, using: &rng)))
            let options = choices[s][first]
            guard options.count > 1 else { return nil }
            let t = options[Int.random(in: 0..<options.count, using: &rng)]
            var changes: [CellChange] = []
            for d in first..<(first + length) where grid[s, d] != t && accepts(s, d, t) {
                changes.append(CellChange(staff: s, day: d, shift: t))
            }
            return changes.isEmpty ? nil : changes
        }
    }
}
