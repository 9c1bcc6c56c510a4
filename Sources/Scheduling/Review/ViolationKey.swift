/// The identity of a violation across two rosters of the same unit, so that a diff can say
/// which violations a change introduced, resolved, worsened or improved.
///
/// Two violations match when they have the same rule, agent, dates, skill and, for unit-wide
/// or whole-period rules (coverage, maximum shifts of a type), the same shift. The shift an
/// agent happens to work is not part of a personal violation's identity: a request for a day
/// off still refused after her matin became a soir is the same refused request. Violations
/// that share all of these (one fairness line per group) are told apart by their rank in the
/// evaluator's order, `occurrence`.
public struct ViolationKey: Sendable, Hashable, Codable, Comparable {
    public var rule: RuleID
    public var staff: StaffID?
    public var dates: [CivilDate]
    public var shift: ShiftCode?
    public var skill: Skill?
    public var occurrence: Int

    public init(_ violation: Violation, occurrence: Int = 0) {
        rule = violation.rule
        staff = violation.staff
        dates = violation.dates
        shift = violation.staff == nil || violation.dates.isEmpty ? violation.shift : nil
        skill = violation.skill
        self.occurrence = occurrence
    }

    /// Whether the violation concerns the cell of `staff` on `date` whose shift was `shifts`
    /// before or after a change. Personal violations concern the agent's days within their
    /// dates (all her days when undated); dated unit-wide violations (coverage) concern the
    /// cells of that date and shift; undated unit-wide violations (fairness) no single cell.
    public func touches(staff member: StaffID, date: CivilDate, shifts: [ShiftCode]) -> Bool {
        if let staff {
            guard staff == member else { return false }
            return covers(date)
        }
        guard !dates.isEmpty, covers(date) else { return false }
        return shift.map { shifts.contains($0) } ?? true
    }

    /// Whether `date` lies within the violation's dates (first to last); true when undated.
    public func covers(_ date: CivilDate) -> Bool {
        guard let first = dates.first, let last = dates.last else { return true }
        return first <= date && date <= last
    }

    public static func < (lhs: ViolationKey, rhs: ViolationKey) -> Bool {
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.staff != rhs.staff { return (lhs.staff?.rawValue ?? "") < (rhs.staff?.rawValue ?? "") }
        if lhs.dates != rhs.dates { return (lhs.dates.first?.dayNumber ?? .min, lhs.dates.last?.dayNumber ?? .min) < (rhs.dates.first?.dayNumber ?? .min, rhs.dates.last?.dayNumber ?? .min) }
        if lhs.shift != rhs.shift { return (lhs.shift?.rawValue ?? "") < (rhs.shift?.rawValue ?? "") }
        if lhs.skill != rhs.skill { return (lhs.skill?.rawValue ?? "") < (rhs.skill?.rawValue ?? "") }
        return lhs.occurrence < rhs.occurrence
    }

    /// Keys for a list of violations, numbering the occurrences of equal identities in order.
    static func keyed(_ violations: [Violation]) -> [ViolationKey: Violation] {
        var result: [ViolationKey: Violation] = [:]
        result.reserveCapacity(violations.count)
        for violation in violations {
            var key = ViolationKey(violation)
            while result[key] != nil { key.occurrence += 1 }
            result[key] = violation
        }
        return result
    }
}
