import Crypto
import Foundation
import RosterStore

/// Signed-in sessions, kept by the store under the SHA-256 of their random token (the cookie's
/// value never reaches the database): a restart signs nobody out, and several service instances
/// on one database share them. Each request reads its session afresh (one primary-key read),
/// so a logout or an expiry holds on every instance at once.
public struct SessionStore: Sendable {
    let store: any RosterRepository
    private let lifetime: Double
    private let clock: @Sendable () -> Date

    public init(store: any RosterRepository, lifetimeSeconds: Double, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.lifetime = lifetimeSeconds
        self.clock = clock
    }

    /// Opens a session for an account and returns it (with fresh session and CSRF tokens); the
    /// sessions that have expired meanwhile are forgotten.
    func open(accountId: Int64, name: String, role: AccountRole, units: Set<String>) async throws(StoreError) -> Session {
        let now = clock()
        let session = Session(token: Self.randomToken(), csrfToken: Self.randomToken(), accountId: accountId, name: name,
                              role: role, units: units, expiresAt: now.addingTimeInterval(lifetime))
        try await store.deleteExpiredSessions(now: now.timeIntervalSince1970)
        try await store.openSession(StoredSession(tokenHash: Self.hash(session.token), csrfToken: session.csrfToken, accountId: accountId,
                                                  openedAt: now.ISO8601Format(), expiresAt: session.expiresAt.timeIntervalSince1970))
        return session
    }

    /// The live session with this token, with its account's current role and units; nil when
    /// unknown or expired.
    func session(token: String) async throws(StoreError) -> Session? {
        guard let found = try await store.signedIn(tokenHash: Self.hash(token), now: clock().timeIntervalSince1970) else { return nil }
        return Session(token: token, csrfToken: found.session.csrfToken, accountId: found.session.accountId, name: found.account.name,
                       role: found.account.role, units: Set(found.units), expiresAt: Date(timeIntervalSince1970: found.session.expiresAt))
    }

    func close(token: String) async throws(StoreError) {
        try await store.closeSession(tokenHash: Self.hash(token))
    }

    /// 32 random bytes as hexadecimal.
    static func randomToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    /// What the store keeps of a token.
    static func hash(_ token: String) -> String { ContentDigest.sha256(token) }
}
