import Crypto
import Foundation
import RosterStore

/// Sessions in memory, by their random token. A restart signs everyone out.
public actor SessionStore {
    private var sessions: [String: Session] = [:]
    private let lifetime: Double
    private let clock: @Sendable () -> Date

    public init(lifetimeSeconds: Double, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.lifetime = lifetimeSeconds
        self.clock = clock
    }

    /// Opens a session for an account and returns it (with fresh session and CSRF tokens).
    func open(accountId: Int64, name: String, role: AccountRole, units: Set<String>) -> Session {
        let session = Session(token: Self.randomToken(), csrfToken: Self.randomToken(), accountId: accountId, name: name,
                              role: role, units: units, expiresAt: clock().addingTimeInterval(lifetime))
        sessions[session.token] = session
        return session
    }

    /// The live session with this token; an expired one is forgotten.
    func session(token: String) -> Session? {
        guard let session = sessions[token] else { return nil }
        guard session.expiresAt > clock() else {
            sessions[token] = nil
            return nil
        }
        return session
    }

    func close(token: String) {
        sessions[token] = nil
    }

    /// 32 random bytes as hexadecimal.
    static func randomToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }
}


