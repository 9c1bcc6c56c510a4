/// What the local search minimises, in the evaluator's own terms: the number of violations
/// of hard rules that no solver trades (rests, hours, absences…), then the objective (soft
/// penalties plus the minimum-staffing shortfalls, which are priced rather than counted here,
/// as in the MIP: an uncovered post is reported, never hidden).
public struct SearchScore: Sendable, Comparable, CustomStringConvertible {
    public var hard: Int
    public var objective: Double
    /// How far the hard rules are broken: each violation counts 1 plus its amount (in days,
    /// shifts… or, for rules measured in minutes, in 8-hour shifts), so that moves that shrink
    /// a violation are seen as progress.
    public var hardAmount: Double

    public init(hard: Int, objective: Double, hardAmount: Double? = nil) {
        self.hard = hard
        self.objective = objective
        self.hardAmount = hardAmount ?? Double(hard)
    }

    /// The score of a whole evaluation report.
    public init(_ report: EvaluationReport) {
        self.init(PartCost(report.violations))
    }

    init(_ part: PartCost) {
        self.init(hard: part.hard, objective: part.penalty, hardAmount: part.hardAmount)
    }

    /// What one unit of `hardAmount` weighs when two scores have as many hard violations.
    public static let defaultHardWeight = 10_000.0

    /// A legal roster beats an illegal one; between illegal rosters, the one whose breaches
    /// are smaller (`hardAmount`: count and size) wins, then the lower objective; between
    /// legal rosters, the lower objective.
    public static func < (a: SearchScore, b: SearchScore) -> Bool {
        if (a.hard == 0) != (b.hard == 0) { return a.hard == 0 }
        return a.cost(hardWeight: defaultHardWeight) < b.cost(hardWeight: defaultHardWeight) - 1e-9
    }

    /// One number for acceptance tests: each unit of `hardAmount` costs `hardWeight`.
    public func cost(hardWeight: Double) -> Double { hardAmount * hardWeight + objective }

    public var description: String { "\(hard) hard, objective \(objective)" }
}

/// Delta evaluation of a roster under change, driven by the evaluator's own rules.
///
/// The score is kept split by the scope of each rule: one part per agent for the personal
/// rules (re-run for the agents a move touches, through `PersonalRule.evaluate(staff:)`; the
/// rules whose violations lie on a few days, `DayLocalRule`, only around the days it changes,
/// before and after; those that judge sums over the period, `LineTotalRule`, on each agent's
/// `LineTotals`, updated cell by cell),
/// one part per demand cell for coverage (priced by `CoverageRule.cost`), one part per
/// fairness group (`FairnessRule.count` and `spread`), and any other rule re-run in full.
/// There is no second copy of a rule here: a change in a rule's definition changes the
/// local search with it, and `IncrementalEvaluationTests` checks the parts against the
/// evaluator after random moves.
public struct IncrementalEvaluation: Sendable {
    public let problem: PlanningProblem
    /// Personal rules re-run over an agent's whole line, those judged on her line's totals, and
    /// those re-run around the changed days.
    private let personalRules: [any PersonalRule]
    private let lineTotalRules: [any LineTotalRule]
    private let dayLocalRules: [any DayLocalRule]
    private let coverage: CoverageRule?
    private var fairness: [FairnessTracker]
    private let otherRules: [any RosterRule]

    public private(set) var grid: ShiftGrid
    public private(set) var score: SearchScore

    private var staffCost: [PartCost]
    /// The part of `staffCost` due to `personalRules` and `lineTotalRules` (the rest is the
    /// day-local rules').
    private var wholeLineCost: [PartCost]
    private var totals: [LineTotals]
    private var coverCount: [Int]
    private var coverCost: [PartCost]
    private var otherCost: PartCost

    // The move being tried, until `commit()` or `rollback()`.
    private var trial: Trial?
    /// Cost-only: the inner loop never writes a violation's sentence.
    private var scratch = ViolationSink(keeping: .none)

