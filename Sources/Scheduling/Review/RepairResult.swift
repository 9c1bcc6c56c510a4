/// A repaired roster with what a cadre needs to act on it: every changed cell and why it
/// changed, and the list of agents to notify (« à prévenir »).
public struct RepairResult: Sendable {
    /// Why a cell differs from the current roster.
    public enum ChangeKind: String, Sendable, Codable {
        /// The agent is now absent that day: the shift is cancelled.
        case absence
        /// The cell is locked by the cadre at another value.
        case lock
        /// Moved by the repair (« other changes »).
        case repair

        /// The origin a cell changed this way gets: a cadre's lock is her decision.
        public var origin: CellOrigin {
            switch self {
            case .absence: .absence
            case .lock: .cadre
            case .repair: .repair
            }
        }
    }

    /// How a rule would move if one changed cell alone went back to its current value.
    public struct RuleEffect: Sendable, Codable, Hashable {
        public var rule: RuleID
        public var hardDelta: Int
        public var penaltyDelta: Double
    }

    public struct Change: Sendable, Codable, Hashable {
        public var staff: StaffID
        public var date: CivilDate
        public var before: ShiftCode?
        public var after: ShiftCode?
        public var kind: ChangeKind
        /// Violations of the roster left by the disruption (`cancelled`) on this agent and date,
        /// or on this date's demand for the old or new shift, that the repaired roster no longer has.
        public var resolves: [Violation]
        /// What undoing this change alone would break or cost (repair changes only).
        public var revertEffects: [RuleEffect]
    }

    /// One agent's changes, to tell them (absence cancellations left out: they know).
    public struct Notice: Sendable, Codable, Hashable {
        public var staff: StaffID
        public var changes: [Change]
    }

    /// The unit's problem after the disruption, without the change terms.
    public let problem: PlanningProblem
    public var current: ShiftGrid
    public var grid: ShiftGrid
    public var roster: Roster
    /// The evaluator's report on the repaired roster, under the unit's rules only.
    public var report: EvaluationReport
    /// The current roster judged under the same rules (agents still rostered while absent…).
    public var currentReport: EvaluationReport
    /// The current roster once the disruption is applied and nothing else moved: shifts on the
    /// new absences cancelled, locked cells set. Its violations are what the repair must fix.
    public var cancelled: ShiftGrid
    public var cancelledReport: EvaluationReport
    public var summary: RosterChangeSummary
    public var changes: [Change]
    /// The repair's own objective (unit rules + change terms), as the solver saw it, and the
    /// evaluator's score of the same roster under the same terms; they must be equal.
    public var solverObjective: Double?
    public var referencedObjective: Double?

    /// True when the solver and the evaluator disagree (a bug in one of them).
    public var objectiveMismatch: Bool {
        guard let solverObjective, let referencedObjective else { return false }
        return abs(solverObjective - referencedObjective) > 1e-6 * max(1, abs(referencedObjective))
    }
    public var changeWeight: Double
    public var elapsedSeconds: Double
    public var steps: Int
    public var phases: [String]

    /// Cells moved by the repair itself, beyond cancelled absences and locked cells.
    public var otherChanges: Int { changes.filter { $0.kind == .repair }.count }
    public var notices: [Notice] {
        var order: [StaffID] = []
        var byStaff: [StaffID: [Change]] = [:]
        for change in changes where change.kind != .absence {
            if byStaff[change.staff] == nil { order.append(change.staff) }
            byStaff[change.staff, default: []].append(change)
        }
        return order.map { Notice(staff: $0, changes: byStaff[$0]!) }
    }

    /// Judges `repaired` against `current` for `problem` (without reference terms). The
    /// repaired roster records each cell's origin: a changed cell's is its `ChangeKind.origin`,
    /// an unchanged one keeps its `currentOrigins` entry (`.unknown` when not recorded).
    public init(problem: PlanningProblem, current: ShiftGrid, repaired: ShiftGrid, elapsedSeconds: Double, steps: Int,
                phases: [String], changeWeight: Double, currentOrigins: CellOriginGrid? = nil) {
        let unit = problem.withoutReferences
        self.problem = unit
        self.current = current
        grid = repaired
        self.elapsedSeconds = elapsedSeconds
        self.steps = steps
        self.phases = phases
        self.changeWeight = changeWeight
        let evaluator = Evaluator(problem: unit)
        report = evaluator.evaluate(repaired)
        currentReport = evaluator.evaluate(current)
        cancelled = RosterRepair.startingGrid(unit, current: current)
        cancelledReport = evaluator.evaluate(cancelled)
        summary = RosterChangeSummary(problem: unit, before: current, beforeReport: currentReport, after: repaired, afterReport: report)
        let resolved = RosterChangeSummary.difference(cancelledReport.violations, report.violations).resolved
        let penaltyAfter = Self.penalties(report)
        var changes: [Change] = []
        var origins = currentOrigins ?? CellOriginGrid(staffCount: unit.staffCount, dayCount: unit.dayCount, filling: .unknown)
        for s in 0..<unit.staffCount {
            for d in 0..<unit.dayCount where current[s, d] != repaired[s, d] {
                let kind: ChangeKind = unit.lock[s][d] != nil ? .lock : (unit.absence[s][d] != nil && repaired[s, d] < 0 ? .absence : .repair)
                let id = unit.staffID(s), date = unit.dates[d], after = unit.code(of: repaired[s, d])
                origins[s, d] = kind.origin
                let resolves = resolved.filter { v in
                    guard let first = v.dates.first, let last = v.dates.last, first <= date, date <= last else { return false }
                    return v.staff == id || (v.staff == nil && (v.shift == nil || v.shift == after || v.shift == unit.code(of: current[s, d])))
                }
                var effects: [RuleEffect] = []
                if kind == .repair {
                    var reverted = repaired
                    reverted[s, d] = current[s, d]
                    let penaltyReverted = Self.penalties(evaluator.evaluate(reverted))
                    for rule in Set(penaltyReverted.keys).union(penaltyAfter.keys).sorted() {
                        let a = penaltyAfter[rule] ?? (0, 0), b = penaltyReverted[rule] ?? (0, 0)
                        if b.hard != a.hard || abs(b.penalty - a.penalty) > 1e-9 {
                            effects.append(RuleEffect(rule: rule, hardDelta: b.hard - a.hard, penaltyDelta: b.penalty - a.penalty))
                        }
                    }
                }
                changes.append(Change(staff: id, date: date, before: unit.code(of: current[s, d]), after: after, kind: kind,
                                      resolves: resolves, revertEffects: effects))
            }
        }
        self.changes = changes
        roster = unit.roster(from: repaired, origins: origins)
    }

    static func penalties(_ report: EvaluationReport) -> [RuleID: (hard: Int, penalty: Double)] {
        var table: [RuleID: (hard: Int, penalty: Double)] = [:]
        for v in report.violations {
            let entry = table[v.rule] ?? (0, 0)
            table[v.rule] = (entry.hard + (v.hard ? 1 : 0), entry.penalty + v.penalty)
        }
        return table
    }
}
