import Foundation
import GRDB
import Scheduling

extension RosterDatabase {
    /// Imports a scenario file's bytes after checking them; an identical file (same SHA-256)
    /// already in the store is returned as it is, with `isNew` false.
    public func importScenario(_ data: Data, source: String, by actor: String) throws(StoreError) -> (scenario: StoredScenario, isNew: Bool) {
        let prepared = try PreparedScenario(data, source: source)
        let scenario = prepared.scenario
        let content = prepared.content
        let digest = prepared.sha256
        let time = timestamp()
        return try write { db in
            if let existing = try StoredScenario.filter(Column("sha256") == digest).fetchOne(db) { return (existing, false) }
            let unitName = prepared.unitName
            var unit = try StoredUnit.filter(Column("name") == unitName).fetchOne(db) ?? StoredUnit(id: nil, name: unitName)
            if unit.id == nil { try unit.insert(db) }
            var stored = StoredScenario(
                id: nil, unitId: unit.id ?? 0, name: scenario.name, periodStart: scenario.period.start.description,
                periodDays: scenario.period.days, sha256: digest, content: content, importedBy: actor, importedAt: time)
            try stored.insert(db)
            try Self.appendAudit(db, at: time, actor: actor, action: "scenario.import", subject: "scenario \(stored.id ?? 0)",
                                 payload: prepared.auditPayload(source: source))
            return (stored, true)
        }
    }

    /// Every scenario, oldest first.
    public func scenarios() throws(StoreError) -> [StoredScenario] {
        try read { db in try StoredScenario.order(Column("id")).fetchAll(db) }
    }

    /// The scenario with this id.
    public func scenario(id: Int64) throws(StoreError) -> StoredScenario {
        try read { db in try Self.fetchScenario(db, id: id) }
    }

    static func fetchScenario(_ db: Database, id: Int64) throws -> StoredScenario {
        guard let scenario = try StoredScenario.fetchOne(db, key: id) else { throw StoreError.notFound("scenario \(id)") }
        return scenario
    }

    /// Decodes a stored scenario into the solver's problem.
    package static func problem(of stored: StoredScenario) throws(StoreError) -> PlanningProblem {
        do throws(ScenarioError) {
            let scenario = try ScenarioFile.decode(Scenario.self, from: Data(stored.content.utf8), source: "scenario \(stored.id ?? 0)")
            return try PlanningProblem(scenario, source: "scenario \(stored.id ?? 0)")
        } catch {
            throw .corruptContent(what: error.file, detail: error.issues.map(\.description).joined(separator: "; "))
        }
    }
}