    public init(problem: PlanningProblem, grid: ShiftGrid) {
        self.problem = problem
        self.grid = grid
        var personal: [any PersonalRule] = [], lineTotal: [any LineTotalRule] = [], dayLocal: [any DayLocalRule] = []
        var other: [any RosterRule] = []
        var coverage: CoverageRule?, fairness: [FairnessTracker] = []
        for rule in RuleCatalogue.rules(for: problem) {
            if let rule = rule as? any DayLocalRule { dayLocal.append(rule) }
            else if let rule = rule as? any LineTotalRule { lineTotal.append(rule) }
            else if let rule = rule as? any PersonalRule { personal.append(rule) }
            else if let rule = rule as? CoverageRule { coverage = rule }
            else if let rule = rule as? FairnessRule { fairness.append(FairnessTracker(rule: rule, problem: problem)) }
            else { other.append(rule) }
        }
        personalRules = personal
        dayLocalRules = dayLocal
        lineTotalRules = lineTotal
        self.coverage = coverage
        otherRules = other
        staffCost = []
        wholeLineCost = []
        totals = (0..<problem.staffCount).map { LineTotals(grid, problem, staff: $0) }
        coverCount = CoverageRule.counts(grid, problem, problem.demand)
        coverCost = []
        otherCost = PartCost()
        score = SearchScore(hard: 0, objective: 0)
        for i in fairness.indices { fairness[i].recount(grid) }
        self.fairness = fairness
        wholeLineCost = (0..<problem.staffCount).map { wholeLineCost(staff: $0, totals: totals[$0]) }
        staffCost = (0..<problem.staffCount).map { wholeLineCost[$0] + dayLocalCost(staff: $0, near: nil) }
        coverCost = problem.demand.indices.map { cost(demand: $0, count: coverCount[$0]) }
        otherCost = otherRulesCost()
        score = total()
    }

    /// The score the roster would have after `changes` (applied now; call `commit()` to keep
    /// them or `rollback()` to undo them before the next trial).
    public mutating func tryChanges(_ changes: [CellChange]) -> SearchScore {
        precondition(trial == nil, "commit or roll back the previous trial first")
        var trial = Trial()
        // The day-local rules' cost around each agent's changed days, before the change.
        var before: [(staff: Int, days: ClosedRange<Int>, cost: PartCost)] = []
        for change in changes {
            if let k = before.firstIndex(where: { $0.staff == change.staff }) {
                before[k].days = min(before[k].days.lowerBound, change.day)...max(before[k].days.upperBound, change.day)
            } else {
                before.append((change.staff, change.day...change.day, PartCost()))
            }
        }
        for k in before.indices { before[k].cost = dayLocalCost(staff: before[k].staff, near: before[k].days) }
        for change in changes {
            let old = grid[change.staff, change.day]
            guard old != change.shift else { continue }
            trial.undo.append(CellChange(staff: change.staff, day: change.day, shift: old))
            grid[change.staff, change.day] = change.shift
            if let k = trial.totals.firstIndex(where: { $0.staff == change.staff }) {
                trial.totals[k].totals.update(day: change.day, from: old, in: grid, problem, staff: change.staff)
            } else {
                var mine = totals[change.staff]
                mine.update(day: change.day, from: old, in: grid, problem, staff: change.staff)
                trial.totals.append((change.staff, mine))
            }
            if !trial.staff.contains(change.staff) { trial.staff.append(change.staff) }
            for i in problem.demandOfDay[change.day] {
                let cell = problem.demand[i]
                guard cell.shift == old || cell.shift == change.shift, problem.staff(change.staff, has: cell.skill) else { continue }
                let delta = cell.shift == change.shift ? 1 : -1
                if let k = trial.cover.firstIndex(where: { $0.index == i }) { trial.cover[k].count += delta }
                else { trial.cover.append((i, coverCount[i] + delta, PartCost())) }
            }
        }
        var newScore = score
        for s in trial.staff {
            let old = before.first { $0.staff == s }!
            let whole = wholeLineCost(staff: s, totals: trial.totals.first { $0.staff == s }!.totals)
            let cost = staffCost[s] - wholeLineCost[s] - old.cost + whole + dayLocalCost(staff: s, near: old.days)
            newScore.add(cost, minus: staffCost[s])
            trial.staffCost.append(cost)
            trial.wholeLineCost.append(whole)
        }
        for k in trial.cover.indices {
            let i = trial.cover[k].index
            let cost = cost(demand: i, count: trial.cover[k].count)
            newScore.add(cost, minus: coverCost[i])
            trial.cover[k].cost = cost
        }
        for f in fairness.indices where !trial.staff.isEmpty {
            let (cost, counts) = fairness[f].costAfterChange(of: trial.staff, grid)
            newScore.objective += cost - fairness[f].cost
            trial.fairness.append((cost, counts))
        }
        if !otherRules.isEmpty && !trial.staff.isEmpty {
            trial.otherCost = otherRulesCost()
            newScore.add(trial.otherCost, minus: otherCost)
        }
        trial.score = newScore
        self.trial = trial
        return newScore
    }

