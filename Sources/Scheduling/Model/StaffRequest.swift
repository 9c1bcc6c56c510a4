/// A request (désidérata) from an agent.
public struct StaffRequest: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// No shift at all that day (« repos souhaité »).
        case dayOff
        /// Wants to work exactly this shift that day.
        case shiftOn
        /// Does not want this shift that day.
        case shiftOff
        /// If working that day, only this shift.
        case onlyShift
    }

    /// P1: declared imperative (childcare, exam…); P2: wish.
    public enum Priority: String, Codable, Sendable, Hashable {
        case p1 = "P1"
        case p2 = "P2"
    }

    public var staff: StaffID
    public var days: DaySelection
    public var kind: Kind
    public var shift: ShiftCode?
    public var priority: Priority?
    /// Explicit penalty when refused; overrides the priority's weight.
    public var weight: Double?
    public var note: String?

    public init(staff: StaffID, days: DaySelection, kind: Kind, shift: ShiftCode? = nil, priority: Priority? = nil,
                weight: Double? = nil, note: String? = nil) {
        self.staff = staff
        self.days = days
        self.kind = kind
        self.shift = shift
        self.priority = priority
        self.weight = weight
        self.note = note
    }
}
