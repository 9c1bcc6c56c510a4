/// One cell to change: agent `staff` on day `day` takes `shift` (−1: day off).
public struct CellChange: Sendable, Hashable {
    public var staff: Int
    public var day: Int
    public var shift: Int

    public init(staff: Int, day: Int, shift: Int) {
        self.staff = staff
        self.day = day
        self.shift = shift
    }
}
