import Foundation
import Scheduling

/// A scenario file checked and ready to store: what every backend writes on import, computed
/// once here so that the SQLite and PostgreSQL stores cannot disagree on it.
public struct PreparedScenario: Sendable {
    public let scenario: Scenario
    /// The file's exact text and the SHA-256 of its bytes.
    public let content: String
    public let sha256: String
    /// The unit: the scenario's `unit` field, or its name when absent.
    public let unitName: String

    /// Decodes and checks the file (the same checks as `sched-cli validate`).
    public init(_ data: Data, source: String) throws(StoreError) {
        do throws(ScenarioError) {
            scenario = try ScenarioFile.decode(Scenario.self, from: data, source: source)
            _ = try PlanningProblem(scenario, source: source)
        } catch { throw .input(error) }
        guard let content = String(data: data, encoding: .utf8) else {
            throw .input(ScenarioError(file: source, issues: [InputIssue(path: "", message: "not UTF-8 text")]))
        }
        self.content = content
        sha256 = ContentDigest.sha256(data)
        unitName = scenario.unit ?? scenario.name
    }

    /// The `scenario.import` audit payload.
    public func auditPayload(source: String) -> [String: String] {
        ["name": scenario.name, "unit": unitName, "sha256": sha256, "source": source]
    }
}

/// A solver's roster checked against its scenario and ready to store as version 1 of a new
/// roster: its text, digest and the `roster.propose` audit payload, the same for every backend.
public struct PreparedProposal: Sendable {
    public let content: String
    public let sha256: String
    public let auditPayload: [String: String]

    /// Evaluates the roster against the stored scenario file (`scenarioId` names it in messages).
    public init(_ roster: Roster, scenarioContent: String, scenarioId: Int64, job: Int64?, source: String) throws(StoreError) {
        let report: EvaluationReport
        do throws(ScenarioError) {
            let scenario = try ScenarioFile.decode(Scenario.self, from: Data(scenarioContent.utf8), source: "scenario \(scenarioId)")
            let problem = try PlanningProblem(scenario, source: "scenario \(scenarioId)")
            report = try Evaluator(problem: problem).evaluate(roster, source: source)
        } catch {
            throw .input(error)
        }
        content = String(decoding: ScenarioFile.encode(roster), as: UTF8.self)
        sha256 = ContentDigest.sha256(roster.canonicalContent)
        var payload = ["scenario": String(scenarioId), "sha256": sha256, "hardViolations": String(report.hardViolations.count),
                       "objective": String(report.objective)]
        if let job { payload["job"] = String(job) }
        if let provenance = roster.provenance {
            payload["engine"] = provenance.engine
            payload["engineVersion"] = provenance.engineVersion
            payload["seed"] = provenance.seed.map { String($0) }
        }
        auditPayload = payload
    }
}
