/// A cell to set: agent `staff` works shift type `shift` (−1: day off) on day `day` (indices
/// of the `PlanningProblem`).
public struct CellAssignment: Sendable, Hashable {
    public var staff: Int
    public var day: Int
    public var shift: Int

    public init(staff: Int, day: Int, shift: Int) {
        self.staff = staff
        self.day = day
        self.shift = shift
    }
}
