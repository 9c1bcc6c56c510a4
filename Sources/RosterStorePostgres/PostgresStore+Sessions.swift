import Foundation
import PostgresNIO
import RosterStore

extension PostgresStore {
    public func openSession(_ session: StoredSession) async throws(StoreError) {
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO session (tokenHash, csrfToken, accountId, openedAt, expiresAt)
                VALUES (\(session.tokenHash), \(session.csrfToken), \(session.accountId), \(session.openedAt), \(session.expiresAt))
                """, logger: self.logger)
        }
    }

    public func signedIn(tokenHash: String, now: Double) async throws(StoreError) -> SignedInAccount? {
        try await transaction { connection in
            var found: StoredSession?
            for try await r in try await connection.query("""
                SELECT tokenHash, csrfToken, accountId, openedAt, expiresAt FROM session WHERE tokenHash = \(tokenHash) AND expiresAt > \(now)
                """, logger: self.logger).decode((String, String, Int64, String, Double).self) {
                found = StoredSession(tokenHash: r.0, csrfToken: r.1, accountId: r.2, openedAt: r.3, expiresAt: r.4)
            }
            guard let session = found else { return nil }
            guard let account = try await StoreRows.accounts(connection.query(
                "SELECT \(unescaped: StoreRows.accountColumns) FROM account WHERE id = \(session.accountId)", logger: self.logger)).first else { return nil }
            let units = try await Self.all(String.self, connection.query(
                "SELECT unitName FROM accountUnit WHERE accountId = \(session.accountId) ORDER BY unitName", logger: self.logger))
            return SignedInAccount(session: session, account: account, units: units)
        }
    }

    public func closeSession(tokenHash: String) async throws(StoreError) {
        try await transaction { connection in
            try await connection.query("DELETE FROM session WHERE tokenHash = \(tokenHash)", logger: self.logger)
        }
    }

    @discardableResult
    public func deleteExpiredSessions(now: Double) async throws(StoreError) -> Int {
        try await transaction { connection in
            try await Self.all(String.self, connection.query(
                "DELETE FROM session WHERE expiresAt <= \(now) RETURNING tokenHash", logger: self.logger)).count
        }
    }
}
