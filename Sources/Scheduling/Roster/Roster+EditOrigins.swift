extension Roster {
    /// This roster, saved as a new version made from `parent`, with every cell's origin filled:
    /// a cell that differs from `parent` keeps the origin this roster gives it when that origin
    /// is news (a repair's `.repair`, an engine's), and is otherwise the cadre's (`.cadre`: a
    /// hand edit, even if the file still carries the parent's origins); an unchanged cell keeps
    /// this roster's recorded origin, else the parent's, else `.unknown`.
    /// - Complexity: O(staff × days).
    public func withEditOrigins(from parent: Roster) -> Roster {
        let parentRows = Dictionary(parent.rows.map { ($0.staff, $0) }, uniquingKeysWith: { first, _ in first })
        var copy = self
        copy.rows = rows.map { row in
            let before = parentRows[row.staff]
            let origins = row.shifts.indices.map { d -> CellOrigin in
                let own = row.origins?[d], inherited = before?.origins?[d]
                let changed = before.map { d < $0.shifts.count ? $0.shifts[d] != row.shifts[d] : true } ?? true
                if changed {
                    if let own, own != .unknown, own != inherited { return own }
                    return .cadre
                }
                if let own, own != .unknown { return own }
                return inherited ?? .unknown
            }
            return RosterRow(staff: row.staff, shifts: row.shifts, origins: origins)
        }
        return copy
    }
}
