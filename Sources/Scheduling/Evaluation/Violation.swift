/// One broken rule (hard) or one penalty (soft) found in a roster.
public struct Violation: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var hard: Bool
    /// The agent concerned, nil for unit-wide rules (coverage, fairness).
    public var staff: StaffID?
    /// The dates concerned (first to last), empty for whole-period rules.
    public var dates: [CivilDate]
    public var shift: ShiftCode?
    /// The skill of a demand line (coverage rules), nil otherwise.
    public var skill: Skill?
    /// How much the rule is broken, in `unit`.
    public var amount: Double
    public var unit: PenaltyUnit
    /// Price of one unit (0 for a hard rule that solvers never trade).
    public var weight: Double
    /// A sentence a cadre understands, in French and English.
    public var message: LocalizedText

    /// `amount × weight`: what this violation adds to the objective.
    public var penalty: Double { amount * weight }

    public init(rule: RuleID, hard: Bool, staff: StaffID? = nil, dates: [CivilDate] = [], shift: ShiftCode? = nil, skill: Skill? = nil,
                amount: Double, unit: PenaltyUnit, weight: Double, message: LocalizedText) {
        self.skill = skill
        self.rule = rule
        self.hard = hard
        self.staff = staff
        self.dates = dates
        self.shift = shift
        self.amount = amount
        self.unit = unit
        self.weight = weight
        self.message = message
    }
}

/// The unit in which a violation is measured.
public enum PenaltyUnit: String, Sendable, Hashable, Codable {
    case minutes, hours, days, shifts, persons, weekends, requests, nights, holidays, count
}

/// A sentence in French (the default) and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String
    public init(fr: String, en: String) { self.fr = fr; self.en = en }
    public func text(_ language: Language) -> String { language == .fr ? fr : en }
}

public enum Language: String, Sendable, CaseIterable, Codable {
    case fr, en
}
