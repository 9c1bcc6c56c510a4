/// The demand cells whose target is priced (a target above zero, a positive under-target
/// weight), where each (day, shift) has at most one such cell; nil when one has two (a shift
/// worked there could then fill a post of each). The head counts (`WeekendCoverBound`,
/// `ForcedShortfall`) rest on one worked shift filling at most one priced post.
func pricedTargetCells(_ problem: PlanningProblem) -> [DemandCell]? {
    var seen = Set<Int>()
    var cells: [DemandCell] = []
    for cell in problem.demand {
        guard let target = cell.target, target > 0, cell.underWeight > 0 else { continue }
        guard seen.insert(cell.day * problem.shiftCount + cell.shift).inserted else { return nil }
        cells.append(cell)
    }
    return cells
}
