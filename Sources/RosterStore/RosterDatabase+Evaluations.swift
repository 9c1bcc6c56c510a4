import Foundation
import Scheduling

extension RosterDatabase {
    /// The evaluator of a stored scenario (its decoded problem and rules), from the cache.
    func evaluator(of stored: StoredScenario) throws(StoreError) -> Evaluator {
        try evaluations.evaluators.value(for: stored.sha256) { () throws(StoreError) in Evaluator(problem: try Self.problem(of: stored)) }
    }

    /// A version's roster, evaluation and checklist, from the cache.
    func evaluated(_ version: StoredVersion, scenario: StoredScenario) throws(StoreError) -> EvaluatedVersion {
        let key = EvaluatedVersion.Key(versionId: version.id ?? 0, versionSHA256: version.sha256, scenarioSHA256: scenario.sha256)
        return try evaluations.versions.value(for: key) { () throws(StoreError) in
            let evaluator = try evaluator(of: scenario)
            let roster = try version.roster()
            let source = "roster \(version.rosterId) v\(version.number)"
            do throws(ScenarioError) {
                let report = try evaluator.evaluate(roster, source: source)
                let checklist = try ReviewChecklist(problem: evaluator.problem, roster: roster, report: report, policy: policy)
                return EvaluatedVersion(key: key, roster: roster, report: report, checklist: checklist)
            } catch { throw .input(error) }
        }
    }

    /// The roster a version holds: from the cache when the version was evaluated, else decoded.
    func roster(of version: StoredVersion, scenario: StoredScenario) throws(StoreError) -> Roster {
        let key = EvaluatedVersion.Key(versionId: version.id ?? 0, versionSHA256: version.sha256, scenarioSHA256: scenario.sha256)
        if let kept = evaluations.versions.value(for: key) { return kept.roster }
        return try version.roster()
    }

    /// The indicators and explanations of a loaded version, from the cache.
    public func analysis(of context: VersionContext) throws(StoreError) -> VersionAnalysis {
        let key = EvaluatedVersion.Key(versionId: context.version.id ?? 0, versionSHA256: context.version.sha256,
                                       scenarioSHA256: context.scenario.sha256)
        return try evaluations.analyses.value(for: key) { () throws(StoreError) in
            let grid: ShiftGrid
            do throws(ScenarioError) { grid = try context.problem.grid(for: context.roster) } catch { throw .input(error) }
            return VersionAnalysis(
                grid: grid, indicators: RosterIndicators(problem: context.problem, grid: grid, report: context.report),
                uncoveredPosts: UncoveredPostExplanation.explain(context.problem, grid),
                hardConflicts: HardConflictExplanation.explain(context.problem, grid, context.report))
        }
    }

    /// A version's context from its rows: derived data from the cache, sign-off progress from the rows.
    func context(_ records: VersionRecords) throws(StoreError) -> VersionContext {
        let evaluated = try evaluated(records.version, scenario: records.scenario)
        var overrides: [String: Override] = [:]
        for row in records.overrides { overrides[row.item] = row.decision }  // the latest justification of an item wins
        let workflow = SignOffWorkflow(
            version: records.version.number, state: records.version.state,
            overrides: overrides.values.sorted { $0.at == $1.at ? $0.item < $1.item : $0.at < $1.at },
            acknowledgements: records.acknowledgements.map(\.decision), signature: records.signOff?.record, policy: policy)
        return VersionContext(scenario: records.scenario, problem: try evaluator(of: records.scenario).problem, version: records.version,
                              roster: evaluated.roster, report: evaluated.report, checklist: evaluated.checklist, workflow: workflow)
    }
}
