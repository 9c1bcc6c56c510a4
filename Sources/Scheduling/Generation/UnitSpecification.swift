/// What to generate: a unit of `staffCount` agents on a shift system, for one calendar month,
/// from a seed (the same specification always gives the same scenario).
public struct UnitSpecification: Sendable, Hashable {
    /// Unit sizes the generator is built for.
    public static let staffRange = 10...150

    public var staffCount: Int
    public var shiftSystem: ShiftSystem
    public var year: Int
    public var month: Int
    public var seed: UInt64

    public init(staffCount: Int, shiftSystem: ShiftSystem, year: Int, month: Int, seed: UInt64) {
        self.staffCount = staffCount
        self.shiftSystem = shiftSystem
        self.year = year
        self.month = month
        self.seed = seed
    }

    /// The calendar month as the planning period.
    public var period: PlanningPeriod? {
        guard let start = CivilDate(year: year, month: month, day: 1) else { return nil }
        return PlanningPeriod(start: start, days: CivilDate.daysIn(month: month, year: year))
    }

    /// Why this specification cannot be generated, or nil when it can.
    public var problem: String? {
        if !Self.staffRange.contains(staffCount) {
            return "staff count must be between \(Self.staffRange.lowerBound) and \(Self.staffRange.upperBound), got \(staffCount)"
        }
        if period == nil || !(2000...2100).contains(year) { return "no such month: \(year)-\(month)" }
        return nil
    }

    /// Parses `YYYY-MM`.
    public static func month(from text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return (year, month)
    }
}
