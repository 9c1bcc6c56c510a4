/// The explainable difference between two rosters of the same unit and period — a proposal
/// and the cadre's edit, two variants, two signed versions: the changed cells grouped by agent
/// and by date, what each change does to each rule (violations introduced, resolved, worsened
/// or improved), to coverage, requests, hours and fairness, the totals per rule, and who made
/// each change.
///
/// Both rosters are judged by the same `Evaluator`; violations are matched by `ViolationKey`.
/// A violation change is attributed to every changed cell it concerns (`ViolationKey.touches`);
/// the ones concerning no single changed cell (fairness spreads) are listed as unit-wide.
public struct RosterDiff: Sendable, Codable {
    /// One changed cell: the agent's shift before and after (nil: day off).
    public struct CellChange: Sendable, Hashable, Codable {
        public var staff: StaffID
        public var date: CivilDate
        public var before: ShiftCode?
        public var after: ShiftCode?
        /// Who made the change (`cadre:NAME`, `engine:lns`…), when known.
        public var author: String?
        /// What set the new content, when the second roster records cell origins.
        public var origin: CellOrigin?
        /// The violation changes that concern this cell.
        public var effects: [ViolationChange]
        /// Sum of the effects' penalty changes (a violation shared by two changed cells counts for both).
        public var penaltyDelta: Double
    }

    /// An agent's changes and her figures before and after.
    public struct PersonChanges: Sendable, Codable {
        public var staff: StaffID
        public var changes: [CellChange]
        public var workedMinutesBefore: Int
        public var workedMinutesAfter: Int
        /// Contract target corrected by the carried hour balance, nil without a target.
        public var targetMinutes: Int?
        public var nightsBefore: Int
        public var nightsAfter: Int
        public var weekendsBefore: Int
        public var weekendsAfter: Int
        public var holidaysBefore: Int
        public var holidaysAfter: Int
        public var requestsRefusedBefore: Int
        public var requestsRefusedAfter: Int
        /// Penalty of the violations naming her (personal rules), before and after.
        public var penaltyBefore: Double
        public var penaltyAfter: Double
    }

    /// The changes of one date.
    public struct DateChanges: Sendable, Codable {
        public var date: CivilDate
        public var changes: [CellChange]
    }

    /// A demand line (date, shift, skill) whose head count changed.
    public struct CoverageChange: Sendable, Hashable, Codable {
        public var date: CivilDate
        public var shift: ShiftCode
        public var skill: Skill?
        public var countBefore: Int
        public var countAfter: Int
        public var minimum: Int
        public var target: Int?
        public var maximum: Int?
    }

    /// A request (désidérata) honoured on one side and refused on the other.
    public struct RequestChange: Sendable, Hashable, Codable {
        public var staff: StaffID
        public var date: CivilDate
        public var kind: StaffRequest.Kind
        public var shift: ShiftCode?
        public var priority: StaffRequest.Priority?
        public var weight: Double
        public var honouredBefore: Bool
        public var honouredAfter: Bool
    }

    /// One rule's penalty and hard-violation count on each side.
    public struct RuleTotal: Sendable, Hashable, Codable {
        public var rule: RuleID
        public var penaltyBefore: Double
        public var penaltyAfter: Double
        public var penaltyDelta: Double
        public var hardBefore: Int
        public var hardAfter: Int
    }

    public var scenario: String
    public var period: PlanningPeriod
    public var authorBefore: String?
    public var authorAfter: String?
    public var changeCount: Int
    public var byPerson: [PersonChanges]
    public var byDate: [DateChanges]
    /// Every violation that differs, in key order.
    public var violationChanges: [ViolationChange]
    /// The violation changes that concern no single changed cell (fairness spreads…).
    public var unitWideChanges: [ViolationChange]
    public var coverage: [CoverageChange]
    public var requests: [RequestChange]
    public var requestCount: Int
    public var requestsHonouredBefore: Int
    public var requestsHonouredAfter: Int
    /// Rules with a penalty or a hard violation on either side, in rule order.
    public var ruleTotals: [RuleTotal]
    /// Hard violations that appear or grow, and those that disappear or shrink.
    public var hardIntroduced: [ViolationChange]
    public var hardResolved: [ViolationChange]
    public var hardCountBefore: Int
    public var hardCountAfter: Int
    public var objectiveBefore: Double
    public var objectiveAfter: Double
    public var objectiveDelta: Double

