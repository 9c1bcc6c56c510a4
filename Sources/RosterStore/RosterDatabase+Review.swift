import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Loads a version with its evaluation, checklist and sign-off progress.
    /// The rows are read in one transaction; decoding and evaluating happen after it, from the
    /// `EvaluationCache` when this version was loaded before.
    /// Its checklist lacks the near ties, which only the review needs (`reviewContext`).
    public func context(rosterId: Int64, number: Int) throws(StoreError) -> VersionContext {
        try context(try read { db in try VersionRecords.fetch(db, rosterId: rosterId, number: number) }, forReview: false)
    }

    /// The same with the whole sign-off checklist, near ties included (seconds on a large unit
    /// the first time, then from the cache).
    public func reviewContext(rosterId: Int64, number: Int) throws(StoreError) -> VersionContext {
        try context(try read { db in try VersionRecords.fetch(db, rosterId: rosterId, number: number) }, forReview: true)
    }

    public func startReview(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.startReview, rosterId: rosterId, number: number, by: actor).workflow
    }

    public func acknowledge(rosterId: Int64, number: Int, item: String, note: String? = nil, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.acknowledge(item: item, note: note), rosterId: rosterId, number: number, by: actor).workflow
    }

    public func override(rosterId: Int64, number: Int, item: String, justification: String, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.override(item: item, justification: justification), rosterId: rosterId, number: number, by: actor).workflow
    }

    public func validate(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.validate, rosterId: rosterId, number: number, by: actor).workflow
    }

    /// Signs a validated version: records signer, time, the SHA-256 of the roster's canonical
    /// content and of the scenario file, and the engine, its version, parameters and seed.
    public func sign(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignatureRecord {
        let workflow = try step(.sign, rosterId: rosterId, number: number, by: actor).workflow
        guard let signature = workflow.signature else { throw .notFound("signature of roster \(rosterId) version \(number)") }
        return signature
    }

    /// Runs one workflow step in a transaction: loads the version, applies the step, stores the
    /// new state, decisions and signature, and appends the audit entry.
    func step(_ request: SignOffRequest, rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignOffStep {
        let time = timestamp()
        // The near ties (seconds, once per version) are found before the write lock is taken.
        _ = try reviewContext(rosterId: rosterId, number: number)
        return try write { db in
            let context = try self.context(db, rosterId: rosterId, number: number, forReview: true)
            let step = try SignOffStep(request, context: context, rosterId: rosterId, by: actor, at: time)
            let versionId = context.version.id ?? 0
            if let state = step.newState {
                try db.execute(sql: "UPDATE rosterVersion SET state = ? WHERE id = ?", arguments: [state.rawValue, versionId])
            }
            for decision in step.newOverrides {
                var row = StoredOverride(id: nil, versionId: versionId, item: decision.item, justification: decision.justification,
                                         decidedBy: decision.by, decidedAt: decision.at)
                try row.insert(db)
            }
            for decision in step.newAcknowledgements {
                var row = StoredAcknowledgement(id: nil, versionId: versionId, item: decision.item, acknowledgedBy: decision.by,
                                                acknowledgedAt: decision.at, note: decision.note)
                try row.insert(db)
            }
            if let signature = step.newSignature {
                var row = StoredSignOff(versionId: versionId, record: signature)
                try row.insert(db)
            }
            try Self.appendAudit(db, at: time, actor: actor, action: step.auditAction, subject: step.auditSubject, payload: step.auditPayload)
            return step
        }
    }

    func context(_ db: Database, rosterId: Int64, number: Int, forReview: Bool) throws -> VersionContext {
        try context(try VersionRecords.fetch(db, rosterId: rosterId, number: number), forReview: forReview)
    }
}
