import Scheduling

extension VersionContext {
    /// Puts a version's context together from its stored rows: decodes and evaluates the
    /// roster, builds its checklist, and replays the decisions recorded so far (of several
    /// overrides of one item, the latest justification wins). `overrides` and
    /// `acknowledgements` come in storage order.
    package static func assemble(scenario: StoredScenario, version: StoredVersion, rosterId: Int64, overrides: [Override],
                                 acknowledgements: [Acknowledgement], signature: SignatureRecord?,
                                 policy: SignOffPolicy) throws(StoreError) -> VersionContext {
        let problem = try RosterDatabase.problem(of: scenario)
        let content = try version.roster()
        let report = try RosterDatabase.evaluate(content, against: scenario, source: "roster \(rosterId) v\(version.number)")
        let checklist: ReviewChecklist
        do throws(ScenarioError) {
            checklist = try ReviewChecklist(problem: problem, roster: content, report: report, policy: policy)
        } catch { throw StoreError.input(error) }
        var latest: [String: Override] = [:]
        for decision in overrides { latest[decision.item] = decision }
        let workflow = SignOffWorkflow(
            version: version.number, state: version.state,
            overrides: latest.values.sorted { $0.at == $1.at ? $0.item < $1.item : $0.at < $1.at },
            acknowledgements: acknowledgements, signature: signature, policy: policy)
        return VersionContext(scenario: scenario, problem: problem, version: version, roster: content, report: report,
                              checklist: checklist, workflow: workflow)
    }
}
