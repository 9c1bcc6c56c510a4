/// One exact step on a few agents, over the whole period or some days: GLPK rebuilds
/// their cells there, every other cell stays (`MIPEncoding.build(_:freeing:days:of:)`). The
/// model holds only the freed cells' columns and the posts they can take, so a step costs the
/// same on a unit of 10 agents over a month as on 150 agents over a year — the way to exact
/// steps where the whole model is too large to build.
struct AgentPeriodStep {
    let problem: PlanningProblem
    /// Price of one unit of hard-rule slack when the agents' hard rules may bend.
    let relaxedPenalty: Double

    /// The roster with the agents' cells rebuilt, or nil when GLPK found nothing in time.
    ///
    /// - Parameter keepHardRules: the agents' hard rules are rows (a tighter problem, without a
    ///   start when the roster breaks them); otherwise they cost `relaxedPenalty` per unit of
    ///   slack and the roster itself is the start, so the step never makes things worse.
    func run(_ roster: ShiftGrid, freeing staff: [Int], days: [Int]? = nil, keepHardRules: Bool, timeLimitSeconds: Double?,
             nodeLimit: Int? = nil, stop: StopToken?) throws(GLPKError) -> Outcome? {
        let encoding = MIPEncoding.build(problem, freeing: staff, days: days, of: roster, relaxHardRulesAt: keepHardRules ? nil : relaxedPenalty)
        var fixed = [Double?](repeating: nil, count: encoding.model.variables.count)
        for cell in encoding.assignmentCells(for: roster) { fixed[cell.id.index] = cell.value }
        let start = try GLPKSolver.complete(encoding.model, fixing: fixed, timeLimitSeconds: 5)
        let options = MIPOptions(timeLimitSeconds: timeLimitSeconds, relativeGap: 0, nodeLimit: nodeLimit, initialSolution: start, stop: stop)
        let outcome = try GLPKSolver.solve(encoding.model, options: options)
        guard let solution = outcome.solution else { return nil }
        var proven = false
        if case .optimal = outcome { proven = true }
        return Outcome(roster: encoding.grid(from: solution.values), proven: proven, columns: encoding.model.variables.count,
                       seconds: solution.elapsedSeconds)
    }

    struct Outcome {
        var roster: ShiftGrid
        /// GLPK proved the agents' cells optimal given the others'.
        var proven: Bool
        var columns: Int
        var seconds: Double
    }
}
