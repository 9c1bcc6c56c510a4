/// The figures a cadre reads first about a roster: hours against target per person, nights,
/// weekends and holidays worked, and coverage of the demand.
public struct RosterIndicators: Sendable, Codable {
    public struct Person: Sendable, Codable {
        public var staff: StaffID
        public var workedMinutes: Int
        public var targetMinutes: Int?
        public var shifts: Int
        public var nights: Int
        public var weekends: Int
        public var holidays: Int
        public var requestsRefused: Int
    }

    public struct Coverage: Sendable, Codable {
        /// Demand cells with a hard minimum, and persons missing against those minima.
        public var minimumCells: Int
        public var minimumPersonsMissing: Int
        public var targetCells: Int
        public var targetPersonsMissing: Int
        /// Posts left uncovered against the minimum: date, shift, skill, persons missing.
        public var uncoveredMinimum: [UncoveredPost]
    }

    public struct UncoveredPost: Sendable, Codable, Hashable {
        public var date: CivilDate
        public var shift: ShiftCode
        public var skill: Skill?
        public var missing: Int
    }

    public var people: [Person]
    public var coverage: Coverage

    public init(problem: PlanningProblem, grid: ShiftGrid, report: EvaluationReport) {
        let refused = Dictionary(grouping: report.violations.filter { $0.rule == "REQUEST" }, by: { $0.staff })
        people = (0..<problem.staffCount).map { s in
            let days = 0..<problem.dayCount
            return Person(
                staff: problem.staffID(s),
                workedMinutes: problem.workedMinutes(grid, staff: s),
                targetMinutes: ContractHoursRule.effectiveTarget(problem, s),
                shifts: days.filter { grid[s, $0] >= 0 }.count,
                nights: days.filter { grid[s, $0] >= 0 && problem.isNight[grid[s, $0]] }.count,
                weekends: problem.workedWeekends(grid, staff: s),
                holidays: days.filter { problem.isHoliday[$0] && grid[s, $0] >= 0 }.count,
                requestsRefused: refused[problem.staffID(s)]?.count ?? 0)
        }
        var coverage = Coverage(minimumCells: 0, minimumPersonsMissing: 0, targetCells: 0, targetPersonsMissing: 0, uncoveredMinimum: [])
        for cell in problem.demand {
            let n = CoverageRule.count(grid, problem, cell)
            if cell.minimum > 0 {
                coverage.minimumCells += 1
                if n < cell.minimum {
                    coverage.minimumPersonsMissing += cell.minimum - n
                    coverage.uncoveredMinimum.append(UncoveredPost(date: problem.dates[cell.day], shift: problem.shifts[cell.shift].code, skill: cell.skill, missing: cell.minimum - n))
                }
            }
            if let target = cell.target {
                coverage.targetCells += 1
                coverage.targetPersonsMissing += max(0, target - n)
            }
        }
        self.coverage = coverage
    }
}

/// The machine-readable summary of a solve (`sched-cli solve --json`).
public struct SolveSummary: Sendable, Codable {
    public var status: String
    public var engine: String
    public var elapsedSeconds: Double
    public var objective: Double?
    public var solverObjective: Double?
    public var bound: Double?
    public var gap: Double?
    public var hardViolations: Int?
    public var softPenalty: Double?
    public var feasible: Bool?
    public var indicators: RosterIndicators?
    /// Engine, version, seed and parameters: enough to replay the proposal.
    public var provenance: Provenance?
    public var violations: [Violation]?
    /// Why each uncovered minimum post stayed uncovered.
    public var uncoveredPosts: [UncoveredPostExplanation]?
    /// Where each other hard violation comes from (imposed cells or unresolved by the search).
    public var hardConflicts: [HardConflictExplanation]?

    public init(result: SolveResult, problem: PlanningProblem) {
        switch result.status {
        case .optimal: status = "optimal"
        case .feasible: status = "feasible"
        case .infeasible(let reason): status = "infeasible: \(reason)"
        case .noSolution(let reason): status = "no solution: \(reason)"
        }
        engine = result.engine
        elapsedSeconds = result.elapsedSeconds
        objective = result.report?.objective
        solverObjective = result.solverObjective
        bound = result.bound
        gap = result.gap
        hardViolations = result.report?.hardViolations.count
        softPenalty = result.report?.softPenalty
        feasible = result.report?.isFeasible
        provenance = result.roster?.provenance
        if let grid = result.grid, let report = result.report {
            indicators = RosterIndicators(problem: problem, grid: grid, report: report)
            violations = report.violations
            uncoveredPosts = UncoveredPostExplanation.explain(problem, grid)
            hardConflicts = HardConflictExplanation.explain(problem, grid, report)
        }
    }
}
