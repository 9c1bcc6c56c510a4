extension PlanningProblem {
    /// The same problem with one more objective term against `grid` (see `ReferenceRosterRule`):
    /// changes against it priced (`.stability`) or worked cells repeated from it priced
    /// (`.diversity`). The scenario, and so the scenario file format, is untouched; calls stack.
    /// - Precondition: `grid` has this problem's staff and day counts.
    public func withReference(_ grid: ShiftGrid, mode: ReferenceRosterRule.Mode, weight: Double, label: String = "la référence") -> PlanningProblem {
        precondition(grid.staffCount == staffCount && grid.dayCount == dayCount, "reference grid does not fit the problem")
        var copy = self
        copy.references.append(ReferenceRosterRule(reference: grid, mode: mode, weight: weight, label: label))
        return copy
    }

    /// The same problem without reference terms: the unit's own rules only.
    public var withoutReferences: PlanningProblem {
        var copy = self
        copy.references = []
        return copy
    }
}
