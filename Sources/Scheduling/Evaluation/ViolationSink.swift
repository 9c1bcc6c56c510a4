/// Where a rule puts what it finds in a roster. A full sink collects every violation with its
/// sentence for the cadre (reports, explanations); a cost-only sink — the local search's inner
/// loop, which judges tens of thousands of moves a second — keeps only the sums the search
/// compares, and no sentence is written there. The same rule code serves both: each rule
/// exists once.
public struct ViolationSink: Sendable {
    /// Which violations keep their details.
    public enum Kept: Sendable {
        /// Every violation (reports, explanations).
        case all
        /// Hard violations only: the few a search aims at, without writing every soft penalty's sentence.
        case hard
        /// None: the sums only.
        case none
    }

    public let kept: Kept
    /// The violations found, with their details (only those `kept` asks for).
    public private(set) var violations: [Violation] = []
    /// What every violation found adds up to (whatever is kept).
    private(set) var cost = PartCost()

    public init(keeping kept: Kept = .all) {
        self.kept = kept
        if kept == .all { violations.reserveCapacity(64) }
    }

    /// Records one violation. `details` (agent, dates, the sentence) is called only when the
    /// sink keeps this violation.
    public mutating func add(_ rule: RuleID, hard: Bool, amount: Double, unit: PenaltyUnit, weight: Double,
                             _ details: () -> Violation.Details) {
        cost.add(rule: rule, hard: hard, amount: amount, unit: unit, penalty: amount * weight)
        guard kept == .all || (kept == .hard && hard) else { return }
        let d = details()
        violations.append(Violation(rule: rule, hard: hard, staff: d.staff, dates: d.dates, shift: d.shift, skill: d.skill,
                                    amount: amount, unit: unit, weight: weight, message: d.message))
    }

    /// Empties the sink, keeping its storage.
    public mutating func removeAll() {
        violations.removeAll(keepingCapacity: true)
        cost = PartCost()
    }
}

extension Violation {
    /// What a violation says beyond its cost: who, when, which shift or skill, and the sentence.
    public struct Details: Sendable {
        public var staff: StaffID?
        public var dates: [CivilDate]
        public var shift: ShiftCode?
        public var skill: Skill?
        public var message: LocalizedText

        public init(staff: StaffID? = nil, dates: [CivilDate] = [], shift: ShiftCode? = nil, skill: Skill? = nil, message: LocalizedText) {
            self.staff = staff
            self.dates = dates
            self.shift = shift
            self.skill = skill
            self.message = message
        }
    }
}

/// What some violations add up to for the search: hard violations (minimum staffing aside,
/// which is priced), their size, and the penalty.
struct PartCost: Sendable {
    var hard = 0
    var hardAmount = 0.0
    var penalty = 0.0

    init(hard: Int = 0, hardAmount: Double = 0, penalty: Double = 0) {
        self.hard = hard
        self.hardAmount = hardAmount
        self.penalty = penalty
    }

    init(_ violations: [Violation]) {
        for v in violations { add(rule: v.rule, hard: v.hard, amount: v.amount, unit: v.unit, penalty: v.penalty) }
    }

    static func + (a: PartCost, b: PartCost) -> PartCost {
        PartCost(hard: a.hard + b.hard, hardAmount: a.hardAmount + b.hardAmount, penalty: a.penalty + b.penalty)
    }

    static func - (a: PartCost, b: PartCost) -> PartCost {
        PartCost(hard: a.hard - b.hard, hardAmount: a.hardAmount - b.hardAmount, penalty: a.penalty - b.penalty)
    }

    /// Each hard violation counts 1 plus its size (in days, shifts… or, for rules measured in
    /// minutes, in 8-hour shifts), so that shrinking a breach is progress.
    mutating func add(rule: RuleID, hard: Bool, amount: Double, unit: PenaltyUnit, penalty: Double) {
        if hard && rule != CoverageRule.minimumID {
            self.hard += 1
            hardAmount += 1 + (unit == .minutes ? amount / 480 : amount)
        }
        self.penalty += penalty
    }
}
