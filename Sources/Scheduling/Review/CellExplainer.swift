/// Builds `CellExplanation`s and finds near-tie cells for one problem; keep one per problem
/// (it holds a single-agent evaluator per agent).
public struct CellExplainer: Sendable {
    public let problem: PlanningProblem
    public let evaluator: Evaluator
    public let local: LocalChangeEvaluator
    /// Default tolerance of a near tie: the best legal alternative costs at most this much more.
    public static let defaultNearTieTolerance: Double = 10

    public init(problem: PlanningProblem, evaluator: Evaluator? = nil, local: LocalChangeEvaluator? = nil) {
        self.problem = problem
        self.evaluator = evaluator ?? Evaluator(problem: problem)
        self.local = local ?? LocalChangeEvaluator(problem: problem)
    }

    /// Explains the cell of agent `s` on day `d` (negative days are history).
    /// - Parameters:
    ///   - provenance: the roster's provenance, for its author.
    ///   - origins: the roster's cell origins, when it records them (`PlanningProblem.origins(for:)`):
    ///     the cell's own origin is reported before the roster's author.
    ///   - top: how many alternatives to keep.
    public func explain(_ grid: ShiftGrid, provenance: Provenance? = nil, origins cellOrigins: CellOriginGrid? = nil,
                        staff s: Int, day d: Int, top: Int = 3,
                        nearTieTolerance: Double = CellExplainer.defaultNearTieTolerance) -> CellExplanation {
        let id = problem.staffID(s), date = problem.date(ofDay: d)
        let t = problem.shift(grid, staff: s, day: d)
        let code = t >= 0 ? problem.shifts[t].code : nil
        guard (0..<problem.dayCount).contains(d) else {
            return CellExplanation(staff: id, date: date, shift: code, fromHistory: d < 0 && d >= -problem.historyLength,
                                   origins: d < 0 && d >= -problem.historyLength ? [.history] : [.unknown], demand: [], requests: [],
                                   violations: [], alternatives: [], alternativesConsidered: 0, nearTie: false)
        }
        var origins: [CellExplanation.Origin] = []
        if problem.lock[s][d] != nil { origins.append(.locked) }
        if let absence = problem.absence[s][d] { origins.append(.absence(absence)) }
        if let origin = cellOrigins?[s, d], Self.reportsCellOrigin(origin, lockedOrAbsent: !origins.isEmpty) { origins.append(.cell(origin)) }
        origins.append(provenance.map { .roster(author: $0.author) } ?? .unknown)

        var demand: [CellExplanation.DemandStatus] = []
        if t >= 0 {
            for cell in local.demandByDay[d] where cell.shift == t && problem.staff(s, has: cell.skill) {
                demand.append(.init(shift: problem.shifts[cell.shift].code, skill: cell.skill, count: CoverageRule.count(grid, problem, cell),
                                    minimum: cell.minimum, target: cell.target, maximum: cell.maximum))
            }
        }
        let requests = problem.requests.filter { $0.staff == s && $0.day == d }.map { r in
            CellExplanation.RequestStatus(kind: r.kind, shift: r.shift.map { problem.shifts[$0].code }, priority: r.priority,
                                          weight: r.weight, honoured: !RequestRule.refused(r, t))
        }
        let shifts = code.map { [$0] } ?? []
        let violations = evaluator.evaluate(grid).violations.filter { ViolationKey($0).touches(staff: id, date: date, shifts: shifts) }
        let all = alternatives(grid, staff: s, day: d)
        let best = all.first { $0.isTradeOff }
        return CellExplanation(staff: id, date: date, shift: code, fromHistory: false, origins: origins, demand: demand, requests: requests,
                               violations: violations, alternatives: Array(all.prefix(top)), alternativesConsidered: all.count,
                               nearTie: best.map { $0.totalDelta <= nearTieTolerance } ?? false)
    }

    /// Whether a recorded cell origin adds to what the scenario already says of the cell: not
    /// when it is not recorded, nor when it only repeats the scenario's lock or absence.
    static func reportsCellOrigin(_ origin: CellOrigin, lockedOrAbsent: Bool) -> Bool {
        switch origin {
        case .unknown: false
        case .lock, .absence: !lockedOrAbsent
        default: true
        }
    }

    /// Every alternative for the cell of agent `s` on day `d`, legal ones first, then those
    /// breaking only priced hard rules (minimum staffing), then the others, each by cost: the
    /// agent on each other shift she may work or off, and each agent who may take her shift
    /// swapping with her that day (agents absent, or not allowed on the shift they would take,
    /// are not tried).
    /// - Complexity: (shift types + staff) local evaluations.
    public func alternatives(_ grid: ShiftGrid, staff s: Int, day d: Int) -> [CellExplanation.Alternative] {
        var baseline = LocalChangeEvaluator.Baseline(grid)
        return alternatives(&baseline, staff: s, day: d)
    }

