import Foundation
import Scheduling

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
