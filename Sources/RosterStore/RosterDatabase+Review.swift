import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Loads a version with its evaluation, checklist and sign-off progress.
    public func context(rosterId: Int64, number: Int) throws(StoreError) -> VersionContext {
        try read { db in try self.context(db, rosterId: rosterId, number: number) }
    }

    public func startReview(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.startReview, rosterId: rosterId, number: number, by: actor, payload: [:]) { workflow, _, _ throws(SignOffError) in
            try workflow.startReview(by: actor)
        }
    }

    public func acknowledge(rosterId: Int64, number: Int, item: String, note: String? = nil, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.acknowledge, rosterId: rosterId, number: number, by: actor, payload: ["item": item, "note": note ?? ""]) { workflow, context, time throws(SignOffError) in
            try workflow.acknowledge(item, in: context.checklist, by: actor, at: time, note: note)
        }
    }

    public func override(rosterId: Int64, number: Int, item: String, justification: String, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.override, rosterId: rosterId, number: number, by: actor, payload: ["item": item, "justification": justification]) { workflow, context, time throws(SignOffError) in
            try workflow.override(item, justification: justification, in: context.checklist, by: actor, at: time)
        }
    }

    public func validate(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignOffWorkflow {
        try step(.validate, rosterId: rosterId, number: number, by: actor, payload: [:]) { workflow, context, _ throws(SignOffError) in
            try workflow.validate(context.checklist, by: actor)
        }
    }

    /// Signs a validated version: records signer, time, the SHA-256 of the roster's canonical
    /// content and of the scenario file, and the engine, its version, parameters and seed.
    public func sign(rosterId: Int64, number: Int, by actor: String) throws(StoreError) -> SignatureRecord {
        let workflow = try step(.sign, rosterId: rosterId, number: number, by: actor, payload: [:]) { workflow, context, time throws(SignOffError) in
            let record = SignatureRecord(signer: actor, signedAt: time, rosterSHA256: ContentDigest.sha256(context.roster.canonicalContent),
                                         scenarioSHA256: context.scenario.sha256, provenance: context.roster.provenance)
            try workflow.sign(context.checklist, record: record)
        }
        guard let signature = workflow.signature else { throw .notFound("signature of roster \(rosterId) version \(number)") }
        return signature
    }

    /// Runs one workflow step in a transaction: loads the version, applies the step, stores the
    /// new state, decisions and signature, and appends the audit entry.
    func step(_ action: SignOffAction, rosterId: Int64, number: Int, by actor: String, payload: [String: String],
              _ body: (inout SignOffWorkflow, VersionContext, String) throws(SignOffError) -> Void) throws(StoreError) -> SignOffWorkflow {
        let time = timestamp()
        // Scans the version's near ties (seconds, once per version) before taking the write lock.
        _ = try? context(rosterId: rosterId, number: number)
        return try write { db in
            let context = try self.context(db, rosterId: rosterId, number: number)
            var workflow = context.workflow
            do throws(SignOffError) { try body(&workflow, context, time) } catch { throw StoreError.signOff(error) }
            let versionId = context.version.id ?? 0
            if workflow.state != context.workflow.state {
                try db.execute(sql: "UPDATE rosterVersion SET state = ? WHERE id = ?", arguments: [workflow.state.rawValue, versionId])
            }
            for decision in workflow.overrides where !context.workflow.overrides.contains(decision) {
                var row = StoredOverride(id: nil, versionId: versionId, item: decision.item, justification: decision.justification,
                                         decidedBy: decision.by, decidedAt: decision.at)
                try row.insert(db)
            }
            for decision in workflow.acknowledgements where !context.workflow.acknowledgements.contains(decision) {
                var row = StoredAcknowledgement(id: nil, versionId: versionId, item: decision.item, acknowledgedBy: decision.by,
                                                acknowledgedAt: decision.at, note: decision.note)
                try row.insert(db)
            }
            var details = payload
            details["state"] = workflow.state.rawValue
            details["sha256"] = context.version.sha256
            if let signature = workflow.signature, context.workflow.signature == nil {
                var row = StoredSignOff(versionId: versionId, record: signature)
                try row.insert(db)
                details["scenarioSHA256"] = signature.scenarioSHA256
                details["engine"] = signature.engine ?? ""
                details["engineVersion"] = signature.engineVersion ?? ""
                details["seed"] = signature.seed.map { String($0) } ?? ""
                details["parameters"] = signature.parameters.map { CanonicalJSON.string($0) } ?? ""
            }
            try Self.appendAudit(db, at: time, actor: actor, action: "review.\(action.rawValue)",
                                 subject: "roster \(rosterId) v\(number)", payload: details)
            return workflow
        }
    }

    func context(_ db: Database, rosterId: Int64, number: Int) throws -> VersionContext {
        guard let roster = try StoredRoster.fetchOne(db, key: rosterId) else { throw StoreError.notFound("roster \(rosterId)") }
        let version = try Self.fetchVersion(db, rosterId: rosterId, number: number)
        let scenario = try Self.fetchScenario(db, id: roster.scenarioId)
        let problem = try Self.problem(of: scenario)
        let content = try version.roster()
        let report = try Self.evaluate(content, against: scenario, source: "roster \(rosterId) v\(number)")
        var checklist: ReviewChecklist
        let grid: ShiftGrid
        do throws(ScenarioError) {
            checklist = try ReviewChecklist(problem: problem, roster: content, report: report, policy: policy.withoutNearTies)
            grid = try problem.grid(for: content)
        } catch { throw StoreError.input(error) }
        // The near-tie scan is the slow part: once per version (its content never changes).
        checklist.attentionPoints += nearTies.points(versionId: version.id ?? 0) {
            ReviewChecklist.nearTiePoints(problem: problem, grid: grid, origins: problem.origins(for: content), policy: policy)
        }
        let versionId = version.id ?? 0
        var overrides: [String: Override] = [:]
        for row in try StoredOverride.filter(Column("versionId") == versionId).order(Column("id")).fetchAll(db) {
            overrides[row.item] = row.decision  // the latest justification of an item wins
        }
        let acknowledgements = try StoredAcknowledgement.filter(Column("versionId") == versionId).order(Column("id")).fetchAll(db).map(\.decision)
        let signature = try StoredSignOff.filter(Column("versionId") == versionId).fetchOne(db)?.record
        let workflow = SignOffWorkflow(
            version: number, state: version.state,
            overrides: overrides.values.sorted { $0.at == $1.at ? $0.item < $1.item : $0.at < $1.at },
            acknowledgements: acknowledgements, signature: signature, policy: policy)
        return VersionContext(scenario: scenario, problem: problem, version: version, roster: content, report: report,
                              checklist: checklist, workflow: workflow)
    }
}
