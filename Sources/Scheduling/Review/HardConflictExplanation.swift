/// Why a hard rule is still broken in a proposal, in hospital terms: the agent's cells that
/// the rule involves, which of them are imposed (locked by the cadre, carried over from last
/// month's roster, or a day of absence), and so whether the conflict comes from the imposed
/// cells themselves, which only the cadre can lift, or was left by the search.
public struct HardConflictExplanation: Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Every worked cell the rule involves is imposed: the conflict is in the input.
        case imposed
        /// Some involved cells are free: the search did not resolve it in its budget.
        case unresolved
    }

    /// Where an involved cell's content comes from.
    public enum Source: String, Sendable, Codable {
        case lock, history, absence, free
    }

    public struct Cell: Sendable, Codable, Hashable {
        public var date: CivilDate
        /// The shift worked, nil for a day off.
        public var shift: ShiftCode?
        public var source: Source
    }

    public var violation: Violation
    public var kind: Kind
    public var cells: [Cell]
    public var message: LocalizedText

    /// Explains every hard violation of `report` other than uncovered minimum posts (which
    /// `UncoveredPostExplanation` explains).
    public static func explain(_ problem: PlanningProblem, _ grid: ShiftGrid, _ report: EvaluationReport) -> [HardConflictExplanation] {
        report.hardViolations.filter { $0.rule != CoverageRule.minimumID }.map { explain(problem, grid, $0) }
    }

    static func explain(_ problem: PlanningProblem, _ grid: ShiftGrid, _ violation: Violation) -> HardConflictExplanation {
        guard let id = violation.staff, let s = problem.staffIndex[id] else {
            return HardConflictExplanation(violation: violation, kind: .unresolved, cells: [], message: unresolvedSentence(violation, []))
        }
        let period = problem.scenario.period
        let days = violation.dates.map { period.index(of: $0) }
        let first = max(-problem.historyLength, days.min() ?? 0), last = min(problem.dayCount - 1, days.max() ?? problem.dayCount - 1)
        var cells: [Cell] = []
        if first <= last {
            for d in first...last {
                let t = problem.shift(grid, staff: s, day: d)
                let source: Source = d < 0 ? .history
                    : problem.lock[s][d] != nil ? .lock
                    : problem.absence[s][d] != nil ? .absence : .free
                cells.append(Cell(date: problem.date(ofDay: d), shift: t >= 0 ? problem.shifts[t].code : nil, source: source))
            }
        }
        let worked = cells.filter { $0.shift != nil }
        let imposed = !worked.isEmpty && worked.allSatisfy { $0.source != .free }
        let message = imposed ? imposedSentence(violation, id, worked) : unresolvedSentence(violation, cells)
        return HardConflictExplanation(violation: violation, kind: imposed ? .imposed : .unresolved, cells: cells, message: message)
    }

    static func imposedSentence(_ violation: Violation, _ who: StaffID, _ worked: [Cell]) -> LocalizedText {
        func list(_ fr: Bool) -> String {
            worked.map { cell in
                let source = switch cell.source {
                case .lock: fr ? "verrou" : "lock"
                case .history: fr ? "mois précédent" : "last month"
                case .absence: fr ? "absence" : "absence"
                case .free: fr ? "libre" : "free"
                }
                return "\(cell.shift!.rawValue) \(fr ? "le \(Wording.dateFR(cell.date))" : "on \(cell.date)") (\(source))"
            }.joined(separator: ", ")
        }
        return LocalizedText(
            fr: "Conflit dans les données : les postes imposés de \(who) — \(list(true)) — enfreignent à eux seuls \(violation.rule). \(violation.message.fr) Levez un verrou, corrigez le mois précédent ou justifiez une dérogation.",
            en: "Conflict in the input: the imposed shifts of \(who) — \(list(false)) — break \(violation.rule) by themselves. \(violation.message.en) Lift a lock, correct last month's roster or justify an exception.")
    }

    static func unresolvedSentence(_ violation: Violation, _ cells: [Cell]) -> LocalizedText {
        let free = cells.filter { $0.source == .free }.count
        return LocalizedText(
            fr: "Non résolu par la recherche : \(violation.message.fr)\(free > 0 ? " \(free) jour(s) en cause restent modifiables : un calcul plus long ou un échange manuel peut le lever." : "")",
            en: "Not resolved by the search: \(violation.message.en)\(free > 0 ? " \(free) day(s) involved can still change: a longer run or a manual swap may resolve it." : "")")
    }
}
