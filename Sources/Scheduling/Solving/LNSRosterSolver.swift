import Foundation

/// Hybrid exact search: a short branch-and-cut run on the whole model, then a
/// large-neighbourhood search where each step frees part of the roster (some agents, some
/// days, or both), fixes the rest, and lets GLPK solve the sub-problem exactly, starting from
/// the incumbent so that a step never makes things worse. Neighbourhood sizes adapt to what
/// GLPK solves quickly.
///
/// If the first phase finds no roster, the search starts from the roster of locked cells in
/// a relaxed model where hard rules cost a large penalty instead of being rows; it then
/// drives the hard violations to zero and the evaluator says whether it got there.
public enum LNSRosterSolver {
    public static let engineName = "mip-glpk+lns"
    /// Price of one unit of hard-rule slack in the relaxed model.
    static let relaxedHardPenalty = 100_000.0

    public static func solve(_ problem: PlanningProblem, options: SolveOptions = SolveOptions()) throws(GLPKError) -> SolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { let d = clock.now - started; return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        let budget = options.timeLimitSeconds ?? 60
        let report = options.progress

        // Phase 0: a greedy roster, completed into a column vector of the strict model if it is legal.
        let strict = MIPEncoding.build(problem)
        let greedy = GreedyConstructor(problem: problem).build(deadline: started + .seconds(budget * 0.3))
        let greedyValues = try fixedValues(strict, greedy)
        var phaseEngines = [greedyValues == nil ? "greedy(illegal)" : "greedy"]

        // Phase 1: the whole model, warm-started from the greedy roster when it is legal.
        // A legal warm start gets a longer exact phase (it may prove optimality); otherwise the
        // exact phase only gets a short chance to find a first roster.
        // Large models spend that phase on the root LP alone, so they go to the search sooner.
        let large = strict.model.constraints.count > 30_000
        let firstLimit = greedyValues == nil || large ? min(budget * 0.1, 10) : min(budget * 0.25, 30)
        // The LP relaxation gives a valid lower bound; it runs on the second core meanwhile.
        let relaxation = BackgroundBound(model: strict.model, timeLimitSeconds: max(1, budget * 0.9))
        // GLPK's presolver is used here (it makes the exact phase much stronger); a GLPK call
        // that overruns its limit is caught by the caller's watchdog (see docs/solvers.md).
        var firstOptions = MIPOptions(timeLimitSeconds: max(1, firstLimit), relativeGap: options.relativeGap,
                                      initialSolution: greedyValues, stop: options.stop)
        if let report {
            firstOptions.progress = { @Sendable p in
                report(SolveProgress(elapsedSeconds: p.elapsedSeconds, bestObjective: p.incumbent, bound: p.bound, gap: p.gap, engine: "mip-glpk"))
            }
        }
        let first = try GLPKSolver.solve(strict.model, options: firstOptions)
        var bound = first.solution?.bound
        switch first {
        case .optimal, .infeasible:
            var result = MIPRosterSolver.result(of: first, encoding: strict)
            result.elapsedSeconds = elapsed()
            return result
        default: break
        }
        phaseEngines.append("mip-glpk")

        // Phase 2: large-neighbourhood search from the incumbent (or from the greedy roster, relaxed).
        var encoding = strict
        var values: [Double]
        if let solution = first.solution {
            values = solution.values
        } else {
            encoding = MIPEncoding.build(problem, relaxHardRulesAt: relaxedHardPenalty)
            guard let fixed = try fixedValues(encoding, greedy) else {
                return SolveResult(status: .noSolution(reason: "no roster found and the locked cells cannot be completed"), elapsedSeconds: elapsed(), engine: engineName)
            }
            values = fixed
            phaseEngines.append("relaxed-start")
        }
        var objective = encoding.model.objectiveValue(of: values)
        var rng = SeededGenerator(seed: options.seed)
        var sizes: [Neighbourhood.Kind: Double] = [
            .staff: Double(max(2, problem.staffCount / 8)),
            .days: Double(max(3, min(7, problem.dayCount / 4))),
            .block: Double(max(3, problem.staffCount / 4)),
        ]
        let base = encoding.model
        let trace = ProcessInfo.processInfo.environment["SCHED_TRACE"] != nil
        let evaluator = Evaluator(problem: problem)
        let fixing = NeighbourhoodFixing(encoding: encoding)
        var steps = 0, improvements = 0
        while elapsed() < budget - 0.2, options.stop?.isStopped != true {
            steps += 1
            let kind = Neighbourhood.Kind.allCases[Int.random(in: 0..<3, using: &rng)]
            let grid = encoding.grid(from: values)
            // Half of the steps aim at what is wrong: a violation's agent or dates.
            var focus: Violation?
            if Bool.random(using: &rng) {
                let violations = evaluator.evaluate(grid).violations
                let hard = violations.filter(\.hard)
                let pool = hard.isEmpty ? violations.filter { $0.penalty > 0 } : hard
                focus = pool.isEmpty ? nil : pool[Int.random(in: 0..<pool.count, using: &rng)]
            }
            let hood = Neighbourhood.draw(kind, size: sizes[kind]!, problem: problem, around: focus, using: &rng)
            var staffMask = [Bool](repeating: false, count: problem.staffCount)
            for s in hood.staff { staffMask[s] = true }
            let freeColumns = encoding.assignmentCells(for: grid)
                .filter { hood.contains(staff: $0.staff, day: $0.day, staffMask: staffMask) }.map(\.id.index)
            let fixed = fixing.fixedValues(freeAssignments: freeColumns, incumbent: values)
            let (model, columns) = base.restricted(fixing: fixed)
            let stepLimit = min(budget - elapsed(), max(0.5, min(2, budget / 30)))
            guard stepLimit > 0.2 else { break }
            let start = columns.map { values[$0] }
            // Cutting planes stay on: without them the steps prove far less (measured on the
            // bundled scenarios). GLPK does not stop a simplex in progress; the CLI's watchdog
            // covers the rare stall (docs/solvers.md).
            let outcome = try GLPKSolver.solve(model, options: MIPOptions(timeLimitSeconds: stepLimit, relativeGap: 0,
                                                                          initialSolution: start, stop: options.stop))
            if let solution = outcome.solution {
                var candidate = values
                for (i, original) in columns.enumerated() { candidate[original] = solution.values[i] }
                let candidateObjective = base.objectiveValue(of: candidate)
                if candidateObjective < objective - 1e-6 {
                    values = candidate
                    objective = candidateObjective
                    improvements += 1
                }
            }
            if case .optimal(let s) = outcome, s.elapsedSeconds < stepLimit * 0.3 {
                sizes[kind]! = sizes[kind]! * 1.25 + 1
            } else if case .optimal = outcome {
            } else {
                sizes[kind]! = max(2, sizes[kind]! * 0.75)
            }
            report?(SolveProgress(elapsedSeconds: elapsed(), bestObjective: objective - hardSlackCost(encoding, values), bound: bound, gap: nil, engine: "lns"))
            if trace {
                let status: String = switch outcome { case .optimal: "opt"; case .feasible: "feas"; case .infeasible: "infeas"; case .noSolution: "none" }
                FileHandle.standardError.write(Data("lns step \(steps) \(kind) size \(String(format: "%.1f", sizes[kind]!)) \(status) \(String(format: "%.2f", outcome.solution?.elapsedSeconds ?? -1))s obj \(String(format: "%.1f", objective)) slack \(String(format: "%.1f", hardSlackCost(encoding, values)))\n".utf8))
            }
        }
        phaseEngines.append("lns(\(steps) steps, \(improvements) improvements)")

        if let lpBound = relaxation.result() { bound = max(bound ?? -Double.infinity, lpBound) }
        let grid = encoding.grid(from: values)
        let evaluation = Evaluator(problem: problem).evaluate(grid)
        let solverObjective = objective - hardSlackCost(encoding, values)
        let roster = problem.roster(from: grid, provenance: Provenance(
            engine: engineName, engineVersion: SchedulingVersion.current, seed: options.seed,
            parameters: ["phases": phaseEngines.joined(separator: " → "), "timeLimitSeconds": "\(budget)"],
            objective: solverObjective, bound: bound))
        return SolveResult(status: .feasible, roster: roster, grid: grid, report: evaluation, solverObjective: solverObjective,
                           bound: bound, elapsedSeconds: elapsed(), engine: engineName)
    }

