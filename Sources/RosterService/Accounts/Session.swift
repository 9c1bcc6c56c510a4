import Foundation
import RosterStore

/// A signed-in person: who, with which role and units, and the CSRF token her forms carry.
public struct Session: Sendable, Hashable {
    public var token: String
    public var csrfToken: String
    public var accountId: Int64
    public var name: String
    public var role: AccountRole
    /// Units of a cadre or viewer; ignored for an administrator.
    public var units: Set<String>
    public var expiresAt: Date

    /// The rights of this session.
    public var access: Access { Access(role: role, units: units) }
}
