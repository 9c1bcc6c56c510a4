import Foundation
import Scheduling

/// What every backend derives from stored content, through the cache: the scenario's evaluator,
/// a version's evaluation and checklist, its analysis, and a version's context put together
/// from its rows.
extension EvaluationCache {
    /// The evaluator of a stored scenario (its decoded problem and rules).
    package func evaluator(of stored: StoredScenario) throws(StoreError) -> Evaluator {
        try evaluators.value(for: stored.sha256) { () throws(StoreError) in Evaluator(problem: try RosterDatabase.problem(of: stored)) }
    }

    /// Evaluates a roster against a stored scenario.
    package func evaluate(_ roster: Roster, against stored: StoredScenario, source: String) throws(StoreError) -> EvaluationReport {
        let evaluator = try evaluator(of: stored)
        do throws(ScenarioError) { return try evaluator.evaluate(roster, source: source) } catch { throw .input(error) }
    }

    /// A version's roster, evaluation and checklist — without its near ties, which only the
    /// review needs (`context(…, forReview: true)`).
    package func evaluated(_ version: StoredVersion, scenario: StoredScenario, policy: SignOffPolicy) throws(StoreError) -> EvaluatedVersion {
        let key = EvaluatedVersion.Key(versionId: version.id ?? 0, versionSHA256: version.sha256, scenarioSHA256: scenario.sha256)
        return try versions.value(for: key) { () throws(StoreError) in
            let evaluator = try evaluator(of: scenario)
            let roster = try version.roster()
            let source = "roster \(version.rosterId) v\(version.number)"
            do throws(ScenarioError) {
                let report = try evaluator.evaluate(roster, source: source)
                let checklist = try ReviewChecklist(problem: evaluator.problem, roster: roster, report: report, policy: policy.withoutNearTies)
                return EvaluatedVersion(key: key, roster: roster, report: report, checklist: checklist)
            } catch { throw .input(error) }
        }
    }

    /// The roster a version holds: from the cache when the version was evaluated, else decoded.
    package func roster(of version: StoredVersion, scenario: StoredScenario) throws(StoreError) -> Roster {
        let key = EvaluatedVersion.Key(versionId: version.id ?? 0, versionSHA256: version.sha256, scenarioSHA256: scenario.sha256)
        if let kept = versions.value(for: key) { return kept.roster }
        return try version.roster()
    }

    /// Keeps the evaluation of a version just saved (the cadre usually opens it next).
    package func remember(_ prepared: PreparedVersion, versionId: Int64, scenario: StoredScenario, policy: SignOffPolicy) {
        guard let problem = try? evaluator(of: scenario).problem,
              let checklist = try? ReviewChecklist(problem: problem, roster: prepared.edited, report: prepared.report,
                                                   policy: policy.withoutNearTies) else { return }
        let key = EvaluatedVersion.Key(versionId: versionId, versionSHA256: prepared.sha256, scenarioSHA256: scenario.sha256)
        versions.insert(EvaluatedVersion(key: key, roster: prepared.edited, report: prepared.report, checklist: checklist), for: key)
    }

    /// The indicators and explanations of a loaded version.
    package func analysis(of context: VersionContext) throws(StoreError) -> VersionAnalysis {
        let key = EvaluatedVersion.Key(versionId: context.version.id ?? 0, versionSHA256: context.version.sha256,
                                       scenarioSHA256: context.scenario.sha256)
        return try analyses.value(for: key) { () throws(StoreError) in
            let grid: ShiftGrid
            do throws(ScenarioError) { grid = try context.problem.grid(for: context.roster) } catch { throw .input(error) }
            return VersionAnalysis(
                grid: grid, indicators: RosterIndicators(problem: context.problem, grid: grid, report: context.report),
                uncoveredPosts: UncoveredPostExplanation.explain(context.problem, grid),
                hardConflicts: HardConflictExplanation.explain(context.problem, grid, context.report))
        }
    }

    /// The near-tie points of attention of a version (cells whose best alternative costs little
    /// more), once per version.
    package func nearTiePoints(_ version: StoredVersion, scenario: StoredScenario, policy: SignOffPolicy) throws(StoreError) -> [ReviewItem] {
        let key = EvaluatedVersion.Key(versionId: version.id ?? 0, versionSHA256: version.sha256, scenarioSHA256: scenario.sha256)
        let evaluated = try evaluated(version, scenario: scenario, policy: policy)
        let problem = try evaluator(of: scenario).problem
        return try nearTies.value(for: key) { () throws(StoreError) in
            let grid: ShiftGrid
            do throws(ScenarioError) { grid = try problem.grid(for: evaluated.roster) } catch { throw .input(error) }
            return ReviewChecklist.nearTiePoints(problem: problem, grid: grid, origins: problem.origins(for: evaluated.roster), policy: policy)
        }
    }

    /// A version's context from its rows: derived data from the cache, sign-off progress from the
    /// rows (of several overrides of one item, the latest justification wins; decisions come in
    /// storage order). The checklist holds the near ties only `forReview` (the sign-off page and
    /// steps): finding them takes seconds on a large unit, once per version.
    package func context(scenario: StoredScenario, version: StoredVersion, overrides: [Override], acknowledgements: [Acknowledgement],
                         signature: SignatureRecord?, policy: SignOffPolicy, forReview: Bool) throws(StoreError) -> VersionContext {
        var evaluated = try evaluated(version, scenario: scenario, policy: policy)
        if forReview { evaluated.checklist.attentionPoints += try nearTiePoints(version, scenario: scenario, policy: policy) }
        var latest: [String: Override] = [:]
        for decision in overrides { latest[decision.item] = decision }
        let workflow = SignOffWorkflow(
            version: version.number, state: version.state,
            overrides: latest.values.sorted { $0.at == $1.at ? $0.item < $1.item : $0.at < $1.at },
            acknowledgements: acknowledgements, signature: signature, policy: policy)
        return VersionContext(scenario: scenario, problem: try evaluator(of: scenario).problem, version: version,
                              roster: evaluated.roster, report: evaluated.report, checklist: evaluated.checklist, workflow: workflow)
    }
}
