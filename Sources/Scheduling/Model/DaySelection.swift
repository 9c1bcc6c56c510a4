/// A set of dates: explicit `dates`, or a range `from`…`to` (inclusive), optionally
/// filtered to ISO `weekdays` (1 = Monday … 7 = Sunday).
public struct DaySelection: Codable, Sendable, Hashable {
    public var dates: [CivilDate]?
    public var from: CivilDate?
    public var to: CivilDate?
    public var weekdays: [Int]?

    public init(dates: [CivilDate]? = nil, from: CivilDate? = nil, to: CivilDate? = nil, weekdays: [Int]? = nil) {
        self.dates = dates
        self.from = from
        self.to = to
        self.weekdays = weekdays
    }

    public static func on(_ date: CivilDate) -> DaySelection { DaySelection(dates: [date]) }

    /// The selected dates, given the period that bounds open ranges.
    public func resolve(in period: PlanningPeriod) -> [CivilDate] {
        var result: [CivilDate] = dates ?? []
        if from != nil || to != nil || (dates == nil && weekdays != nil) {
            let first = from ?? period.start
            let last = to ?? period.lastDate
            if first <= last {
                for offset in 0...first.days(to: last) { result.append(first.adding(days: offset)) }
            }
        }
        if let weekdays { result = result.filter { weekdays.contains($0.isoWeekday) } }
        return result
    }
}

/// The planning period: a start date and a whole number of days (normally a calendar month).
public struct PlanningPeriod: Codable, Sendable, Hashable {
    public var start: CivilDate
    public var days: Int

    public init(start: CivilDate, days: Int) {
        self.start = start
        self.days = days
    }

    public var lastDate: CivilDate { start.adding(days: days - 1) }
    public var dates: [CivilDate] { (0..<max(days, 0)).map { start.adding(days: $0) } }

    /// Day index of `date` in the period (may be negative or ≥ days when outside).
    public func index(of date: CivilDate) -> Int { start.days(to: date) }
    public func contains(_ date: CivilDate) -> Bool { (0..<days).contains(index(of: date)) }
}
