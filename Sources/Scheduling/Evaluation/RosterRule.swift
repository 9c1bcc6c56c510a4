/// One rule of the catalogue, written once: it evaluates a roster and encodes itself as
/// linear rows. The evaluator, the MIP and (later) the local search all derive from it.
public protocol RosterRule: Sendable {
    var id: RuleID { get }
    /// Records every violation of this rule in `grid`.
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, into violations: inout ViolationSink)
    /// Adds the rule's rows, columns and objective terms to the MIP.
    func encode(into mip: inout MIPEncoding)
}

/// A rule about one agent's own line (rests, hours, consecutive days, her requests…): her
/// violations depend on her shifts only. The local search re-evaluates such a rule for the
/// agents a move touches and nobody else.
public protocol PersonalRule: RosterRule {
    /// Records the violations of this rule by agent s.
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink)
}

extension PersonalRule {
    public func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, into violations: inout ViolationSink) {
        for s in 0..<problem.staffCount { evaluate(grid, problem, staff: s, into: &violations) }
    }
}

/// Small helpers shared by the rules' messages.
enum Wording {
    static func hours(_ minutes: Int) -> String {
        let h = minutes / 60, m = abs(minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m < 10 ? "0" : "")\(m)"
    }

    static func dateFR(_ date: CivilDate) -> String {
        let months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return "\(date.day) \(months[date.month - 1])"
    }

    static func plural(_ n: Int, _ word: String) -> String { n > 1 ? "\(n) \(word)s" : "\(n) \(word)" }
}
