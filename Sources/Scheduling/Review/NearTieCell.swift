/// A cell whose best legal alternative is nearly as good as (or better than) the roster: a
/// point of attention for the cadre before signing.
public struct NearTieCell: Sendable, Codable, Hashable {
    public var staff: StaffID
    public var date: CivilDate
    public var shift: ShiftCode?
    public var best: CellExplanation.Alternative
}
