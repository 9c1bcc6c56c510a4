import Foundation
import GRDB

extension RosterDatabase {
    /// Every audit entry, in storage order.
    public func auditEntries() throws(StoreError) -> [AuditEntry] {
        try read { db in try AuditEntry.order(Column("id")).fetchAll(db) }
    }

    /// Checks the whole hash chain and its head.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        try read { db in
            let entries = try AuditEntry.order(Column("id")).fetchAll(db)
            let head = try AuditHead.fetchOne(db, key: 1)
            return AuditChain.verify(entries, head: head.map { ($0.sequence, $0.hash) })
        }
    }

    /// Appends one entry to the chain, inside the caller's transaction.
    @discardableResult
    static func appendAudit(_ db: Database, at time: String, actor: String, action: String, subject: String,
                            payload: [String: String]) throws -> AuditEntry {
        let last = try AuditEntry.order(Column("id").desc).fetchOne(db)
        let sequence = (last?.sequence ?? 0) + 1
        let previousHash = last?.hash ?? AuditChain.genesisHash
        let payloadText = CanonicalJSON.string(payload)
        var entry = AuditEntry(
            id: nil, sequence: sequence, recordedAt: time, actor: actor, action: action, subject: subject,
            payload: payloadText, previousHash: previousHash,
            hash: AuditChain.hash(sequence: sequence, recordedAt: time, actor: actor, action: action, subject: subject,
                                  payload: payloadText, previousHash: previousHash))
        try entry.insert(db)
        try db.execute(sql: "INSERT OR REPLACE INTO auditHead (id, sequence, hash) VALUES (1, ?, ?)", arguments: [sequence, entry.hash])
        return entry
    }
}

extension RosterDatabase {
    /// Recomputes the SHA-256 of every stored scenario and roster version and compares it with
    /// the hash recorded beside it and, for signed versions, in the signature.
    /// - Complexity: O(total stored content).
    public func verifyContent() throws(StoreError) -> [ContentMismatch] {
        try read { db in
            let signatures = try StoredSignOff.fetchAll(db).map { (versionId: $0.versionId, rosterSHA256: $0.rosterSHA256) }
            return ContentMismatch.find(scenarios: try StoredScenario.order(Column("id")).fetchAll(db),
                                        versions: try StoredVersion.order(Column("rosterId"), Column("number")).fetchAll(db),
                                        signatures: signatures)
        }
    }
}
