/// One cell of a roster: an agent on a date.
public struct CellAddress: Sendable, Hashable, Codable {
    public var staff: StaffID
    public var date: CivilDate

    public init(staff: StaffID, date: CivilDate) {
        self.staff = staff
        self.date = date
    }
}
