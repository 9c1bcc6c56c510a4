/// The origin of every cell of a roster, agents × days, beside its `ShiftGrid`.
public struct CellOriginGrid: Sendable, Hashable {
    public let staffCount: Int
    public let dayCount: Int
    public private(set) var cells: [CellOrigin]

    /// Every cell with the same origin.
    public init(staffCount: Int, dayCount: Int, filling origin: CellOrigin) {
        self.staffCount = staffCount
        self.dayCount = dayCount
        cells = [CellOrigin](repeating: origin, count: staffCount * dayCount)
    }

    @inline(__always)
    public subscript(staff: Int, day: Int) -> CellOrigin {
        get { cells[staff * dayCount + day] }
        set { cells[staff * dayCount + day] = newValue }
    }

    /// The cells that differ between `before` and `after` take `origin`; the others keep theirs.
    /// - Complexity: O(staff × days).
    public func marking(changesFrom before: ShiftGrid, to after: ShiftGrid, as origin: CellOrigin) -> CellOriginGrid {
        var copy = self
        for i in 0..<min(cells.count, before.cells.count, after.cells.count) where before.cells[i] != after.cells[i] {
            copy.cells[i] = origin
        }
        return copy
    }
}
