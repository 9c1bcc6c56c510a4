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
