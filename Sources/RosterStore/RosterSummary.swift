import Scheduling

/// A roster with its scenario and latest version, for listings.
public struct RosterSummary: Sendable, Hashable {
    public var roster: StoredRoster
    public var scenarioName: String
    public var versions: Int
    public var latestState: SignOffState?

    public init(roster: StoredRoster, scenarioName: String, versions: Int, latestState: SignOffState?) {
        self.roster = roster
        self.scenarioName = scenarioName
        self.versions = versions
        self.latestState = latestState
    }
}
