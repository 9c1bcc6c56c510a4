/// Why two rosters cannot be compared: they are not plans of the same unit, period and staff,
/// or one does not fit the scenario.
public enum RosterDiffError: Error, Sendable, Hashable, CustomStringConvertible {
    case differentUnit(before: String, after: String)
    case differentPeriod(before: PlanningPeriod, after: PlanningPeriod)
    case differentStaff(onlyBefore: [StaffID], onlyAfter: [StaffID])
    /// A roster names unknown agents or shift codes, or does not cover the scenario's period.
    case rosterDoesNotFit(ScenarioError)

    public var description: String {
        switch self {
        case .differentUnit(let a, let b):
            "les deux plannings ne sont pas du même service / the rosters belong to different units: « \(a) » and « \(b) »"
        case .differentPeriod(let a, let b):
            "les deux plannings ne couvrent pas la même période / the rosters cover different periods: \(a.start) + \(a.days) days and \(b.start) + \(b.days) days"
        case .differentStaff(let onlyBefore, let onlyAfter):
            "les deux plannings n'ont pas les mêmes agents / the rosters have different staff: only in the first: \(onlyBefore.map(\.rawValue).joined(separator: ", ")); only in the second: \(onlyAfter.map(\.rawValue).joined(separator: ", "))"
        case .rosterDoesNotFit(let error):
            error.description
        }
    }
}
