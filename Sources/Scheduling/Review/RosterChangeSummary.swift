/// A compact, self-contained summary of what changed between two rosters of the same unit and
/// period: the changed cells, the objective before and after, and per rule the violations
/// introduced and resolved. It is the minimal diff shown after an edit or a repair; the full
/// explainable diff (effects per change, renderings) is `RosterDiff`'s job.
public struct RosterChangeSummary: Sendable, Codable {
    /// One changed cell; `nil` is a day off.
    public struct CellChange: Sendable, Codable, Hashable {
        public var staff: StaffID
        public var date: CivilDate
        public var before: ShiftCode?
        public var after: ShiftCode?
    }

    /// How one rule moved.
    public struct RuleChange: Sendable, Codable, Hashable {
        public var rule: RuleID
        public var hardIntroduced: Int
        public var hardResolved: Int
        public var softIntroduced: Int
        public var softResolved: Int
        public var penaltyBefore: Double
        public var penaltyAfter: Double
    }

    public var changes: [CellChange]
    public var objectiveBefore: Double
    public var objectiveAfter: Double
    public var hardBefore: Int
    public var hardAfter: Int
    /// Rules whose violations or penalty changed, in rule order.
    public var rules: [RuleChange]
    /// Hard violations found after and not before, and the reverse.
    public var hardIntroduced: [Violation]
    public var hardResolved: [Violation]

    public var objectiveDelta: Double { objectiveAfter - objectiveBefore }

    /// Compares `after` with `before`, both judged by the same problem's evaluator.
    /// - Complexity: O(cells + violations).
    public init(problem: PlanningProblem, before: ShiftGrid, beforeReport: EvaluationReport, after: ShiftGrid, afterReport: EvaluationReport) {
        var changes: [CellChange] = []
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where before[s, d] != after[s, d] {
                changes.append(CellChange(staff: problem.staffID(s), date: problem.dates[d],
                                          before: problem.code(of: before[s, d]), after: problem.code(of: after[s, d])))
            }
        }
        self.changes = changes
        objectiveBefore = beforeReport.objective
        objectiveAfter = afterReport.objective
        hardBefore = beforeReport.hardViolations.count
        hardAfter = afterReport.hardViolations.count
        let (introduced, resolved) = Self.difference(beforeReport.violations, afterReport.violations)
        hardIntroduced = introduced.filter(\.hard)
        hardResolved = resolved.filter(\.hard)
        let penaltyBefore = Dictionary(beforeReport.violations.map { ($0.rule, $0.penalty) }, uniquingKeysWith: +)
        let penaltyAfter = Dictionary(afterReport.violations.map { ($0.rule, $0.penalty) }, uniquingKeysWith: +)
        let ruleIDs = Set(introduced.map(\.rule)).union(resolved.map(\.rule))
            .union(Set(penaltyBefore.keys).union(penaltyAfter.keys).filter { abs((penaltyBefore[$0] ?? 0) - (penaltyAfter[$0] ?? 0)) > 1e-9 })
        rules = ruleIDs.sorted().map { rule in
            RuleChange(rule: rule,
                       hardIntroduced: introduced.filter { $0.rule == rule && $0.hard }.count,
                       hardResolved: resolved.filter { $0.rule == rule && $0.hard }.count,
                       softIntroduced: introduced.filter { $0.rule == rule && !$0.hard }.count,
                       softResolved: resolved.filter { $0.rule == rule && !$0.hard }.count,
                       penaltyBefore: penaltyBefore[rule] ?? 0, penaltyAfter: penaltyAfter[rule] ?? 0)
        }
    }

    /// What identifies a violation across two rosters: rule, subject, dates, shift and skill
    /// (not its amount or sentence, which may change while the violation stays).
    struct Key: Hashable {
        var rule: RuleID
        var staff: StaffID?
        var dates: [CivilDate]
        var skill: Skill?
        var shift: ShiftCode?
        init(_ v: Violation) {
            rule = v.rule; staff = v.staff; dates = v.dates; skill = v.skill
            // Unit-wide violations (coverage) name the demand's shift; an agent's violation names
            // the shift held, which may change while the violation stays.
            shift = v.staff == nil ? v.shift : nil
        }
    }

    /// Violations of `after` with no counterpart in `before` (introduced) and the reverse
    /// (resolved), matched as multisets of keys.
    static func difference(_ before: [Violation], _ after: [Violation]) -> (introduced: [Violation], resolved: [Violation]) {
        var remaining: [Key: Int] = [:]
        for v in before { remaining[Key(v), default: 0] += 1 }
        var introduced: [Violation] = []
        for v in after {
            let key = Key(v)
            if let n = remaining[key], n > 0 { remaining[key] = n - 1 } else { introduced.append(v) }
        }
        var afterCount: [Key: Int] = [:]
        for v in after { afterCount[Key(v), default: 0] += 1 }
        var resolved: [Violation] = []
        for v in before {
            let key = Key(v)
            if let n = afterCount[key], n > 0 { afterCount[key] = n - 1 } else { resolved.append(v) }
        }
        return (introduced, resolved)
    }
}

extension PlanningProblem {
    /// The shift code of a grid value, nil for a day off.
    public func code(of t: Int) -> ShiftCode? { t < 0 ? nil : shifts[t].code }
}
