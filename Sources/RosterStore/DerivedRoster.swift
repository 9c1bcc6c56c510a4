import Scheduling

/// A roster a derived job made from its source version (a variant, a repair), with the note its
/// new version carries (« Variante : équité d'abord (calcul 12) »).
public struct DerivedRoster: Sendable {
    public var roster: Roster
    public var note: String

    public init(roster: Roster, note: String) {
        self.roster = roster
        self.note = note
    }
}
