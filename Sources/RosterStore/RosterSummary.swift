import Scheduling

/// A roster with its scenario and latest version, for listings.
public struct RosterSummary: Sendable, Hashable {
    public var roster: StoredRoster
    public var scenarioName: String
    /// The care unit of the roster's scenario (for the rights checks of listings).
    public var unitName: String
    public var versions: Int
    public var latestState: SignOffState?

    public init(roster: StoredRoster, scenarioName: String, unitName: String, versions: Int, latestState: SignOffState?) {
        self.roster = roster
        self.scenarioName = scenarioName
        self.unitName = unitName
        self.versions = versions
        self.latestState = latestState
    }
}
