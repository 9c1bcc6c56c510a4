/// The states of one agent's shortest line when her worked minutes, her worked weekends and
/// her shifts of one type are carried along (`AgentLineBuilder.resourcePath`): each state of her
/// `LineGraph` once per (weekends worked so far, shifts of the counted type so far, minutes
/// worked so far) layer, so that a path ends only within her contract minutes, her maximum of
/// weekends and her maximum of that type. Minutes are counted in grains, the greatest common
/// divisor of her shifts' lengths (480 and 600 minutes: grains of 120). The counted type is
/// the one with the smallest maximum below the days she could work it (often nights, « 4 at
/// most »): the maximum a path is most likely to break when it is only priced.
///
/// Nil when she has no such limit (the plain path is already exact for them) or when the
/// layers would be too many for a path per pricing (`largestStates` per day); the counted
/// type is left out first when it alone makes them too many.
struct ResourceLineGraph: Sendable {
    /// `steps[t]`: the grains of her local shift type t (as numbered in `LineGraph.types`).
    let steps: [Int]
    /// Minute levels 0..<levels (levels == 1 when minutes are not carried).
    let levels: Int
    /// The least level a line may end on.
    let minLevel: Int
    /// Weekend counts 0..<weekendLayers (1 when weekends are not carried).
    let weekendLayers: Int
    /// The shift type (as numbered in the problem) whose shifts are counted, nil when none is.
    let countedType: Int?
    /// `countSteps[t]`: 1 when her local shift type t is the counted one, else 0.
    let countSteps: [Int]
    /// Counts of the counted type 0..<countLayers (1 when none is counted).
    let countLayers: Int

    /// `countingTypes`: whether a shift type may be counted at all.
    init?(problem: PlanningProblem, limit: AgentLineLimits, graph: LineGraph, countingTypes: Bool = true) {
        let lengths = graph.types.map { problem.paidMinutes[$0] }
        let grain = minuteGrain(lengths)
        let minutes = (limit.minMinutes != nil || limit.maxMinutes != nil) && grain > 0
        steps = minutes ? lengths.map { $0 / grain } : lengths.map { _ in 0 }
        let longest = (steps.max() ?? 0) * problem.dayCount
        levels = minutes ? min(longest, limit.maxMinutes.map { max(-1, $0) / grain } ?? longest) + 1 : 1
        minLevel = minutes ? limit.minMinutes.map { ($0 + grain - 1) / grain } ?? 0 : 0
        let weekendCount = problem.weekends.count
        weekendLayers = limit.maxWeekends.map { $0 < weekendCount ? max(0, $0) + 1 : 1 } ?? 1
        let base = levels * weekendLayers * graph.stateCount
        let counted = Self.tightestType(limit: limit, types: graph.types)
        let kept = counted.flatMap { countingTypes && base * ($0.most + 1) <= Self.largestStates ? $0 : nil }
        countedType = kept?.type
        countLayers = (kept?.most ?? 0) + 1
        countSteps = graph.types.map { $0 == kept?.type ? 1 : 0 }
        guard levels > 0, levels > 1 || weekendLayers > 1 || countLayers > 1, base <= Self.largestStates else { return nil }
    }

    /// The most (state, layer) pairs per day for which a path per pricing stays cheap.
    static let largestStates = 20_000

    var layerCount: Int { levels * weekendLayers * countLayers }

    /// Among her shift types, the one with the smallest maximum that is below the days on
    /// which she could work it (a maximum she cannot reach needs no counting), and that maximum.
    static func tightestType(limit: AgentLineLimits, types: [Int]) -> (type: Int, most: Int)? {
        var best: (type: Int, most: Int)?
        for t in types {
            guard let most = limit.maxShifts[t], most > 0 else { continue }
            let days = limit.choices.filter { $0.contains(t) }.count
            if most < days, best.map({ most < $0.most }) ?? true { best = (t, most) }
        }
        return best
    }

}
