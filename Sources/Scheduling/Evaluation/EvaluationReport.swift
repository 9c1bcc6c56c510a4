/// Everything the evaluator found in a roster: every hard violation and every soft penalty.
public struct EvaluationReport: Sendable, Codable {
    public var violations: [Violation]

    public init(violations: [Violation]) { self.violations = violations }

    public var hardViolations: [Violation] { violations.filter(\.hard) }
    public var softViolations: [Violation] { violations.filter { !$0.hard } }
    public var isFeasible: Bool { !violations.contains(where: \.hard) }

    /// Sum of soft penalties (the benchmark score).
    public var softPenalty: Double { violations.reduce(0) { $1.hard ? $0 : $0 + $1.penalty } }

    /// What a solver minimises: soft penalties plus the priced hard shortfalls
    /// (minimum staffing missed, at `minimumShortfallWeight` per person).
    public var objective: Double { violations.reduce(0) { $0 + $1.penalty } }

    /// Penalty per rule, for summaries.
    public var penaltyByRule: [(rule: RuleID, hardCount: Int, amount: Double, penalty: Double)] {
        var order: [RuleID] = []
        var table: [RuleID: (Int, Double, Double)] = [:]
        for v in violations {
            if table[v.rule] == nil { order.append(v.rule); table[v.rule] = (0, 0, 0) }
            table[v.rule]!.0 += v.hard ? 1 : 0
            table[v.rule]!.1 += v.amount
            table[v.rule]!.2 += v.penalty
        }
        return order.sorted().map { ($0, table[$0]!.0, table[$0]!.1, table[$0]!.2) }
    }
}
