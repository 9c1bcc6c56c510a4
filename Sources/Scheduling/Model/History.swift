/// What happened before the period: the last days worked and carried counters, so that
/// rest, consecutive-day and rolling-window rules hold across the month boundary.
public struct History: Codable, Sendable, Hashable {
    /// First date covered by the history; every date from here to the day before the period
    /// with no entry is a day off. Without history, rules do not look before the period.
    public var from: CivilDate
    public var assignments: [HistoryAssignment]
    public var counters: [StaffCounters]?

    public init(from: CivilDate, assignments: [HistoryAssignment] = [], counters: [StaffCounters]? = nil) {
        self.from = from
        self.assignments = assignments
        self.counters = counters
    }
}

public struct HistoryAssignment: Codable, Sendable, Hashable {
    public var staff: StaffID
    public var date: CivilDate
    public var shift: ShiftCode

    public init(staff: StaffID, date: CivilDate, shift: ShiftCode) {
        self.staff = staff
        self.date = date
        self.shift = shift
    }
}

/// Counters carried from month to month.
public struct StaffCounters: Codable, Sendable, Hashable {
    public var staff: StaffID
    /// Hours worked beyond (positive) or below (negative) obligations so far, in minutes.
    public var hourBalanceMinutes: Int?
    /// Weekends worked in a row before the period.
    public var consecutiveWorkedWeekends: Int?
    public var overtimeMinutesThisYear: Int?

    public init(staff: StaffID, hourBalanceMinutes: Int? = nil, consecutiveWorkedWeekends: Int? = nil, overtimeMinutesThisYear: Int? = nil) {
        self.staff = staff
        self.hourBalanceMinutes = hourBalanceMinutes
        self.consecutiveWorkedWeekends = consecutiveWorkedWeekends
        self.overtimeMinutesThisYear = overtimeMinutesThisYear
    }
}

/// A cell fixed by the cadre before solving: a shift, or a day off when `shift` is nil.
public struct CellLock: Codable, Sendable, Hashable {
    public var staff: StaffID
    public var date: CivilDate
    public var shift: ShiftCode?

    public init(staff: StaffID, date: CivilDate, shift: ShiftCode?) {
        self.staff = staff
        self.date = date
        self.shift = shift
    }

    enum CodingKeys: String, CodingKey { case staff, date, shift }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(staff, forKey: .staff)
        try container.encode(date, forKey: .date)
        try container.encode(shift, forKey: .shift)  // explicit null: a locked day off
    }
}
