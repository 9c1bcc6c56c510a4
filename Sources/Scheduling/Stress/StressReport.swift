/// What a stress run found, disruption by disruption: the figures a cadre weighs before the
/// events happen. Codable, so the CLI prints it as JSON and the service can store it.
public struct StressReport: Sendable, Codable, Hashable {
    /// Posts with a hard minimum (persons, summed over dates, shifts and skills) and how many
    /// the roster fills; `percent` is filled / required (100 when nothing is required).
    public struct Coverage: Sendable, Codable, Hashable {
        public var requiredPosts: Int
        public var filledPosts: Int
        public var percent: Double

        public init(problem: PlanningProblem, indicators: RosterIndicators) {
            requiredPosts = problem.demand.reduce(0) { $0 + max(0, $1.minimum) }
            filledPosts = requiredPosts - indicators.coverage.minimumPersonsMissing
            percent = requiredPosts == 0 ? 100 : Double(filledPosts) * 100 / Double(requiredPosts)
        }
    }

    /// The roster the disruptions hit.
    public struct Baseline: Sendable, Codable, Hashable {
        /// « fourni » (a roster file) or « proposé (engine) » (solved for the run).
        public var source: String
        /// Time spent proposing it (0 when given).
        public var elapsedSeconds: Double
        public var hardViolations: Int
        public var objective: Double
        public var coverage: Coverage
    }

    /// One disruption and its repair.
    public struct Entry: Sendable, Codable, Hashable {
        public var number: Int
        /// The option and its value, as typed (`--absence-wave 15%:week3`).
        public var option: String
        public var notation: String
        public var kind: String
        /// What happens, in French.
        public var label: String
        public var absentStaff: [StaffID]
        /// Coverage of the hard minimums once the shifts of the absent agents are cancelled and
        /// nothing else moved, then after the repair.
        public var coverageBefore: Coverage
        public var coverage: Coverage
        /// Minimum posts the repair could not fill.
        public var uncoveredPosts: [RosterIndicators.UncoveredPost]
        /// Agents working above their target after the repair, against the overtime cap.
        public var overtime: [StressOvertime]
        public var overtimeMinutes: Int
        /// Cells that differ from the roster: shifts cancelled by an absence, moves by the repair.
        public var changedCells: Int
        public var cancelledShifts: Int
        public var otherChanges: Int
        /// Agents with a changed cell other than their own cancelled shifts (« à prévenir »).
        public var toNotify: [StaffID]
        /// Hard violations left after the repair, by rule, and their messages in French.
        public var hardViolations: Int
        public var hardViolationsByRule: [String: Int]
        public var hardViolationMessages: [String]
        public var objective: Double
        /// True when the repair's objective and the evaluator's disagree (a bug).
        public var objectiveMismatch: Bool
        public var steps: Int
        public var elapsedSeconds: Double
    }

    public var scenario: String
    public var unit: String?
    public var period: PlanningPeriod
    public var staffCount: Int
    public var seed: UInt64
    public var repeatable: Bool
    /// The budget of each repair, in words (« 20 s » or « 20 étapes, 50 nœuds »).
    public var budget: String
    public var workers: Int
    public var baseline: Baseline
    public var entries: [Entry]
    public var elapsedSeconds: Double

    /// The report with every duration set to zero: two repeatable runs must give equal values.
    public var withoutTimings: StressReport {
        var copy = self
        copy.elapsedSeconds = 0
        copy.baseline.elapsedSeconds = 0
        for i in copy.entries.indices { copy.entries[i].elapsedSeconds = 0 }
        return copy
    }
}

extension StressReport.Entry {
    /// The entry of `number` for the repair of `stressCase` against `baseline` (the undisrupted grid).
    init(number: Int, stressCase: StressCase, repair: RepairResult, baseline: ShiftGrid) {
        let problem = repair.problem
        let before = RosterIndicators(problem: problem, grid: repair.cancelled, report: repair.cancelledReport)
        let after = RosterIndicators(problem: problem, grid: repair.grid, report: repair.report)
        self.number = number
        option = stressCase.disruption.option
        notation = stressCase.disruption.notation
        kind = stressCase.disruption.kindLabel
        label = stressCase.label
        absentStaff = stressCase.absentStaff
        coverageBefore = StressReport.Coverage(problem: problem, indicators: before)
        coverage = StressReport.Coverage(problem: problem, indicators: after)
        uncoveredPosts = after.coverage.uncoveredMinimum
        overtime = StressOvertime.list(problem, repair.grid, baseline: baseline)
        overtimeMinutes = overtime.reduce(0) { $0 + $1.overtimeMinutes }
        changedCells = repair.changes.count
        cancelledShifts = repair.changes.filter { $0.kind == .absence }.count
        otherChanges = repair.otherChanges
        toNotify = repair.notices.map(\.staff)
        let hard = repair.report.hardViolations
        hardViolations = hard.count
        hardViolationsByRule = Dictionary(grouping: hard, by: \.rule.rawValue).mapValues(\.count)
        hardViolationMessages = hard.map(\.message.fr)
        objective = repair.report.objective
        objectiveMismatch = repair.objectiveMismatch
        steps = repair.steps
        elapsedSeconds = repair.elapsedSeconds
    }
}
