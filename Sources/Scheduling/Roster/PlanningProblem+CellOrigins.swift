extension PlanningProblem {
    /// `origin` everywhere, except the cells the scenario decides: a lock kept at its value
    /// (`.lock`) and a planned absence left off (`.absence`).
    public func origins(of grid: ShiftGrid, setBy origin: CellOrigin) -> CellOriginGrid {
        markingScenarioCells(CellOriginGrid(staffCount: staffCount, dayCount: dayCount, filling: origin), of: grid)
    }

    /// `origins` with the cells the scenario decides marked `.lock` or `.absence` (a cell whose
    /// content contradicts its lock or absence keeps the origin it has).
    public func markingScenarioCells(_ origins: CellOriginGrid, of grid: ShiftGrid) -> CellOriginGrid {
        var marked = origins
        for s in 0..<staffCount {
            for d in 0..<dayCount {
                if let locked = lock[s][d], locked == grid[s, d] {
                    marked[s, d] = .lock
                } else if absence[s][d] != nil, grid[s, d] < 0 {
                    marked[s, d] = .absence
                }
            }
        }
        return marked
    }

    /// The cell origins a roster records, by agent index; nil when it records none (a roster
    /// written before origins were kept). Rows without origins read `.unknown`.
    public func origins(for roster: Roster) -> CellOriginGrid? {
        guard roster.rows.contains(where: { $0.origins != nil }) else { return nil }
        var grid = CellOriginGrid(staffCount: staffCount, dayCount: dayCount, filling: .unknown)
        for row in roster.rows {
            guard let s = staffIndex[row.staff], let origins = row.origins else { continue }
            for (d, origin) in origins.prefix(dayCount).enumerated() { grid[s, d] = origin }
        }
        return grid
    }
}
