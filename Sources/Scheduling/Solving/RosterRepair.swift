import Foundation

/// Re-plans a roster with as few changes as possible: after the cadre's edits (locked cells
/// keep their values) or after a disruption (new absences, raised minimum staffing).
///
/// The problem is the unit's own plus a `ReferenceRosterRule` in `.stability` mode against the
/// current roster, so every changed cell costs `changeWeight`. The search starts from the
/// current roster itself — locked cells set, cells on a new absence cleared — in the model where
/// each unit of hard-rule slack costs 100 000, so the start is always a solution; it then runs a
/// short exact phase on the whole model and large-neighbourhood steps aimed at what is broken or
/// changed (free every agent over a few days around a violation or a changed cell, or a few
/// agents over half the month).
/// A change therefore happens only when it buys more than it costs: legality first (100 000 per
/// unit of slack), then an uncovered minimum post (10 000), then anything worth more than
/// `changeWeight`.
///
/// With no time limit the repair is repeatable: the exact phase gets `nodeLimit` subproblems
/// (skipped on a large model, where it was never seen to help), then `iterationLimit`
/// neighbourhood steps of 50 subproblems each; the same input and seed give the same roster.
public enum RosterRepair {
    public static let engineName = "repair"
    /// Repeatable repairs: subproblems of the exact phase and steps when the caller sets none.
    static let repeatableNodes = 200
    static let repeatableSteps = 20

    /// The default price of one changed cell (see docs/repair-and-variants.md): above every
    /// single-cell gain that is not coverage (a refused P1 request costs 500, an hour away from
    /// target 20, a unit of fairness spread 10), below one person missing against a coverage
    /// target (1 000) and far below an uncovered minimum post (10 000): filling one missing
    /// minimum post may move up to 16 other cells.
    public static let defaultChangeWeight = 600.0

