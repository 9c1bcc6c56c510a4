/// The LP relaxation of the master problem (`LineMaster`) kept loaded in GLPK while lines are
/// generated and agents held (`GLPKLPSession`): new lines become new columns, a held agent's
/// other columns are fixed at 0, and each solve starts from the last basis.
///
/// Lines the LP does not use and whose reduced cost is above zero are **parked**: fixed at 0,
/// so that GLPK leaves them out of its working problem (its simplex excludes fixed non-basic
/// columns) and each solve prices only the lines that may matter. A parked line whose reduced
/// cost falls below zero at later duals is let back in for good (`unpark`), so an LP with
/// nothing left to let back in is the LP over the whole pool.
struct LineMasterLP {
    let session: GLPKLPSession
    /// `columns[s][k]`: the session column of agent s's k-th pooled line.
    private(set) var columns: [[Int]]
    let agentRows: [Int]
    let cellRows: [[Int]]
    let coverRows: [LineMaster.CoverRow]
    /// `lineRows[s][k]`: the rows of agent s's k-th pooled line (each with coefficient 1).
    private var lineRows: [[[Int]]]
    /// `lineCosts[s][k]`: its objective coefficient.
    private var lineCosts: [[Double]]
    /// `parked[s][k]`: fixed at 0 while the LP has no use for it.
    private var parked: [[Bool]]
    /// `returned[s][k]`: parked once and let back in; it is not parked again (a line whose
    /// reduced cost hovers around zero would otherwise go out and back every round, and a
    /// generation would never see a round that adds nothing).
    private var returned: [[Bool]]
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
        lineRows = []
        lineCosts = pool.costs
        parked = pool.lines.map { Array(repeating: false, count: $0.count) }
        returned = parked
        lineRows = (0..<problem.staffCount).map { s in pool.lines[s].map { rows(of: $0, staff: s) } }
    }

    /// The master's rows that agent s's line `line` has a 1 in: her « one line » and the rows of
    /// each demand cell it works.
    private func rows(of line: [Int], staff s: Int) -> [Int] {
        var rows = [agentRows[s]]
        for (d, t) in line.enumerated() where t >= 0 {
            for i in cellsAt[d * problem.shiftCount + t] where problem.staff(s, has: problem.demand[i].skill) {
                rows += cellRows[i]
            }
        }
        return rows
    }

    /// Adds agent s's line (the pool's next one for her) as a column.
    mutating func add(_ line: [Int], cost: Double, staff s: Int) throws(GLPKError) {
        let rows = rows(of: line, staff: s)
        columns[s].append(try session.addColumn(objective: cost, upper: 1, rows: rows, values: Array(repeating: 1, count: rows.count)))
        lineRows[s].append(rows)
        lineCosts[s].append(cost)
        parked[s].append(false)
        returned[s].append(false)
    }

    /// Holds agent s to her k-th pooled line.
    func hold(staff s: Int, line k: Int) throws(GLPKError) {
        try session.setBounds(columns: columns[s].indices.filter { $0 != k }.map { columns[s][$0] }, lower: 0, upper: 0)
        try session.setBounds(column: columns[s][k], lower: 1, upper: 1)
    }

    /// Lets agent s take any of her pooled lines again (those parked stay at 0).
    func release(staff s: Int) throws(GLPKError) {
        try session.setBounds(columns: columns[s].indices.filter { !parked[s][$0] }.map { columns[s][$0] }, lower: 0, upper: 1)
    }

    /// Agent s's k-th line's reduced cost at the row duals `duals`.
    private func reducedCost(staff s: Int, line k: Int, _ duals: [Double]) -> Double {
        lineRows[s][k].reduce(lineCosts[s][k]) { $0 - duals[$1] }
    }

    /// Parks the lines of the agents not held (`held[s] == nil`) that `solution` leaves at 0 and
    /// whose reduced cost is above `threshold`, unless they were parked before; returns how many.
    @discardableResult
    mutating func park(_ solution: LPDualSolution, above threshold: Double, held: [Int?]) throws(GLPKError) -> Int {
        var parking: [Int] = []
        for s in columns.indices where held[s] == nil {
            for k in columns[s].indices where !parked[s][k] && !returned[s][k] && solution.values[columns[s][k]] < 1e-9
                && reducedCost(staff: s, line: k, solution.rowDuals) > threshold {
                parked[s][k] = true
                parking.append(columns[s][k])
            }
        }
        try session.setBounds(columns: parking, lower: 0, upper: 0)
        return parking.count
    }

    /// Lets back in the parked lines of the agents not held whose reduced cost at `duals` is
    /// below `-tolerance`; returns how many.
    mutating func unpark(at duals: [Double], below tolerance: Double, held: [Int?]) throws(GLPKError) -> Int {
        var back: [Int] = []
        for s in columns.indices where held[s] == nil {
            for k in columns[s].indices where parked[s][k] && reducedCost(staff: s, line: k, duals) < -tolerance {
                parked[s][k] = false
                returned[s][k] = true
                back.append(columns[s][k])
            }
        }
        try session.setBounds(columns: back, lower: 0, upper: 1)
        return back.count
    }

    /// How many lines are parked.
    var parkedCount: Int { parked.reduce(0) { $0 + $1.filter { $0 }.count } }

    /// Agent s's pooled line with the largest value in `values`, and that value.
    func heaviestLine(of s: Int, _ values: [Double]) -> (line: Int, value: Double)? {
        LineMaster.heaviest(columns[s], values)
    }
}
