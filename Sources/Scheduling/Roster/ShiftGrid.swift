/// The compact form of a roster used by the evaluator and the solvers: one small integer
/// per (agent, day), the shift type index or −1 for a day off.
public struct ShiftGrid: Sendable, Hashable {
    public let staffCount: Int
    public let dayCount: Int
    public private(set) var cells: [Int16]

    public static let off: Int = -1

    public init(staffCount: Int, dayCount: Int) {
        self.staffCount = staffCount
        self.dayCount = dayCount
        cells = [Int16](repeating: -1, count: staffCount * dayCount)
    }

    @inline(__always)
    public subscript(staff: Int, day: Int) -> Int {
        get { Int(cells[staff * dayCount + day]) }
        set { cells[staff * dayCount + day] = Int16(newValue) }
    }

    /// Agent `staff`'s whole line: her value (shift type index, or −1 off) on each day.
    func line(of staff: Int) -> [Int] {
        (0..<dayCount).map { self[staff, $0] }
    }

    /// Sets agent `staff`'s whole line to `shifts` (one value per day).
    mutating func setLine(of staff: Int, to shifts: [Int]) {
        precondition(shifts.count == dayCount, "one value per day")
        for d in 0..<dayCount { self[staff, d] = shifts[d] }
    }
}

extension PlanningProblem {
    /// The shift of `staff` on day `day`, reading the history for negative days;
    /// −1 (off) for days before the history or after the period.
    @inline(__always)
    public func shift(_ grid: ShiftGrid, staff s: Int, day d: Int) -> Int {
        if d >= 0 { return d < dayCount ? grid[s, d] : -1 }
        let k = d + historyLength
        return k >= 0 ? history[s][k] : -1
    }

    /// Converts a roster to a grid, or lists why it does not fit this scenario.
    public func grid(for roster: Roster, source: String = "roster") throws(ScenarioError) -> ShiftGrid {
        var issues: [InputIssue] = []
        if roster.period != scenario.period {
            issues.append(InputIssue(path: "period", message: "roster covers \(roster.period.start) + \(roster.period.days) days, the scenario \(scenario.period.start) + \(scenario.period.days) days"))
        }
        var grid = ShiftGrid(staffCount: staffCount, dayCount: dayCount)
        var seen = Set<StaffID>()
        for (i, row) in roster.rows.enumerated() {
            guard let s = staffIndex[row.staff] else {
                issues.append(InputIssue(path: "rows[\(i)].staff", message: "unknown staff id « \(row.staff) »"))
                continue
            }
            if !seen.insert(row.staff).inserted {
                issues.append(InputIssue(path: "rows[\(i)].staff", message: "second row for « \(row.staff) »"))
            }
            if row.shifts.count != dayCount {
                issues.append(InputIssue(path: "rows[\(i)].shifts", message: "has \(row.shifts.count) days, the period has \(dayCount)"))
            }
            for (d, code) in row.shifts.prefix(dayCount).enumerated() {
                guard let code else { continue }
                guard let t = shiftIndex[code] else {
                    issues.append(InputIssue(path: "rows[\(i)].shifts[\(d)]", message: "unknown shift code « \(code) »"))
                    continue
                }
                grid[s, d] = t
            }
        }
        for member in staff where !seen.contains(member.id) {
            issues.append(InputIssue(path: "rows", message: "no row for « \(member.id) »"))
        }
        guard issues.isEmpty else { throw ScenarioError(file: source, issues: issues) }
        return grid
    }

    /// Converts a grid back to a roster in staff order, with the cells' origins when given.
    public func roster(from grid: ShiftGrid, provenance: Provenance? = nil, origins: CellOriginGrid? = nil) -> Roster {
        let rows = staff.enumerated().map { s, member in
            RosterRow(staff: member.id, shifts: (0..<dayCount).map { d in grid[s, d] < 0 ? nil : shifts[grid[s, d]].code },
                      origins: origins.map { o in (0..<dayCount).map { o[s, $0] } })
        }
        return Roster(scenario: scenario.name, period: scenario.period, rows: rows, provenance: provenance)
    }
}
