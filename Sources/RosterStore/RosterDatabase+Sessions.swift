import Foundation
import GRDB

extension RosterDatabase {
    public func openSession(_ session: StoredSession) throws(StoreError) {
        try write { db in try session.insert(db) }
    }

    /// The session with this token hash, unless it expired before `now` (Unix seconds).
    /// - Complexity: one primary-key read and two indexed reads.
    public func signedIn(tokenHash: String, now: Double) throws(StoreError) -> SignedInAccount? {
        try read { db in
            guard let session = try StoredSession.fetchOne(db, key: tokenHash), session.expiresAt > now,
                  let account = try StoredAccount.fetchOne(db, key: session.accountId) else { return nil }
            let units = try String.fetchAll(db, sql: "SELECT unitName FROM accountUnit WHERE accountId = ? ORDER BY unitName", arguments: [account.id])
            return SignedInAccount(session: session, account: account, units: units)
        }
    }

    public func closeSession(tokenHash: String) throws(StoreError) {
        try write { db in _ = try StoredSession.deleteOne(db, key: tokenHash) }
    }

    /// Forgets the sessions that expired before `now`; returns how many.
    @discardableResult
    public func deleteExpiredSessions(now: Double) throws(StoreError) -> Int {
        try write { db in try StoredSession.filter(Column("expiresAt") <= now).deleteAll(db) }
    }
}
