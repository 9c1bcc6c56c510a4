/// Staffing demand for one shift type and skill on a set of dates (besoin en effectif).
///
/// `minimum` is hard (minimum staffing, regulatory ratios); `target` is soft, with
/// weights per person missing or in excess; `maximum` is hard.
public struct DemandRule: Codable, Sendable, Hashable {
    public var days: DaySelection
    public var shift: ShiftCode
    /// Skill counted (nil: every agent on the shift counts).
    public var skill: Skill?
    public var minimum: Int?
    public var target: Int?
    public var maximum: Int?
    /// Penalty per person below target (default from the coverage rule settings).
    public var underWeight: Double?
    /// Penalty per person above target.
    public var overWeight: Double?

    public init(days: DaySelection, shift: ShiftCode, skill: Skill? = nil, minimum: Int? = nil, target: Int? = nil,
                maximum: Int? = nil, underWeight: Double? = nil, overWeight: Double? = nil) {
        self.days = days
        self.shift = shift
        self.skill = skill
        self.minimum = minimum
        self.target = target
        self.maximum = maximum
        self.underWeight = underWeight
        self.overWeight = overWeight
    }
}
