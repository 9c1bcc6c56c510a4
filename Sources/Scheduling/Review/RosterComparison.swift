/// The indicators of one roster in a side-by-side comparison (`sched-cli compare`, `variants`):
/// coverage, requests met by priority, spread of nights/weekends/holidays, hours, overtime,
/// hard violations, objective under the unit's weights, and the solver's bound and gap.
public struct RosterComparison: Sendable, Codable {
    public var name: String
    public var minimumPersonsMissing: Int
    public var targetPersonsMissing: Int
    /// Requests granted and asked, by priority (`P1`, `P2`, `other` for explicit weights without priority).
    public var requestsGranted: [String: Int]
    public var requestsAsked: [String: Int]
    /// Highest spread (max − min per full-time equivalent of availability) over the fairness groups.
    public var nightsSpread: Double
    public var weekendsSpread: Double
    public var holidaysSpread: Double
    /// Σ |worked − target| and the largest |worked − target|, in hours.
    public var hoursDeviationTotal: Double
    public var hoursDeviationMax: Double
    /// Σ max(0, worked − target) in hours, and the number of agents above target.
    public var overtimeHours: Double
    public var agentsOverTarget: Int
    public var hardViolations: Int
    public var softPenalty: Double
    public var objective: Double
    /// From the roster's provenance, when a solver wrote one (in the solver's own terms).
    public var bound: Double?
    public var gap: Double?
    public var engine: String?
    public var profile: String?

    public init(name: String, problem: PlanningProblem, grid: ShiftGrid, report: EvaluationReport, provenance: Provenance?) {
        self.name = name
        let indicators = RosterIndicators(problem: problem, grid: grid, report: report)
        minimumPersonsMissing = indicators.coverage.minimumPersonsMissing
        targetPersonsMissing = indicators.coverage.targetPersonsMissing
        var granted: [String: Int] = [:], asked: [String: Int] = [:]
        for request in problem.requests where request.weight > 0 {
            let key = request.priority?.rawValue ?? "other"
            asked[key, default: 0] += 1
            if !RequestRule.refused(request, grid[request.staff, request.day]) { granted[key, default: 0] += 1 }
        }
        requestsGranted = granted
        requestsAsked = asked
        func spread(_ measure: FairnessRule.Measure) -> Double {
            let rule = FairnessRule(id: "compare", measure: measure, weight: 1)
            return FairnessRule.groups(problem, measure).map { group in
                let values = group.members.map { Double(rule.count(grid, problem, staff: $0.staff)) * $0.scale }
                return (values.max() ?? 0) - (values.min() ?? 0)
            }.max() ?? 0
        }
        nightsSpread = spread(.nights)
        weekendsSpread = spread(.weekends)
        holidaysSpread = problem.isHoliday.contains(true) ? spread(.holidays) : 0
        let deviations = indicators.people.compactMap { person in person.targetMinutes.map { Double(person.workedMinutes - $0) / 60 } }
        hoursDeviationTotal = deviations.reduce(0) { $0 + abs($1) }
        hoursDeviationMax = deviations.map(abs).max() ?? 0
        overtimeHours = deviations.reduce(0) { $0 + max(0, $1) }
        agentsOverTarget = deviations.filter { $0 > 1e-9 }.count
        hardViolations = report.hardViolations.count
        softPenalty = report.softPenalty
        objective = report.objective
        bound = provenance?.bound
        if let bound, let solverObjective = provenance?.objective, solverObjective > 1e-9 {
            gap = max(0, (solverObjective - bound) / solverObjective)
        }
        engine = provenance?.engine
        profile = provenance?.parameters?["profile"]
    }
}