    /// Keeps the changes of the last trial.
    public mutating func commit() {
        guard let trial else { return }
        for (k, s) in trial.staff.enumerated() {
            staffCost[s] = trial.staffCost[k]
            wholeLineCost[s] = trial.wholeLineCost[k]
        }
        for entry in trial.totals { totals[entry.staff] = entry.totals }
        for entry in trial.cover {
            coverCount[entry.index] = entry.count
            coverCost[entry.index] = entry.cost
        }
        for (f, entry) in trial.fairness.enumerated() { fairness[f].commit(cost: entry.cost, counts: entry.counts, staff: trial.staff) }
        if !otherRules.isEmpty && !trial.staff.isEmpty { otherCost = trial.otherCost }
        score = trial.score
        self.trial = nil
    }

    /// Undoes the changes of the last trial.
    public mutating func rollback() {
        guard let trial else { return }
        for change in trial.undo.reversed() { grid[change.staff, change.day] = change.shift }
        self.trial = nil
    }

    /// Replaces the whole roster (a better incumbent found elsewhere) and recomputes every part.
    public mutating func reset(to newGrid: ShiftGrid) {
        self = IncrementalEvaluation(problem: problem, grid: newGrid)
    }

    /// The days with a coverage penalty (missing or extra staff), for moves aimed at them.
    public func daysWithCoverageCost() -> [Int] {
        var days: [Int] = []
        for (i, cost) in coverCost.enumerated() where cost.penalty > 0 || cost.hard > 0 {
            let d = problem.demand[i].day
            if days.last != d { days.append(d) }
        }
        return days
    }

    // MARK: - Parts

    private mutating func wholeLineCost(staff s: Int, totals: LineTotals) -> PartCost {
        scratch.removeAll()
        for rule in personalRules { rule.evaluate(grid, problem, staff: s, into: &scratch) }
        for rule in lineTotalRules { rule.evaluate(totals, problem, staff: s, into: &scratch) }
        return scratch.cost
    }

    /// The day-local rules' cost of agent s near `days` (all of it when nil).
    private mutating func dayLocalCost(staff s: Int, near days: ClosedRange<Int>?) -> PartCost {
        scratch.removeAll()
        for rule in dayLocalRules {
            if let days { rule.evaluate(grid, problem, staff: s, near: days, into: &scratch) }
            else { rule.evaluate(grid, problem, staff: s, into: &scratch) }
        }
        return scratch.cost
    }

    private func cost(demand i: Int, count: Int) -> PartCost {
        guard let coverage else { return PartCost() }
        let cell = problem.demand[i]
        let (hard, penalty) = coverage.cost(count, cell)
        return PartCost(hard: hard, hardAmount: hard > 0 ? Double(1 + count - (cell.maximum ?? count)) : 0, penalty: penalty)
    }

    private mutating func otherRulesCost() -> PartCost {
        scratch.removeAll()
        for rule in otherRules { rule.evaluate(grid, problem, into: &scratch) }
        return scratch.cost
    }

    private func total() -> SearchScore {
        var score = SearchScore(hard: otherCost.hard, objective: otherCost.penalty, hardAmount: otherCost.hardAmount)
        for cost in staffCost { score.add(cost) }
        for cost in coverCost { score.add(cost) }
        for tracker in fairness { score.objective += tracker.cost }
        return score
    }

    /// The work of one trial, kept until it is committed or rolled back.
    private struct Trial {
        var undo: [CellChange] = []
        var staff: [Int] = []
        var staffCost: [PartCost] = []
        var wholeLineCost: [PartCost] = []
        var totals: [(staff: Int, totals: LineTotals)] = []
        var cover: [(index: Int, count: Int, cost: PartCost)] = []
        var fairness: [(cost: Double, counts: [Int])] = []
        var otherCost = PartCost()
        var score = SearchScore(hard: 0, objective: 0)
    }
}

extension SearchScore {
    mutating func add(_ part: PartCost) {
        hard += part.hard
        hardAmount += part.hardAmount
        objective += part.penalty
    }

    mutating func add(_ part: PartCost, minus old: PartCost) {
        hard += part.hard - old.hard
        hardAmount += part.hardAmount - old.hardAmount
        objective += part.penalty - old.penalty
    }
}
