import PostgresNIO
import RosterStore
import Scheduling

/// The columns the PostgreSQL store selects for each stored record, and their decoding: one
/// place per table, so that a column list and its tuple type never drift apart.
enum StoreRows {
    static let scenarioColumns = "id, unitId, name, periodStart, periodDays, sha256, content, importedBy, importedAt"
    static let rosterColumns = "id, scenarioId, label, createdBy, createdAt"
    static let versionColumns = "id, rosterId, number, parentVersionId, content, sha256, state, createdBy, createdAt, note"
    static let editColumns = "id, versionId, staff, date, before, after, editedBy, editedAt"
    static let accountColumns = "id, name, role, passwordHash, createdAt"
    static let signOffColumns = "id, versionId, signer, signedAt, rosterSHA256, scenarioSHA256, engine, engineVersion, parameters, seed"

    static func scenarios(_ rows: PostgresRowSequence) async throws -> [StoredScenario] {
        var all: [StoredScenario] = []
        for try await r in rows.decode((Int64, Int64, String, String, Int, String, String, String, String).self) {
            all.append(StoredScenario(id: r.0, unitId: r.1, name: r.2, periodStart: r.3, periodDays: r.4, sha256: r.5, content: r.6,
                                      importedBy: r.7, importedAt: r.8))
        }
        return all
    }

    static func rosters(_ rows: PostgresRowSequence) async throws -> [StoredRoster] {
        var all: [StoredRoster] = []
        for try await r in rows.decode((Int64, Int64, String?, String, String).self) {
            all.append(StoredRoster(id: r.0, scenarioId: r.1, label: r.2, createdBy: r.3, createdAt: r.4))
        }
        return all
    }

    static func versions(_ rows: PostgresRowSequence) async throws -> [StoredVersion] {
        var all: [StoredVersion] = []
        for try await r in rows.decode((Int64, Int64, Int, Int64?, String, String, String, String, String, String?).self) {
            guard let state = SignOffState(rawValue: r.6) else {
                throw StoreError.corruptContent(what: "rosterVersion \(r.0)", detail: "unknown state \(r.6)")
            }
            all.append(StoredVersion(id: r.0, rosterId: r.1, number: r.2, parentVersionId: r.3, content: r.4, sha256: r.5, state: state,
                                     createdBy: r.7, createdAt: r.8, note: r.9))
        }
        return all
    }

    static func edits(_ rows: PostgresRowSequence) async throws -> [StoredEdit] {
        var all: [StoredEdit] = []
        for try await r in rows.decode((Int64, Int64, String, String, String?, String?, String, String).self) {
            all.append(StoredEdit(id: r.0, versionId: r.1, staff: r.2, date: r.3, before: r.4, after: r.5, editedBy: r.6, editedAt: r.7))
        }
        return all
    }

    static func accounts(_ rows: PostgresRowSequence) async throws -> [StoredAccount] {
        var all: [StoredAccount] = []
        for try await r in rows.decode((Int64, String, String, String, String).self) {
            guard let role = AccountRole(rawValue: r.2) else {
                throw StoreError.corruptContent(what: "account \(r.0)", detail: "unknown role \(r.2)")
            }
            all.append(StoredAccount(id: r.0, name: r.1, role: role, passwordHash: r.3, createdAt: r.4))
        }
        return all
    }

    static func units(_ rows: PostgresRowSequence) async throws -> [StoredUnit] {
        var all: [StoredUnit] = []
        for try await r in rows.decode((Int64, String).self) { all.append(StoredUnit(id: r.0, name: r.1)) }
        return all
    }

    static func signOffs(_ rows: PostgresRowSequence) async throws -> [StoredSignOff] {
        var all: [StoredSignOff] = []
        for try await r in rows.decode((Int64, Int64, String, String, String, String, String?, String?, String?, String?).self) {
            all.append(StoredSignOff(id: r.0, versionId: r.1, signer: r.2, signedAt: r.3, rosterSHA256: r.4, scenarioSHA256: r.5,
                                     engine: r.6, engineVersion: r.7, parameters: r.8, seed: r.9))
        }
        return all
    }
}
