/// How one violation differs between two rosters: introduced, resolved, worsened or improved,
/// with its amount and penalty on each side.
public struct ViolationChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Absent before, present after.
        case introduced
        /// Present before, absent after.
        case resolved
        /// Present on both sides, with a larger amount after.
        case worsened
        /// Present on both sides, with a smaller amount after.
        case improved
    }

    public var key: ViolationKey
    public var kind: Kind
    public var hard: Bool
    public var unit: PenaltyUnit
    public var amountBefore: Double
    public var amountAfter: Double
    public var penaltyBefore: Double
    public var penaltyAfter: Double
    /// The violation's sentence: the one after the change, or the resolved one.
    public var message: LocalizedText

    public var rule: RuleID { key.rule }
    public var staff: StaffID? { key.staff }
    /// What the change adds to the objective (negative: a saving).
    public var penaltyDelta: Double { penaltyAfter - penaltyBefore }
    /// A hard violation appears or grows.
    public var breaksHardRule: Bool { hard && (kind == .introduced || kind == .worsened) }

    enum CodingKeys: String, CodingKey {
        case key, kind, hard, unit, amountBefore, amountAfter, penaltyBefore, penaltyAfter, penaltyDelta, message
    }

    public init(key: ViolationKey, before: Violation?, after: Violation?) {
        self.key = key
        let amountBefore = before?.amount ?? 0, amountAfter = after?.amount ?? 0
        kind = before == nil ? .introduced : after == nil ? .resolved : amountAfter > amountBefore ? .worsened : .improved
        hard = (before?.hard ?? false) || (after?.hard ?? false)
        unit = (after ?? before)?.unit ?? .count
        self.amountBefore = amountBefore
        self.amountAfter = amountAfter
        penaltyBefore = before?.penalty ?? 0
        penaltyAfter = after?.penalty ?? 0
        message = (after ?? before)?.message ?? LocalizedText(fr: "", en: "")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(ViolationKey.self, forKey: .key)
        kind = try c.decode(Kind.self, forKey: .kind)
        hard = try c.decode(Bool.self, forKey: .hard)
        unit = try c.decode(PenaltyUnit.self, forKey: .unit)
        amountBefore = try c.decode(Double.self, forKey: .amountBefore)
        amountAfter = try c.decode(Double.self, forKey: .amountAfter)
        penaltyBefore = try c.decode(Double.self, forKey: .penaltyBefore)
        penaltyAfter = try c.decode(Double.self, forKey: .penaltyAfter)
        message = try c.decode(LocalizedText.self, forKey: .message)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(kind, forKey: .kind)
        try c.encode(hard, forKey: .hard)
        try c.encode(unit, forKey: .unit)
        try c.encode(amountBefore, forKey: .amountBefore)
        try c.encode(amountAfter, forKey: .amountAfter)
        try c.encode(penaltyBefore, forKey: .penaltyBefore)
        try c.encode(penaltyAfter, forKey: .penaltyAfter)
        try c.encode(penaltyDelta, forKey: .penaltyDelta)
        try c.encode(message, forKey: .message)
    }

    /// Every violation that differs between `before` and `after`, in key order; violations with
    /// the same identity and amount on both sides are left out.
    /// - Complexity: O(n log n) in the number of violations.
    public static func compare(before: [Violation], after: [Violation]) -> [ViolationChange] {
        let old = ViolationKey.keyed(before), new = ViolationKey.keyed(after)
        var result: [ViolationChange] = []
        for (key, violation) in old {
            if let now = new[key] {
                if now.amount != violation.amount || now.penalty != violation.penalty || now.hard != violation.hard {
                    result.append(ViolationChange(key: key, before: violation, after: now))
                }
            } else {
                result.append(ViolationChange(key: key, before: violation, after: nil))
            }
        }
        for (key, violation) in new where old[key] == nil {
            result.append(ViolationChange(key: key, before: nil, after: violation))
        }
        return result.sorted { $0.key < $1.key }
    }
}
