/// The LP relaxation of the master problem (`LineMaster`) kept loaded in GLPK while lines are
/// generated and agents held (`GLPKLPSession`): new lines become new columns, a held agent's
/// other columns are fixed at 0, and each solve starts from the last basis.
struct LineMasterLP {
    let session: GLPKLPSession
    /// `columns[s][k]`: the session column of agent s's k-th pooled line.
    private(set) var columns: [[Int]]
    let agentRows: [Int]
    let cellRows: [[Int]]
    let coverRows: [LineMaster.CoverRow]
    /// The demand cells of each (day, shift): `problem.demand` indices at `d * shiftCount + t`.
    private let cellsAt: [[Int]]
    private let problem: PlanningProblem

    init(problem: PlanningProblem, coverage: CoverageRule?, pool: LinePool) throws(GLPKError) {
        let master = LineMaster(problem: problem, coverage: coverage, pool: pool)
        session = try GLPKLPSession(master.model)
        columns = master.columns
        agentRows = master.agentRows
        cellRows = master.cellRows
        coverRows = master.coverRows
        var cellsAt = [[Int]](repeating: [], count: problem.dayCount * problem.shiftCount)
        for (i, cell) in problem.demand.enumerated() { cellsAt[cell.day * problem.shiftCount + cell.shift].append(i) }
        self.cellsAt = cellsAt
        self.problem = problem
    }

    /// Adds agent s's line (the pool's next one for her) as a column.
    mutating func add(_ line: [Int], cost: Double, staff s: Int) throws(GLPKError) {
        var rows = [agentRows[s]]
        for (d, t) in line.enumerated() where t >= 0 {
            for i in cellsAt[d * problem.shiftCount + t] where problem.staff(s, has: problem.demand[i].skill) {
                rows += cellRows[i]
            }
        }
        columns[s].append(try session.addColumn(objective: cost, upper: 1, rows: rows, values: Array(repeating: 1, count: rows.count)))
    }

    /// Holds agent s to her k-th pooled line.
    func hold(staff s: Int, line k: Int) throws(GLPKError) {
        for (j, column) in columns[s].enumerated() {
            try session.setBounds(column: column, lower: j == k ? 1 : 0, upper: j == k ? 1 : 0)
        }
    }

    /// Lets agent s take any of her pooled lines again.
    func release(staff s: Int) throws(GLPKError) {
        for column in columns[s] { try session.setBounds(column: column, lower: 0, upper: 1) }
    }

    /// Agent s's pooled line with the largest value in `values`, and that value.
    func heaviestLine(of s: Int, _ values: [Double]) -> (line: Int, value: Double)? {
        LineMaster.heaviest(columns[s], values)
    }
}
