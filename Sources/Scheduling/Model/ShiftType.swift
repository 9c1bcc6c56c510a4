/// A shift type (poste): matin, soir, nuit, journée 12 h…
///
/// A shift belongs to the date on which it starts; a night crosses midnight.
/// Times are optional only for imported benchmark instances that have none
/// (Curtois–Qu); every rule that reasons on clock time requires them.
public struct ShiftType: Codable, Sendable, Hashable {
    public var code: ShiftCode
    /// French label shown to the cadre, e.g. « Matin ».
    public var label: String
    public var start: ClockTime?
    public var end: ClockTime?
    /// Paid (effective) minutes, pause included when the agent stays reachable.
    public var paidMinutes: Int
    /// A night shift (at least 21:00–06:00 or 9 h between 21:00 and 07:00, FPH-24).
    public var night: Bool
    /// Shift types that may not be worked on the day after this one (explicit forbidden successions).
    public var cannotBeFollowedBy: [ShiftCode]?

    public init(code: ShiftCode, label: String, start: ClockTime? = nil, end: ClockTime? = nil,
                paidMinutes: Int, night: Bool = false, cannotBeFollowedBy: [ShiftCode]? = nil) {
        self.code = code
        self.label = label
        self.start = start
        self.end = end
        self.paidMinutes = paidMinutes
        self.night = night
        self.cannotBeFollowedBy = cannotBeFollowedBy
    }

    /// Minutes from start to end (amplitude), crossing midnight when end ≤ start; nil without times.
    public var spanMinutes: Int? {
        guard let start, let end else { return nil }
        let span = end.minutes - start.minutes
        return span <= 0 ? span + 1440 : span
    }
}
