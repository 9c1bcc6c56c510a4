/// What one agent's line (her shift or rest on each day of the period) must respect, read from
/// the unit's rules, for the line builder (`AgentLineBuilder`): the rules of Curtois–Qu and of
/// units written like them — fixed days off and absences, locks, allowed shifts, forbidden
/// successions, maximum shifts per type, contract minutes, maximum and minimum consecutive
/// worked days, minimum consecutive days off, maximum worked weekends.
///
/// A unit with another hard rule on an agent's line (daily or weekly rest, rolling seven days,
/// night runs…) or with a history before the period has no limits here: the builder only
/// proposes lines it can vouch for, and the evaluator judges every roster anyway.
struct AgentLineLimits: Sendable {
    /// The values allowed on each day: −1 for a rest, or a shift type index.
    var choices: [[Int]]
    /// The shift types that appear among the choices, in order.
    var workTypes: [Int] = []
    var maxConsecutiveWork: Int?
    /// 1 when no minimum applies.
    var minConsecutiveWork: Int
    /// 1 when no minimum applies.
    var minConsecutiveOff: Int
    var maxWeekends: Int?
    var minMinutes: Int?
    var maxMinutes: Int?
    /// Per shift type, the most times it may be worked over the period (nil: no limit).
    var maxShifts: [Int?]

    /// Rules whose breaches on one agent's line the builder knows (or, for coverage and
    /// requests, prices day by day).
    static let knownRules: Set<RuleID> = [
        "ABSENCE", "SHIFT-ALLOWED", "LOCK", "SUCCESSION", "MAX-SHIFTS-TYPE", ContractHoursRule.ruleID,
        "MAX-CONSEC-WORK", "MIN-CONSEC-WORK", "MIN-CONSEC-OFF", "MAX-WEEKENDS", "COVER", "REQUEST",
    ]

    /// True when every rule the limits come from is hard: then a line outside them is never
    /// legal, and a bound over the lines within them bounds every legal roster (`LineBound`).
    /// A soft one (a unit that only prices worked weekends, say) is still kept by the lines
    /// built, as a heuristic choice, but then no bound is read from them.
    static func allHard(_ rules: [any RosterRule]) -> Bool {
        rules.allSatisfy { rule in
            switch rule {
            case let rule as MaxConsecutiveRule: rule.severity.isHard
            case let rule as MinConsecutiveRule: rule.severity.isHard
            case let rule as MaxWorkedWeekendsRule: rule.severity.isHard
            case let rule as ContractHoursRule: rule.severity.isHard
            default: true
            }
        }
    }

    /// Each agent's limits, or nil when the unit has a rule or a history the builder does not know.
    static func all(for problem: PlanningProblem, rules: [any RosterRule]) -> [AgentLineLimits]? {
        guard problem.historyLength == 0, rules.allSatisfy({ knownRules.contains($0.id) }) else { return nil }
        return (0..<problem.staffCount).map { s in limits(problem, s, rules) }
    }

    private static func limits(_ problem: PlanningProblem, _ s: Int, _ rules: [any RosterRule]) -> AgentLineLimits {
        var limits = AgentLineLimits(choices: [], maxConsecutiveWork: nil, minConsecutiveWork: 1, minConsecutiveOff: 1, maxWeekends: nil,
                                     minMinutes: nil, maxMinutes: nil, maxShifts: problem.maxShifts[s])
        for rule in rules {
            switch rule {
            case let rule as MaxConsecutiveRule where rule.pattern == .worked:
                limits.maxConsecutiveWork = rule.limit(problem, s)
            case let rule as MinConsecutiveRule where rule.pattern == .worked:
                limits.minConsecutiveWork = max(1, rule.limit(problem, s) ?? 1)
            case let rule as MinConsecutiveRule where rule.pattern == .off:
                limits.minConsecutiveOff = max(1, rule.limit(problem, s) ?? 1)
            case let rule as MaxWorkedWeekendsRule:
                limits.maxWeekends = rule.limit(problem, s)
            case let rule as ContractHoursRule:
                (limits.minMinutes, limits.maxMinutes) = ContractHoursRule.bounds(problem, s, overtimeAllowed: rule.overtimeAllowed,
                                                                                 overtimeCap: rule.overtimeCapMinutes)
            default:
                break
            }
        }
        let types = (0..<problem.shiftCount).filter { problem.allowed[s][$0] && limits.maxShifts[$0] != 0 }
        limits.choices = (0..<problem.dayCount).map { d in
            if let locked = problem.lock[s][d] { return [locked] }
            return problem.absence[s][d] != nil ? [ShiftGrid.off] : [ShiftGrid.off] + types
        }
        limits.workTypes = Set(limits.choices.joined()).filter { $0 >= 0 }.sorted()
        return limits
    }

    /// The breaches of the period-wide limits by a line (0 when it keeps them all), in shifts
    /// of `unitMinutes` for minutes: what the builder narrows when no line keeps them.
    func excess(minutes: Int, weekends: Int, counts: [Int], unitMinutes: Double) -> Double {
        var total = minutesExcess(minutes, unitMinutes: unitMinutes)
        total += weekendsExcess(weekends)
        for (t, count) in counts.enumerated() { total += typeExcess(t, count: count) }
        return total
    }

    /// The minutes' part of `excess`.
    func minutesExcess(_ minutes: Int, unitMinutes: Double) -> Double {
        if let low = minMinutes, minutes < low { return Double(low - minutes) / unitMinutes }
        if let high = maxMinutes, minutes > high { return Double(minutes - high) / unitMinutes }
        return 0
    }

    /// The weekends' part of `excess`.
    func weekendsExcess(_ weekends: Int) -> Double {
        guard let most = maxWeekends, weekends > most else { return 0 }
        return Double(weekends - most)
    }

    /// Shift type t's part of `excess` when worked `count` times.
    func typeExcess(_ t: Int, count: Int) -> Double {
        guard let most = maxShifts[t], count > most else { return 0 }
        return Double(count - most)
    }
}