    /// Compares two roster files' contents, checking first that they plan the same unit,
    /// period and staff, then that both fit the evaluator's scenario.
    public static func compare(_ before: Roster, _ after: Roster, evaluator: Evaluator,
                               cellAuthors: [CellAddress: String] = [:],
                               sources: (before: String, after: String) = ("before", "after")) throws(RosterDiffError) -> RosterDiff {
        guard before.scenario == after.scenario else { throw .differentUnit(before: before.scenario, after: after.scenario) }
        guard before.period == after.period else { throw .differentPeriod(before: before.period, after: after.period) }
        let staffBefore = Set(before.rows.map(\.staff)), staffAfter = Set(after.rows.map(\.staff))
        guard staffBefore == staffAfter else {
            throw .differentStaff(onlyBefore: staffBefore.subtracting(staffAfter).sorted(), onlyAfter: staffAfter.subtracting(staffBefore).sorted())
        }
        let problem = evaluator.problem
        let gridBefore: ShiftGrid, gridAfter: ShiftGrid
        do throws(ScenarioError) {
            gridBefore = try problem.grid(for: before, source: sources.before)
            gridAfter = try problem.grid(for: after, source: sources.after)
        } catch {
            throw .rosterDoesNotFit(error)
        }
        return RosterDiff(evaluator: evaluator, before: gridBefore, after: gridAfter,
                          authorBefore: before.provenance?.author, authorAfter: after.provenance?.author, cellAuthors: cellAuthors,
                          originsAfter: problem.origins(for: after))
    }

