/// The summary of one agent's month that a nurse could be handed: hours against her target,
/// nights, weekends and public holidays worked, each request met or refused — and, when
/// refused, what honouring it would have cost (found by trying it) — the rules applied to her
/// with their weights, and the facts of last month that constrained this one.
public struct PersonSummary: Sendable, Codable {
    /// One request (désidérata) on one day and what became of it.
    public struct RequestOutcome: Sendable, Codable, Hashable {
        public var date: CivilDate
        public var kind: StaffRequest.Kind
        public var shift: ShiftCode?
        public var priority: StaffRequest.Priority?
        public var weight: Double
        /// What she is rostered on that day (nil: off).
        public var rostered: ShiftCode?
        public var honoured: Bool
        /// For a refused request: the cheapest way found to honour it (her cell alone, or a
        /// swap with a colleague), nil when nothing was tried or nothing can honour it.
        public var cheapestWayToHonour: CellExplanation.Alternative?
        /// The rules that way would worsen: why the request was refused.
        public var obstacles: [ViolationChange]
    }

    /// A rule that applies to her, with its setting for her and its weight.
    public struct AppliedRule: Sendable, Codable, Hashable {
        public var rule: RuleID
        public var hard: Bool
        /// Price per unit of violation, nil for a hard rule.
        public var weight: Double?
        public var setting: LocalizedText
    }

    /// A fact of last month (the scenario's history) that constrains this month.
    public struct HistoryFact: Sendable, Codable, Hashable {
        public enum Kind: String, Sendable, Codable, Hashable {
            case lastShift, consecutiveWorkedDays, consecutiveNights, civilWeekMinutes, rollingSevenDaysMinutes, hourBalance, consecutiveWeekends
        }
        public var kind: Kind
        public var dates: [CivilDate]
        public var message: LocalizedText
    }

    public struct ShiftCount: Sendable, Codable, Hashable {
        public var shift: ShiftCode
        public var count: Int
    }

    public var staff: StaffID
    public var name: String
    public var grade: Skill
    public var quotite: Int?
    public var workedMinutes: Int
    /// Contract target over the period, before and after the carried hour balance.
    public var contractTargetMinutes: Int?
    public var targetMinutes: Int?
    public var hourBalanceMinutes: Int
    public var lowerBoundMinutes: Int?
    public var upperBoundMinutes: Int?
    public var shiftCounts: [ShiftCount]
    public var nights: Int
    public var weekends: Int
    public var holidays: Int
    public var absenceDays: Int
    public var requests: [RequestOutcome]
    /// Her violations (personal rules) in this roster.
    public var violations: [Violation]
    public var rules: [AppliedRule]
    public var history: [HistoryFact]
}
