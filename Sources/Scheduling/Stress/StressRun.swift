import Foundation

/// A roster stress test: a batch of disruptions, each repaired with as few changes as
/// possible (`RosterRepair`) and judged by the evaluator, two at a time.
public enum StressRun {
    /// Runs `disruptions` (the unit's standard batch when empty) against `roster`, or against a
    /// roster proposed for the run when nil, and reports.
    ///
    /// Every disruption is checked before any solve, and all problems are thrown at once.
    public static func run(_ scenario: Scenario, roster: Roster?, disruptions: [StressDisruption],
                           options: StressOptions = StressOptions()) throws(StressError) -> StressReport {
        try execute(scenario, roster: roster, disruptions: disruptions, options: options).report
    }

    /// A run with what the report summarises: the starting grid and every case with its repair.
    struct Execution {
        var report: StressReport
        var baseline: ShiftGrid
        var cases: [StressCase]
        var repairs: [RepairResult]
    }

    static func execute(_ scenario: Scenario, roster: Roster?, disruptions: [StressDisruption],
                        options: StressOptions) throws(StressError) -> Execution {
        let clock = ContinuousClock()
        let started = clock.now
        let problem: PlanningProblem
        do { problem = try PlanningProblem(scenario) } catch { throw .input(error) }

        let batch = disruptions.isEmpty ? StressBatch.standard(for: problem) : disruptions
        var cases: [StressCase] = []
        var problems: [PlanningProblem] = []
        var issues: [StressError.Issue] = []
        for disruption in batch {
            do {
                let stressCase = try StressCase(disruption, problem: problem, seed: options.seed, absenceCode: options.absenceCode,
                                                allowOvertime: options.allowOvertime)
                let disrupted = try PlanningProblem(try stressCase.applied.applied(to: scenario))
                cases.append(stressCase)
                problems.append(disrupted)
            } catch let error as StressError {
                if case .invalidDisruptions(let found) = error { issues += found } else { throw error }
            } catch let error as ScenarioError {
                issues += error.issues.map { StressError.Issue(option: disruption.option, value: disruption.notation, problem: "\($0)") }
            } catch {
                issues.append(StressError.Issue(option: disruption.option, value: disruption.notation, problem: "\(error)"))
            }
        }
        guard issues.isEmpty else { throw .invalidDisruptions(issues) }

        let baseline: ShiftGrid
        let source: String
        var solveSeconds = 0.0
        if let roster {
            do { baseline = try problem.grid(for: roster) } catch { throw .input(error) }
            source = "fourni"
        } else {
            let result: SolveResult
            do { result = try RosterSolver.solve(problem, options: options.solveOptions) } catch {
                throw .solver(what: "proposing the starting roster", message: "\(error)")
            }
            guard let grid = result.grid else { throw .solver(what: "proposing the starting roster", message: "no roster found") }
            baseline = grid
            source = "proposé (\(result.engine))"
            solveSeconds = result.elapsedSeconds
        }
        let baselineReport = Evaluator(problem: problem).evaluate(baseline)

        let repairOptions = options.repairOptions, changeWeight = options.changeWeight
        let frozenProblems = problems
        let total = cases.count
        var finished: (@Sendable (Int) -> Void)?
        if let progress = options.progress { finished = { done in progress(done, total) } }
        let outcomes = StressWorkerPool.map(total, workers: options.workers, finished: finished) { i -> Result<RepairResult, GLPKError> in
            Result { () throws(GLPKError) in
                try RosterRepair.repair(frozenProblems[i], current: baseline, changeWeight: changeWeight, options: repairOptions)
            }
        }
        var repairs: [RepairResult] = []
        for (i, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let repair): repairs.append(repair)
            case .failure(let error): throw .solver(what: "repairing after \(cases[i].disruption.option) \(cases[i].disruption.notation)", message: "\(error)")
            }
        }

        let entries = zip(cases, repairs).enumerated().map { i, pair in
            StressReport.Entry(number: i + 1, stressCase: pair.0, repair: pair.1, baseline: baseline)
        }
        let report = StressReport(
            scenario: scenario.name, unit: scenario.unit, period: scenario.period, staffCount: problem.staffCount, seed: options.seed,
            repeatable: options.isRepeatable, budget: budgetText(options), workers: options.workers,
            baseline: StressReport.Baseline(source: source, elapsedSeconds: solveSeconds, hardViolations: baselineReport.hardViolations.count, objective: baselineReport.objective,
                                            coverage: StressReport.Coverage(problem: problem, indicators: RosterIndicators(problem: problem, grid: baseline, report: baselineReport))),
            entries: entries, elapsedSeconds: (clock.now - started).seconds)
        return Execution(report: report, baseline: baseline, cases: cases, repairs: repairs)
    }

    static func budgetText(_ options: StressOptions) -> String {
        if let limit = options.repairTimeLimitSeconds { return "\(String(format: "%g", limit)) s par réparation" }
        return "\(options.iterationLimit ?? RosterRepair.repeatableSteps) étapes de voisinage, phase exacte de \(options.nodeLimit ?? RosterRepair.repeatableNodes) nœuds (répétable)"
    }
}
