import Foundation
import PostgresNIO
import RosterStore
import Scheduling

extension PostgresStore {
    public func context(rosterId: Int64, number: Int) async throws(StoreError) -> VersionContext {
        try await transaction { connection in try await self.context(connection, rosterId: rosterId, number: number, forReview: false) }
    }

    public func reviewContext(rosterId: Int64, number: Int) async throws(StoreError) -> VersionContext {
        try await transaction { connection in try await self.context(connection, rosterId: rosterId, number: number, forReview: true) }
    }

    public func startReview(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignOffWorkflow {
        try await step(.startReview, rosterId: rosterId, number: number, by: actor).workflow
    }

    public func acknowledge(rosterId: Int64, number: Int, item: String, note: String? = nil, by actor: String) async throws(StoreError) -> SignOffWorkflow {
        try await step(.acknowledge(item: item, note: note), rosterId: rosterId, number: number, by: actor).workflow
    }

    public func override(rosterId: Int64, number: Int, item: String, justification: String, by actor: String) async throws(StoreError) -> SignOffWorkflow {
        try await step(.override(item: item, justification: justification), rosterId: rosterId, number: number, by: actor).workflow
    }

    public func validate(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignOffWorkflow {
        try await step(.validate, rosterId: rosterId, number: number, by: actor).workflow
    }

    public func sign(rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignatureRecord {
        let workflow = try await step(.sign, rosterId: rosterId, number: number, by: actor).workflow
        guard let signature = workflow.signature else { throw .notFound("signature of roster \(rosterId) version \(number)") }
        return signature
    }

    /// One workflow step in one transaction: the version's row is locked (`FOR UPDATE`) before
    /// its context is read, so two instances cannot both sign it; then the new state, decisions,
    /// signature and audit entry are written.
    func step(_ request: SignOffRequest, rosterId: Int64, number: Int, by actor: String) async throws(StoreError) -> SignOffStep {
        let time = timestamp()
        // The near ties (seconds, once per version) are found before the locks are taken.
        _ = try await reviewContext(rosterId: rosterId, number: number)
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: self.logger)
            try await connection.query("""
                SELECT id FROM rosterVersion WHERE rosterId = \(rosterId) AND number = \(number) FOR UPDATE
                """, logger: self.logger)
            let context = try await self.context(connection, rosterId: rosterId, number: number, forReview: true)
            let step = try SignOffStep(request, context: context, rosterId: rosterId, by: actor, at: time)
            let versionId = context.version.id ?? 0
            if let state = step.newState {
                try await connection.query("UPDATE rosterVersion SET state = \(state.rawValue) WHERE id = \(versionId)", logger: self.logger)
            }
            for decision in step.newOverrides {
                try await connection.query("""
                    INSERT INTO override (versionId, item, justification, decidedBy, decidedAt)
                    VALUES (\(versionId), \(decision.item), \(decision.justification), \(decision.by), \(decision.at))
                    """, logger: self.logger)
            }
            for decision in step.newAcknowledgements {
                try await connection.query("""
                    INSERT INTO acknowledgement (versionId, item, acknowledgedBy, acknowledgedAt, note)
                    VALUES (\(versionId), \(decision.item), \(decision.by), \(decision.at), \(decision.note))
                    """, logger: self.logger)
            }
            if let signature = step.newSignature {
                let row = StoredSignOff(versionId: versionId, record: signature)
                try await connection.query("""
                    INSERT INTO signOff (versionId, signer, signedAt, rosterSHA256, scenarioSHA256, engine, engineVersion, parameters, seed)
                    VALUES (\(versionId), \(row.signer), \(row.signedAt), \(row.rosterSHA256), \(row.scenarioSHA256), \(row.engine),
                            \(row.engineVersion), \(row.parameters), \(row.seed))
                    """, logger: self.logger)
            }
            try await self.appendAudit(connection, at: time, actor: actor, action: step.auditAction, subject: step.auditSubject,
                                       payload: step.auditPayload, locked: true)
            return step
        }
    }

    func context(_ connection: PostgresConnection, rosterId: Int64, number: Int, forReview: Bool) async throws -> VersionContext {
        let roster = try await Self.roster(connection, id: rosterId, logger: logger)
        let version = try await Self.version(connection, rosterId: rosterId, number: number, logger: logger)
        let scenario = try await Self.scenario(connection, id: roster.scenarioId, logger: logger)
        let versionId = version.id ?? 0
        var overrides: [Override] = []
        for try await r in try await connection.query("""
            SELECT item, justification, decidedBy, decidedAt FROM override WHERE versionId = \(versionId) ORDER BY id
            """, logger: logger).decode((String, String, String, String).self) {
            overrides.append(Override(item: r.0, justification: r.1, by: r.2, at: r.3))
        }
        var acknowledgements: [Acknowledgement] = []
        for try await r in try await connection.query("""
            SELECT item, acknowledgedBy, acknowledgedAt, note FROM acknowledgement WHERE versionId = \(versionId) ORDER BY id
            """, logger: logger).decode((String, String, String, String?).self) {
            acknowledgements.append(Acknowledgement(item: r.0, by: r.1, at: r.2, note: r.3))
        }
        let signature = try await StoreRows.signOffs(connection.query(
            "SELECT \(unescaped: StoreRows.signOffColumns) FROM signOff WHERE versionId = \(versionId)", logger: logger)).first?.record
        return try evaluations.context(scenario: scenario, version: version, overrides: overrides, acknowledgements: acknowledgements,
                                       signature: signature, policy: policy, forReview: forReview)
    }

    public func analysis(of context: VersionContext) async throws(StoreError) -> VersionAnalysis {
        try evaluations.analysis(of: context)
    }

    public func verifyContent() async throws(StoreError) -> [ContentMismatch] {
        try await transaction { connection in
            let scenarios = try await StoreRows.scenarios(connection.query(
                "SELECT \(unescaped: StoreRows.scenarioColumns) FROM scenario ORDER BY id", logger: self.logger))
            let versions = try await StoreRows.versions(connection.query(
                "SELECT \(unescaped: StoreRows.versionColumns) FROM rosterVersion ORDER BY rosterId, number", logger: self.logger))
            let signatures = try await StoreRows.signOffs(connection.query(
                "SELECT \(unescaped: StoreRows.signOffColumns) FROM signOff", logger: self.logger))
            return ContentMismatch.find(scenarios: scenarios, versions: versions,
                                        signatures: signatures.map { (versionId: $0.versionId, rosterSHA256: $0.rosterSHA256) })
        }
    }
}
