extension CoverageRule {
    /// The demand cells of `roster` (indices in `problem.demand`) where one more qualified person
    /// would lower the coverage cost without breaking a maximum: the posts left open.
    func openPosts(in roster: ShiftGrid, of problem: PlanningProblem) -> [Int] {
        problem.demand.indices.filter { i in
            let cell = problem.demand[i]
            let n = Self.count(roster, problem, cell)
            let now = cost(n, cell), more = cost(n + 1, cell)
            return more.hard <= now.hard && more.penalty < now.penalty
        }
    }
}
