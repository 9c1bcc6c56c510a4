/// Several rosters for the same unit under different priorities (`PriorityProfile`), optionally
/// forced apart: with `diversityWeight`, each variant pays that much for every worked cell it
/// shares with an earlier variant (`ReferenceRosterRule.diversity`). Every variant is then
/// judged with the unit's ORIGINAL weights, so that they can be compared. The `stability`
/// profile runs as a repair from the previous roster (`RosterRepair`, 100 per changed cell).
public enum VariantGeneration {
    public struct Variant: Sendable {
        public var profile: PriorityProfile
        public var roster: Roster
        public var grid: ShiftGrid
        /// The solve under the profile's weights (its objective, bound and gap are in those terms).
        public var solve: SolveResult
        /// The evaluator's report under the unit's original weights.
        public var report: EvaluationReport
    }

    /// Default price of one worked cell repeated from an earlier variant.
    public static let defaultDiversityWeight = 20.0

    public static func generate(_ base: PlanningProblem, profiles: [PriorityProfile], previous: ShiftGrid? = nil,
                                diversityWeight: Double? = nil, engine: SolverEngine = .hybrid,
                                options: SolveOptions = SolveOptions()) throws(VariantError) -> [Variant] {
        let unit = base.withoutReferences
        let judge = Evaluator(problem: unit)
        var variants: [Variant] = []
        for (i, profile) in profiles.enumerated() {
            // A continuity profile starts from the previous roster itself, as a repair does.
            let continuity = profile.multipliers.changeWeight.flatMap { weight in previous.map { (weight, $0) } }
            var problem = continuity == nil ? try profile.problem(from: unit, previous: previous)
                                            : PlanningProblem(validated: profile.applied(to: unit.scenario))
            if let diversityWeight, diversityWeight > 0 {
                for (j, earlier) in variants.enumerated() {
                    problem = problem.withReference(earlier.grid, mode: .diversity, weight: diversityWeight, label: "la variante \(j + 1)")
                }
            }
            var stepOptions = options
            stepOptions.seed = options.seed &+ UInt64(i)
            let result: SolveResult
            do {
                if let (weight, previous) = continuity {
                    let repaired = try RosterRepair.repair(problem, current: previous, changeWeight: weight, options: stepOptions)
                    result = SolveResult(status: .feasible, roster: repaired.roster, grid: repaired.grid, report: repaired.report,
                                         solverObjective: repaired.solverObjective, bound: nil, elapsedSeconds: repaired.elapsedSeconds,
                                         engine: RosterRepair.engineName)
                } else {
                    result = try RosterSolver.solve(problem, engine: engine, options: stepOptions)
                }
            } catch {
                throw .solver("\(error)")
            }
            guard let grid = result.grid, var roster = result.roster else { continue }
            var provenance = roster.provenance ?? Provenance(engine: result.engine, engineVersion: SchedulingVersion.current)
            var parameters = provenance.parameters ?? [:]
            parameters["profile"] = profile.rawValue
            if let diversityWeight { parameters["diversityWeight"] = "\(diversityWeight)" }
            provenance.parameters = parameters
            roster.provenance = provenance
            variants.append(Variant(profile: profile, roster: roster, grid: grid, solve: result, report: judge.evaluate(grid)))
        }
        return variants
    }
}
