/// The states of one agent's shortest line when her worked minutes and worked weekends are
/// carried along (`AgentLineBuilder.resourcePath`): each state of her `LineGraph` once per
/// (weekends worked so far, minutes worked so far) layer, so that a path ends only within her
/// contract minutes and her maximum of weekends. Minutes are counted in grains, the greatest
/// common divisor of her shifts' lengths (480 and 600 minutes: grains of 120).
///
/// Nil when she has no such limit (the plain path is already exact for them) or when the
/// layers would be too many for a path per pricing (`largestStates` per day).
struct ResourceLineGraph: Sendable {
    /// `steps[t]`: the grains of her local shift type t (as numbered in `LineGraph.types`).
    let steps: [Int]
    /// Minute levels 0..<levels (levels == 1 when minutes are not carried).
    let levels: Int
    /// The least level a line may end on.
    let minLevel: Int
    /// Weekend counts 0..<weekendLayers (1 when weekends are not carried).
    let weekendLayers: Int

    init?(problem: PlanningProblem, limit: AgentLineLimits, graph: LineGraph) {
        let lengths = graph.types.map { problem.paidMinutes[$0] }
        let grain = lengths.filter { $0 > 0 }.reduce(0) { Self.gcd($0, $1) }
        let minutes = (limit.minMinutes != nil || limit.maxMinutes != nil) && grain > 0
        steps = minutes ? lengths.map { $0 / grain } : lengths.map { _ in 0 }
        let longest = (steps.max() ?? 0) * problem.dayCount
        levels = minutes ? min(longest, limit.maxMinutes.map { max(-1, $0) / grain } ?? longest) + 1 : 1
        minLevel = minutes ? limit.minMinutes.map { ($0 + grain - 1) / grain } ?? 0 : 0
        let weekendCount = problem.weekends.count
        weekendLayers = limit.maxWeekends.map { $0 < weekendCount ? max(0, $0) + 1 : 1 } ?? 1
        guard levels > 0, levels > 1 || weekendLayers > 1,
              levels * weekendLayers * graph.stateCount <= Self.largestStates else { return nil }
    }

    /// The most (state, layer) pairs per day for which a path per pricing stays cheap.
    static let largestStates = 20_000

    var layerCount: Int { levels * weekendLayers }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