    /// Compares two grids of the evaluator's problem.
    /// - Complexity: two evaluations, O(staff × days) for the cells and indicators, and
    ///   O(changes × violation changes of the changed agents) for the attribution.
    public init(evaluator: Evaluator, before: ShiftGrid, after: ShiftGrid, authorBefore: String? = nil, authorAfter: String? = nil,
                cellAuthors: [CellAddress: String] = [:], originsAfter: CellOriginGrid? = nil) {
        let problem = evaluator.problem
        scenario = problem.scenario.name
        period = problem.scenario.period
        let start = period.start
        let reportBefore = evaluator.evaluate(before), reportAfter = evaluator.evaluate(after)
        let code = { (t: Int) -> ShiftCode? in t < 0 ? nil : problem.shifts[t].code }

        let violationChanges = ViolationChange.compare(before: reportBefore.violations, after: reportAfter.violations)
        var personalChanges: [StaffID: [Int]] = [:]
        var datedUnitChanges: [CivilDate: [Int]] = [:]
        var attributed = [Bool](repeating: false, count: violationChanges.count)
        for (i, change) in violationChanges.enumerated() {
            if let staff = change.staff { personalChanges[staff, default: []].append(i) }
            else if !change.key.dates.isEmpty { for date in change.key.dates { datedUnitChanges[date, default: []].append(i) } }
        }

        var changes: [CellChange] = []
        for s in 0..<problem.staffCount {
            let id = problem.staffID(s)
            for d in 0..<problem.dayCount where before[s, d] != after[s, d] {
                let date = problem.dates[d]
                let shifts = [code(before[s, d]), code(after[s, d])].compactMap { $0 }
                var effects: [ViolationChange] = []
                for i in (personalChanges[id] ?? []) + (datedUnitChanges[date] ?? [])
                where violationChanges[i].key.touches(staff: id, date: date, shifts: shifts) {
                    effects.append(violationChanges[i])
                    attributed[i] = true
                }
                effects.sort { $0.key < $1.key }
                changes.append(CellChange(staff: id, date: date, before: code(before[s, d]), after: code(after[s, d]),
                                          author: cellAuthors[CellAddress(staff: id, date: date)] ?? authorAfter,
                                          origin: originsAfter.map { $0[s, d] }.flatMap { $0 == .unknown ? nil : $0 },
                                          effects: effects, penaltyDelta: effects.reduce(0) { $0 + $1.penaltyDelta }))
            }
        }
        changeCount = changes.count
        self.violationChanges = violationChanges
        unitWideChanges = violationChanges.indices.filter { !attributed[$0] }.map { violationChanges[$0] }

        let indicatorsBefore = RosterIndicators(problem: problem, grid: before, report: reportBefore)
        let indicatorsAfter = RosterIndicators(problem: problem, grid: after, report: reportAfter)
        var personalPenaltyBefore: [StaffID: Double] = [:], personalPenaltyAfter: [StaffID: Double] = [:]
        for v in reportBefore.violations { if let staff = v.staff { personalPenaltyBefore[staff, default: 0] += v.penalty } }
        for v in reportAfter.violations { if let staff = v.staff { personalPenaltyAfter[staff, default: 0] += v.penalty } }
        let changesByStaff = Dictionary(grouping: changes, by: \.staff)
        byPerson = (0..<problem.staffCount).compactMap { s in
            let id = problem.staffID(s)
            guard let own = changesByStaff[id] else { return nil }
            let a = indicatorsBefore.people[s], b = indicatorsAfter.people[s]
            return PersonChanges(staff: id, changes: own, workedMinutesBefore: a.workedMinutes, workedMinutesAfter: b.workedMinutes,
                                 targetMinutes: a.targetMinutes, nightsBefore: a.nights, nightsAfter: b.nights,
                                 weekendsBefore: a.weekends, weekendsAfter: b.weekends, holidaysBefore: a.holidays, holidaysAfter: b.holidays,
                                 requestsRefusedBefore: a.requestsRefused, requestsRefusedAfter: b.requestsRefused,
                                 penaltyBefore: personalPenaltyBefore[id] ?? 0, penaltyAfter: personalPenaltyAfter[id] ?? 0)
        }
        byDate = Dictionary(grouping: changes, by: \.date).sorted { $0.key < $1.key }.map { DateChanges(date: $0.key, changes: $0.value) }

        let changedDays = Set(changes.map { start.days(to: $0.date) })
        coverage = problem.demand.compactMap { cell in
            guard changedDays.contains(cell.day) else { return nil }
            let n = CoverageRule.count(before, problem, cell), m = CoverageRule.count(after, problem, cell)
            guard n != m else { return nil }
            return CoverageChange(date: problem.dates[cell.day], shift: problem.shifts[cell.shift].code, skill: cell.skill,
                                  countBefore: n, countAfter: m, minimum: cell.minimum, target: cell.target, maximum: cell.maximum)
        }

        var requests: [RequestChange] = []
        var honouredBefore = 0, honouredAfter = 0
        for request in problem.requests {
            let a = !RequestRule.refused(request, before[request.staff, request.day])
            let b = !RequestRule.refused(request, after[request.staff, request.day])
            if a { honouredBefore += 1 }
            if b { honouredAfter += 1 }
            guard a != b else { continue }
            requests.append(RequestChange(staff: problem.staffID(request.staff), date: problem.dates[request.day], kind: request.kind,
                                          shift: request.shift.map { problem.shifts[$0].code }, priority: request.priority,
                                          weight: request.weight, honouredBefore: a, honouredAfter: b))
        }
        self.requests = requests.sorted { ($0.date, $0.staff) < ($1.date, $1.staff) }
        requestCount = problem.requests.count
        requestsHonouredBefore = honouredBefore
        requestsHonouredAfter = honouredAfter

        var totals: [RuleID: RuleTotal] = [:]
        for (report, isAfter) in [(reportBefore, false), (reportAfter, true)] {
            for v in report.violations {
                var total = totals[v.rule] ?? RuleTotal(rule: v.rule, penaltyBefore: 0, penaltyAfter: 0, penaltyDelta: 0, hardBefore: 0, hardAfter: 0)
                if isAfter { total.penaltyAfter += v.penalty; total.hardAfter += v.hard ? 1 : 0 }
                else { total.penaltyBefore += v.penalty; total.hardBefore += v.hard ? 1 : 0 }
                totals[v.rule] = total
            }
        }
        ruleTotals = totals.values.map { total in
            var total = total
            total.penaltyDelta = total.penaltyAfter - total.penaltyBefore
            return total
        }.sorted { $0.rule < $1.rule }

        hardIntroduced = violationChanges.filter(\.breaksHardRule)
        hardResolved = violationChanges.filter { $0.hard && ($0.kind == .resolved || $0.kind == .improved) }
        hardCountBefore = reportBefore.hardViolations.count
        hardCountAfter = reportAfter.hardViolations.count
        objectiveBefore = reportBefore.objective
        objectiveAfter = reportAfter.objective
        objectiveDelta = objectiveAfter - objectiveBefore
        self.authorBefore = authorBefore
        self.authorAfter = authorAfter
    }
}
