import RosterStore

/// What a role may do on a unit. Every route asks it before touching a unit's data.
public struct Access: Sendable, Hashable {
    public var role: AccountRole
    public var units: Set<String>

    /// Read scenarios, rosters, checklists, jobs and exports of the unit.
    public func canRead(unit: String) -> Bool {
        role == .admin || units.contains(unit)
    }

    /// Import, generate, edit, review and sign in the unit.
    public func canWrite(unit: String) -> Bool {
        role == .admin || (role == .cadre && units.contains(unit))
    }

    /// Whole-store operations (audit verification, accounts).
    public var isAdministrator: Bool { role == .admin }

    func requireRead(unit: String) throws(ServiceError) {
        guard canRead(unit: unit) else { throw .forbidden }
    }

    func requireWrite(unit: String) throws(ServiceError) {
        guard canWrite(unit: unit) else { throw .forbidden }
    }
}
