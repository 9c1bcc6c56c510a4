/// A weekend: the Saturday and the Sunday after it, as day indices (either may lie outside the period).
public struct WeekendDays: Sendable, Hashable {
    public var saturday: Int
    public var sunday: Int { saturday + 1 }

    /// The weekend's days that lie inside a period of `dayCount` days.
    public func daysInPeriod(_ dayCount: Int) -> [Int] { [saturday, sunday].filter { (0..<dayCount).contains($0) } }

    /// Whether the weekend is worked in a period of `dayCount` days: `works(d)` says whether
    /// day d is (asked only of the weekend's days inside the period).
    @inline(__always) func isWorked(dayCount: Int, _ works: (Int) -> Bool) -> Bool {
        (saturday >= 0 && works(saturday)) || (sunday < dayCount && works(sunday))
    }
}

extension PlanningProblem {
    /// Weekends with at least one day in a period of `dayCount` days whose first day has ISO
    /// weekday `firstWeekday` (1 = Monday), in order (kept in `PlanningProblem.weekends`).
    static func weekends(dayCount: Int, firstWeekday: Int) -> [WeekendDays] {
        // Day −1 may be the Saturday of a weekend whose Sunday opens the period.
        let firstSaturday = (6 - firstWeekday + 7) % 7 - (firstWeekday == 7 ? 7 : 0)
        return stride(from: firstSaturday, to: dayCount, by: 7).map { WeekendDays(saturday: $0) }.filter { !$0.daysInPeriod(dayCount).isEmpty }
    }

    /// The other day of the weekend that day d belongs to (d + 1 on a Saturday, d − 1 on a
    /// Sunday; it may lie outside the period), nil on a weekday.
    func weekendPartner(ofDay d: Int) -> Int? {
        guard let first = weekends.first else { return nil }
        let offset = ((d - first.saturday) % 7 + 7) % 7
        return offset == 0 ? d + 1 : offset == 1 ? d - 1 : nil
    }

    /// How many more weekends are worked when day d goes from worked (`was`) to `working` or
    /// back: ±1 when d is a weekend day whose other day is not worked (`worked`, asked only of
    /// days inside the period), 0 otherwise.
    @inline(__always) func weekendsChange(day d: Int, was: Bool, working: Bool, _ worked: (Int) -> Bool) -> Int {
        guard was != working, let other = weekendPartner(ofDay: d) else { return 0 }
        if (0..<dayCount).contains(other) && worked(other) { return 0 }
        return working ? 1 : -1
    }

    /// Weekends in which agent s works the Saturday or the Sunday (days inside the period).
    public func workedWeekends(_ grid: ShiftGrid, staff s: Int) -> Int {
        var count = 0
        for w in weekends where w.isWorked(dayCount: dayCount, { grid[s, $0] >= 0 }) {
            count += 1
        }
        return count
    }

    /// Day index of the Monday of each civil week that meets the period.
    public var civilWeekStarts: [Int] {
        let first = -(weekday(ofDay: 0) - 1)
        return Array(stride(from: first, to: dayCount, by: 7))
    }

    /// Whether sums of hours split a shift crossing midnight between its two days.
    public var splitsAtMidnight: Bool { rules.splitHoursAtMidnight ?? true }

    /// Paid minutes of shift t that count on its start day, and on the next day.
    public func paidSplit(_ t: Int) -> (sameDay: Int, nextDay: Int) {
        let paid = paidMinutes[t]
        guard splitsAtMidnight, let start = shiftStart[t], let end = shiftEnd[t], end > 1440 else { return (paid, 0) }
        let span = end - start
        let before = paid * (1440 - start) / span
        return (before, paid - before)
    }

    /// Minutes agent s works on calendar day d (history and the day after the period included).
    public func minutesOnDay(_ grid: ShiftGrid, staff s: Int, day d: Int) -> Int {
        var total = 0
        let today = shift(grid, staff: s, day: d)
        if today >= 0 { total += paidSplit(today).sameDay }
        let yesterday = shift(grid, staff: s, day: d - 1)
        if yesterday >= 0 { total += paidSplit(yesterday).nextDay }
        return total
    }

    /// The same as a linear expression for the MIP.
    func minutesOnDay(_ mip: MIPEncoding, staff s: Int, day d: Int) -> LinearExpression {
        mip.sum(s, d) { Double(self.paidSplit($0).sameDay) } + mip.sum(s, d - 1) { Double(self.paidSplit($0).nextDay) }
    }

    /// Total paid minutes of agent s over the period.
    public func workedMinutes(_ grid: ShiftGrid, staff s: Int) -> Int {
        var total = 0
        for d in 0..<dayCount { let t = grid[s, d]; if t >= 0 { total += paidMinutes[t] } }
        return total
    }

    /// Days with a known shift or day off: history and period.
    public var knownDays: Range<Int> { -historyLength..<dayCount }

    /// The dates of a range of day indices, clipped to the period, for messages.
    public func periodDates(_ range: ClosedRange<Int>) -> [CivilDate] {
        let lo = max(range.lowerBound, 0), hi = min(range.upperBound, dayCount - 1)
        guard lo <= hi else { return [] }
        return [dates[lo], dates[hi]].uniqued()
    }

    /// The calendar date of any day index.
    public func date(ofDay d: Int) -> CivilDate { scenario.period.start.adding(days: d) }

    public func staffID(_ s: Int) -> StaffID { staff[s].id }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