    /// Re-plans `current` for `problem` (the unit after the disruption, with the cadre's locks).
    /// Reference terms already attached to `problem` are kept in the search, not in the report.
    /// `currentOrigins`, the current roster's cell origins when it records them, are kept for
    /// the cells the repair leaves alone (the moved ones become `.repair`, see `RepairResult`).
    public static func repair(_ problem: PlanningProblem, current: ShiftGrid, currentOrigins: CellOriginGrid? = nil,
                              changeWeight: Double = defaultChangeWeight,
                              options: SolveOptions = SolveOptions()) throws(GLPKError) -> RepairResult {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { (clock.now - started).seconds }
        // nil: a repeatable run, bounded by subproblems and steps instead of the clock.
        let budget = options.timeLimitSeconds
        let stepCount = options.iterationLimit ?? repeatableSteps
        let unit = problem.withoutReferences
        // Reference terms already on the problem (a variant's diversity) stay; the report is the unit's.
        let referenced = problem.withReference(current, mode: .stability, weight: changeWeight, label: "le planning en cours")
        let start = startingGrid(unit, current: current)
        let encoding = MIPEncoding.build(referenced, relaxHardRulesAt: LNSRosterSolver.relaxedHardPenalty)
        guard var values = try LNSRosterSolver.fixedValues(encoding, start) else {
            // Cannot happen for a grid that respects locks, absences and allowed shifts; said anyway.
            return RepairResult(problem: unit, current: current, repaired: start, elapsedSeconds: elapsed(), steps: 0,
                                phases: ["start rejected by the model"], changeWeight: changeWeight, currentOrigins: currentOrigins)
        }
        var objective = encoding.model.objectiveValue(of: values)
        var phases = ["start"]

        // Exact phase on the whole model, from the current roster. On a unit-sized model GLPK
        // rarely improves a start this far from legal within seconds (measured on S2-bis: 13 s,
        // no progress), so large models get only a short chance and the steps get the rest.
        let large = encoding.model.constraints.count > 10_000
        let exactOptions: MIPOptions?
        if let budget {
            let limit = large ? min(budget * 0.05, 3) : min(budget * 0.3, 20)
            exactOptions = limit < 0.2 ? nil : MIPOptions(timeLimitSeconds: limit, relativeGap: options.relativeGap,
                                                          nodeLimit: options.nodeLimit, initialSolution: values, stop: options.stop)
        } else {
            exactOptions = large ? nil : MIPOptions(relativeGap: options.relativeGap, nodeLimit: options.nodeLimit ?? repeatableNodes,
                                                    initialSolution: values, stop: options.stop)
        }
        if let exactOptions, options.stop?.isStopped != true {
            let outcome = try GLPKSolver.solve(encoding.model, options: exactOptions)
            if let solution = outcome.solution, solution.objective < objective - 1e-6 {
                values = solution.values
                objective = encoding.model.objectiveValue(of: values)
            }
            phases.append("mip-glpk")
            if case .optimal = outcome {
                return finish(unit, current: current, currentOrigins: currentOrigins, encoding: encoding, values: values,
                              phases: phases + ["optimal"], steps: 0, elapsed: elapsed(), changeWeight: changeWeight, seed: options.seed)
            }
        }

        // Large-neighbourhood steps aimed at the remaining violations (the change terms excluded).
        var rng = SeededGenerator(seed: options.seed)
        // Judged with the change terms, so that steps also aim at changed cells (to undo a needless one).
        let evaluator = Evaluator(problem: referenced)
        let fixing = NeighbourhoodFixing(encoding: encoding)
        let base = encoding.model
        var sizes: [Neighbourhood.Kind: Double] = [.days: Double(max(3, min(7, problem.dayCount / 4))), .block: Double(max(3, problem.staffCount / 4))]
        var steps = 0
        let trace = ProcessInfo.processInfo.environment["SCHED_TRACE"] != nil
        if trace { FileHandle.standardError.write(Data("repair after exact phase: obj \(String(format: "%.1f", objective)) at \(String(format: "%.1f", elapsed())) s, \(encoding.model.constraints.count) rows\n".utf8)) }
        while budget.map({ elapsed() < $0 - 0.2 }) ?? (steps < stepCount), options.stop?.isStopped != true {
            steps += 1
            let grid = encoding.grid(from: values)
            let violations = evaluator.evaluate(grid).violations
            // Hard violations half of the time (some may be impossible to fix, like an uncovered
            // skill with nobody available), otherwise any priced one, changed cells included.
            let hard = violations.filter(\.hard)
            let pool = !hard.isEmpty && Bool.random(using: &rng) ? hard : violations.filter { $0.penalty > 0 || $0.hard }
            let focus = pool.isEmpty || Int.random(in: 0..<5, using: &rng) == 0 ? nil : pool[Int.random(in: 0..<pool.count, using: &rng)]
            let kind: Neighbourhood.Kind = Bool.random(using: &rng) ? .days : .block
            let hood = Neighbourhood.draw(kind, size: sizes[kind]!, problem: unit, around: focus, using: &rng)
            var staffMask = [Bool](repeating: false, count: problem.staffCount)
            for s in hood.staff { staffMask[s] = true }
            let free = encoding.assignmentCells(for: grid).filter { hood.contains(staff: $0.staff, day: $0.day, staffMask: staffMask) }.map(\.id.index)
            let (model, columns) = base.restricted(fixing: fixing.fixedValues(freeAssignments: free, incumbent: values))
            var stepOptions = MIPOptions(relativeGap: 0, nodeLimit: 50, initialSolution: columns.map { values[$0] }, stop: options.stop)
            var stepLimit = 0.0
            if let budget {
                stepLimit = min(budget - elapsed(), max(0.5, min(2, budget / 30)))
                guard stepLimit > 0.2 else { break }
                stepOptions.timeLimitSeconds = stepLimit
                stepOptions.nodeLimit = nil
            }
            let outcome = try GLPKSolver.solve(model, options: stepOptions)
            if let solution = outcome.solution {
                var candidate = values
                for (i, original) in columns.enumerated() { candidate[original] = solution.values[i] }
                let candidateObjective = base.objectiveValue(of: candidate)
                if candidateObjective < objective - 1e-6 { values = candidate; objective = candidateObjective }
            }
            if case .optimal(let s) = outcome, budget == nil || s.elapsedSeconds < stepLimit * 0.3 {
                sizes[kind]! = sizes[kind]! * 1.25 + 1
            } else if case .optimal = outcome {
            } else {
                sizes[kind]! = max(2, sizes[kind]! * 0.75)
            }
            if trace {
                let status: String = switch outcome { case .optimal: "opt"; case .feasible: "feas"; case .infeasible: "infeas"; case .noSolution: "none" }
                FileHandle.standardError.write(Data("repair step \(steps) \(kind) size \(String(format: "%.1f", sizes[kind]!)) free \(free.count) \(status) \(String(format: "%.2f", outcome.solution?.elapsedSeconds ?? -1))s obj \(String(format: "%.1f", objective))\n".utf8))
            }
            options.progress?(SolveProgress(elapsedSeconds: elapsed(), bestObjective: objective - LNSRosterSolver.hardSlackCost(encoding, values),
                                            bound: nil, gap: nil, engine: engineName))
        }
        phases.append("lns(\(steps) steps)")
        return finish(unit, current: current, currentOrigins: currentOrigins, encoding: encoding, values: values, phases: phases,
                      steps: steps, elapsed: elapsed(), changeWeight: changeWeight, seed: options.seed)
    }

    /// The current roster made acceptable to the model: locked cells at their value, cells on
    /// an absence or on a shift the agent may not work cleared.
    static func startingGrid(_ problem: PlanningProblem, current: ShiftGrid) -> ShiftGrid {
        var grid = current
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount {
                if let locked = problem.lock[s][d] {
                    grid[s, d] = locked
                } else if problem.absence[s][d] != nil || (grid[s, d] >= 0 && !problem.allowed[s][grid[s, d]]) {
                    grid[s, d] = ShiftGrid.off
                }
            }
        }
        return grid
    }

    static func finish(_ unit: PlanningProblem, current: ShiftGrid, currentOrigins: CellOriginGrid?, encoding: MIPEncoding,
                       values: [Double], phases: [String], steps: Int, elapsed: Double, changeWeight: Double, seed: UInt64) -> RepairResult {
        let grid = encoding.grid(from: values)
        var result = RepairResult(problem: unit, current: current, repaired: grid, elapsedSeconds: elapsed, steps: steps,
                                  phases: phases, changeWeight: changeWeight, currentOrigins: currentOrigins)
        result.solverObjective = encoding.model.objectiveValue(of: values) - LNSRosterSolver.hardSlackCost(encoding, values)
        result.referencedObjective = Evaluator(problem: encoding.problem).evaluate(grid).objective
        result.roster.provenance = Provenance(
            engine: engineName, engineVersion: SchedulingVersion.current, seed: seed,
            parameters: ["phases": phases.joined(separator: " → "), "changeWeight": "\(changeWeight)"],
            objective: result.report.objective)
        return result
    }
}
