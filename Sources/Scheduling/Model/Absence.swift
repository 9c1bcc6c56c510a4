/// A planned absence over a set of dates, with a non-medical code only.
public struct Absence: Codable, Sendable, Hashable {
    public var staff: StaffID
    public var days: DaySelection
    public var code: AbsenceCode

    public init(staff: StaffID, days: DaySelection, code: AbsenceCode) {
        self.staff = staff
        self.days = days
        self.code = code
    }
}

/// How an absence code is defined and credited in hours (FPH-60/61).
public struct AbsenceCodeDefinition: Codable, Sendable, Hashable {
    public var code: AbsenceCode
    public var label: String
    /// Minutes credited per absent day towards the worked hours (informative counter).
    public var creditMinutesPerDay: Int?

    public init(code: AbsenceCode, label: String, creditMinutesPerDay: Int? = nil) {
        self.code = code
        self.label = label
        self.creditMinutesPerDay = creditMinutesPerDay
    }
}