    /// The part of the objective paid for hard-rule slack in a relaxed model (0 otherwise).
    static func hardSlackCost(_ encoding: MIPEncoding, _ values: [Double]) -> Double {
        guard let penalty = encoding.hardRowPenalty else { return 0 }
        return encoding.hardSlacks.reduce(0) { $0 + values[$1.index] } * penalty
    }

    /// Completes a roster into a full column vector (penalty and indicator columns at their best
    /// values): the assignment columns are fixed and only the small LP of the other columns is solved.
    static func fixedValues(_ encoding: MIPEncoding, _ grid: ShiftGrid) throws(GLPKError) -> [Double]? {
        var fixed = [Double?](repeating: nil, count: encoding.model.variables.count)
        for cell in encoding.assignmentCells(for: grid) {
            let column = encoding.model.variables[cell.id.index]
            if cell.value < column.lowerBound || cell.value > (column.upperBound ?? 1) { return nil }
            fixed[cell.id.index] = cell.value
        }
        let (model, columns) = encoding.model.restricted(fixing: fixed)
        guard let solution = try GLPKSolver.solve(model, options: MIPOptions(timeLimitSeconds: 30, relativeGap: 0, presolve: false)).solution else { return nil }
        var values = fixed.map { $0 ?? 0 }
        for (i, original) in columns.enumerated() { values[original] = solution.values[i] }
        return values
    }
}
