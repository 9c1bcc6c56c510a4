import Foundation
import GRDB

/// A signed-in session as the store keeps it: the SHA-256 of its token (never the token), the
/// CSRF token its forms carry, its account and its expiry (Unix seconds).
public struct StoredSession: Codable, Sendable, Hashable {
    public var tokenHash: String
    public var csrfToken: String
    public var accountId: Int64
    public var openedAt: String
    public var expiresAt: Double

    public init(tokenHash: String, csrfToken: String, accountId: Int64, openedAt: String, expiresAt: Double) {
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.accountId = accountId
        self.openedAt = openedAt
        self.expiresAt = expiresAt
    }
}

extension StoredSession: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "session"
}

/// A live session with who it belongs to: the account and the names of its units.
public struct SignedInAccount: Sendable, Hashable {
    public var session: StoredSession
    public var account: StoredAccount
    public var units: [String]

    public init(session: StoredSession, account: StoredAccount, units: [String]) {
        self.session = session
        self.account = account
        self.units = units
    }
}