    func alternatives(_ baseline: inout LocalChangeEvaluator.Baseline, staff s: Int, day d: Int) -> [CellExplanation.Alternative] {
        let grid = baseline.grid
        let t = grid[s, d]
        var result: [CellExplanation.Alternative] = []
        let mayWork = { (agent: Int, shift: Int) in shift < 0 || (problem.absence[agent][d] == nil && problem.allowed[agent][shift]) }
        for other in -1..<problem.shiftCount where other != t && mayWork(s, other) {
            let effects = local.changes(&baseline, setting: [CellChange(staff: s, day: d, shift: other)])
            result.append(alternative(.reassign(to: other >= 0 ? problem.shifts[other].code : nil), effects: effects, staff: s, day: d, from: t, to: other))
        }
        for partner in 0..<problem.staffCount where partner != s {
            let theirs = grid[partner, d]
            guard theirs != t, mayWork(partner, t), mayWork(s, theirs) else { continue }
            let effects = local.changes(&baseline, setting: [CellChange(staff: s, day: d, shift: theirs), CellChange(staff: partner, day: d, shift: t)])
            result.append(alternative(.swap(with: problem.staffID(partner), theirShift: theirs >= 0 ? problem.shifts[theirs].code : nil),
                                      effects: effects, staff: s, day: d, from: t, to: theirs))
        }
        return result.sorted { a, b in
            if a.legality != b.legality { return a.legality < b.legality }
            if a.totalDelta != b.totalDelta { return a.totalDelta < b.totalDelta }
            return a.sentence.en < b.sentence.en
        }
    }

    /// The cells whose best legal trade-off costs at most `tolerance` more than the roster
    /// (negative: the roster could be improved by that one move). A trade-off is an alternative
    /// that breaks no hard rule and changes at least one violation: moves that change nothing
    /// (two interchangeable colleagues swapping) are equivalent choices, not close calls. Only
    /// worked cells set by the roster are examined — not locked, not absent, and, when the
    /// roster records cell `origins`, not written by the cadre — unless `includeDaysOff`.
    /// - Complexity: worked cells × (shift types + staff) local evaluations: a few seconds for a
    ///   60-agent month in a release build.
    public func nearTieCells(_ grid: ShiftGrid, tolerance: Double = CellExplainer.defaultNearTieTolerance,
                             includeDaysOff: Bool = false, origins: CellOriginGrid? = nil) -> [NearTieCell] {
        var result: [NearTieCell] = []
        var baseline = LocalChangeEvaluator.Baseline(grid)
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where problem.lock[s][d] == nil && problem.absence[s][d] == nil && (includeDaysOff || grid[s, d] >= 0)
                && origins?[s, d] != .cadre {
                guard let best = alternatives(&baseline, staff: s, day: d).first(where: \.isTradeOff), best.totalDelta <= tolerance else { continue }
                result.append(NearTieCell(staff: problem.staffID(s), date: problem.dates[d],
                                          shift: grid[s, d] >= 0 ? problem.shifts[grid[s, d]].code : nil, best: best))
            }
        }
        return result
    }

    func alternative(_ move: CellExplanation.Alternative.Move, effects: [ViolationChange], staff s: Int, day d: Int, from t: Int, to other: Int) -> CellExplanation.Alternative {
        var deltas: [RuleID: CellExplanation.RuleDelta] = [:]
        for e in effects {
            var delta = deltas[e.rule] ?? CellExplanation.RuleDelta(rule: e.rule, penaltyDelta: 0, hardDelta: 0)
            delta.penaltyDelta += e.penaltyDelta
            if e.hard { delta.hardDelta += e.breaksHardRule ? 1 : -1 }
            deltas[e.rule] = delta
        }
        let total = effects.reduce(0) { $0 + $1.penaltyDelta }
        let breaks = effects.contains(where: \.breaksHardRule)
        let who = problem.staffID(s), date = problem.dates[d]
        let code = { (t: Int) -> ShiftCode? in t >= 0 ? self.problem.shifts[t].code : nil }
        func sentence(_ l: Language) -> String {
            let here = ReviewWording.shift(code(t), l), there = ReviewWording.shift(code(other), l)
            let head: String = switch move {
            case .reassign:
                ReviewWording.pick(l, "si \(who) était en \(there) au lieu de \(here) le \(ReviewWording.date(date, l))",
                                   "if \(who) were on \(there) instead of \(here) on \(date)")
            case .swap(let partner, _):
                ReviewWording.pick(l, "si \(partner) prenait \(here) à la place de \(who) le \(ReviewWording.date(date, l)) (\(who) : \(there))",
                                   "if \(partner) took \(here) instead of \(who) on \(date) (\(who): \(there))")
            }
            let parts = effects.map { $0.phrase(l) }
            return head + ReviewWording.pick(l, " : ", ": ") + (parts.isEmpty ? ReviewWording.pick(l, "aucun effet", "no effect") : parts.joined(separator: ", "))
                + " — " + ReviewWording.pick(l, "total ", "total ") + ReviewWording.signed(total)
                + (breaks ? ReviewWording.pick(l, " (enfreint une règle impérative)", " (breaks a hard rule)") : "")
        }
        return CellExplanation.Alternative(move: move, effects: effects, ruleDeltas: deltas.values.sorted { $0.rule < $1.rule },
                                           totalDelta: total, breaksHardRule: breaks, sentence: LocalizedText(fr: sentence(.fr), en: sentence(.en)))
    }
}

extension CellExplanation.Alternative {
    /// Breaks no hard rule and changes at least one violation: a real choice between rules.
    public var isTradeOff: Bool { !breaksHardRule && !effects.isEmpty }

    /// 0: legal; 1: breaks only hard rules that carry a price (minimum staffing); 2: breaks an
    /// unpriced hard rule (rest, absence…), which no cost makes acceptable.
    var legality: Int {
        let broken = effects.filter(\.breaksHardRule)
        if broken.isEmpty { return 0 }
        return broken.contains { $0.penaltyDelta <= 0 } ? 2 : 1
    }
}
