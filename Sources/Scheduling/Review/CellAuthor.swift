/// Who changed one cell (`cadre:Martin`, `engine:repair`…), for a diff; a file of these is a
/// JSON array `[{"staff": "IDE03", "date": "2026-06-07", "author": "cadre:Martin"}]`.
public struct CellAuthor: Sendable, Hashable, Codable {
    public var staff: StaffID
    public var date: CivilDate
    public var author: String

    public init(staff: StaffID, date: CivilDate, author: String) {
        self.staff = staff
        self.date = date
        self.author = author
    }

    /// The authors by cell; a later entry for the same cell wins.
    public static func table(_ authors: [CellAuthor]) -> [CellAddress: String] {
        var table: [CellAddress: String] = [:]
        for entry in authors { table[CellAddress(staff: entry.staff, date: entry.date)] = entry.author }
        return table
    }
}
