/// The part of a roster freed in one step of the large-neighbourhood search; every other
/// cell stays as in the incumbent.
struct Neighbourhood: Sendable {
    enum Kind: Int, CaseIterable, Sendable {
        /// Some agents over the whole period (swaps of whole lines between colleagues).
        case staff
        /// Every agent over a window of consecutive days.
        case days
        /// Some agents over a window of days.
        case block
    }

    var kind: Kind
    var staff: [Int]
    var days: Range<Int>

    func contains(staff s: Int, day d: Int, staffMask: [Bool]) -> Bool { staffMask[s] && days.contains(d) }

    /// Draws a neighbourhood of the given size. Agents are drawn preferably among colleagues
    /// of the same grade, who can take each other's shifts.
    /// When `focus` is given, the neighbourhood contains its agent and its dates.
    static func draw(_ kind: Kind, size: Double, problem: PlanningProblem, around focus: Violation? = nil,
                     using rng: inout SeededGenerator) -> Neighbourhood {
        let S = problem.staffCount, H = problem.dayCount
        let focusStaff = focus?.staff.flatMap { problem.staffIndex[$0] }
        // An uncovered post frees the agents who hold its skill (for example IOA nurses), so
        // that they can trade shifts among themselves around that date.
        let focusSkill = focus?.skill
        let focusDay = focus?.dates.first.map { min(H - 1, max(0, problem.scenario.period.index(of: $0))) }
        func window(_ width: Int) -> Range<Int> {
            let width = min(H, width)
            guard let day = focusDay else {
                let start = Int.random(in: 0...(H - width), using: &rng)
                return start..<(start + width)
            }
            let start = min(H - width, max(0, day - Int.random(in: 0..<width, using: &rng)))
            return start..<(start + width)
        }
        switch kind {
        case .staff:
            return Neighbourhood(kind: kind, staff: drawStaff(count: max(2, Int(size)), problem: problem, first: focusStaff, skill: focusSkill, using: &rng), days: 0..<H)
        case .days:
            return Neighbourhood(kind: kind, staff: Array(0..<S), days: window(max(2, Int(size))))
        case .block:
            return Neighbourhood(kind: kind, staff: drawStaff(count: max(2, Int(size)), problem: problem, first: focusStaff, skill: focusSkill, using: &rng),
                                 days: window(max(7, H / 2)))
        }
    }

    static func drawStaff(count: Int, problem: PlanningProblem, first chosenFirst: Int? = nil, skill: Skill? = nil,
                          using rng: inout SeededGenerator) -> [Int] {
        let S = problem.staffCount
        guard count < S else { return Array(0..<S) }
        let holders = skill.map { skill in (0..<S).filter { problem.skills[$0].contains(skill) } } ?? []
        let first = chosenFirst ?? (holders.isEmpty ? Int.random(in: 0..<S, using: &rng) : holders[Int.random(in: 0..<holders.count, using: &rng)])
        let grade = problem.staff[first].grade
        let sameGroup: (Int) -> Bool = { s in skill.map { problem.skills[s].contains($0) } ?? (problem.staff[s].grade == grade) }
        var colleagues = (0..<S).filter { $0 != first && sameGroup($0) }.shuffled(using: &rng)
        var others = (0..<S).filter { $0 != first && !sameGroup($0) }.shuffled(using: &rng)
        var chosen = [first]
        while chosen.count < count {
            // three colleagues for one agent of another grade, as long as both lists last
            if !colleagues.isEmpty && (others.isEmpty || Int.random(in: 0..<4, using: &rng) < 3) {
                chosen.append(colleagues.removeLast())
            } else if !others.isEmpty {
                chosen.append(others.removeLast())
            } else { break }
        }
        return chosen
    }
}
