/// Whole lines gathered per agent (each keeping all her hard rules), with their own cost
/// (requests), for the master problem of `LineGeneration`.
struct LinePool {
    private(set) var lines: [[[Int]]]
    private(set) var costs: [[Double]]
    private var known: [[[Int]: Int]]

    init(staffCount: Int) {
        lines = Array(repeating: [], count: staffCount)
        costs = Array(repeating: [], count: staffCount)
        known = Array(repeating: [:], count: staffCount)
    }

    var count: Int { lines.reduce(0) { $0 + $1.count } }

    /// Adds agent s's line unless she has it already; true when added.
    @discardableResult
    mutating func add(_ shifts: [Int], cost: Double, staff s: Int) -> Bool {
        guard known[s][shifts] == nil else { return false }
        known[s][shifts] = lines[s].count
        lines[s].append(shifts)
        costs[s].append(cost)
        return true
    }

    /// Where agent s's line `shifts` is in her pool.
    func index(of shifts: [Int], staff s: Int) -> Int? { known[s][shifts] }
}

/// The restricted master problem over a `LinePool`: choose one line per agent so that requests
/// and coverage cost least. Columns: one per pooled line (binary, or in [0, 1] for its LP
/// relaxation), then the coverage slacks. Rows: one « exactly one line » per agent, then each
/// demand cell's minimum, target and maximum rows, priced as `CoverageRule` prices them.
/// With every pooled line legal, a choice's objective is the evaluator's score of its roster.
struct LineMaster {
    let model: LinearModel
    /// `columns[s][k]`: the model column of agent s's k-th pooled line.
    let columns: [[Int]]
    /// The row of each agent's « one line ».
    let agentRows: [Int]
    /// The rows of each demand cell (`problem.demand` order).
    let cellRows: [[Int]]
    /// What each coverage row asks, for the master's Lagrangian bound (`LineBound`).
    let coverRows: [CoverRow]

    /// One coverage row: its model row, its kind and right-hand side, and its slack's price.
    struct CoverRow {
        enum Kind {
            /// count + short ≥ rhs, short in [0, shortUpper] at `shortCost` each.
            case minimum(shortCost: Double, shortUpper: Double)
            /// count + under − over = rhs, under in [0, rhs] and over ≥ 0 at their costs.
            case target(underCost: Double, overCost: Double)
            /// count ≤ rhs.
            case maximum
        }
        var row: Int
        var kind: Kind
        var rhs: Double
    }

    init(problem: PlanningProblem, coverage: CoverageRule?, pool: LinePool) {
        var model = LinearModel()
        var columns: [[Int]] = []
        // The columns working each (day, shift), by agent: the coverage rows' terms.
        var working = [[(staff: Int, column: VariableID)]](repeating: [], count: problem.dayCount * problem.shiftCount)
        for s in 0..<problem.staffCount {
            var own: [Int] = []
            for k in pool.lines[s].indices {
                let id = model.addVariable("line[\(s),\(k)]", kind: .binary, objective: pool.costs[s][k])
                own.append(id.index)
                for (d, t) in pool.lines[s][k].enumerated() where t >= 0 { working[d * problem.shiftCount + t].append((s, id)) }
            }
            columns.append(own)
        }
        var agentRows: [Int] = []
        for s in 0..<problem.staffCount {
            agentRows.append(model.constraints.count)
            model.addConstraint("one-line[\(s)]", columns[s].map { LinearTerm(VariableID(index: $0)) }, lowerBound: 1, upperBound: 1)
        }
        var cellRows: [[Int]] = []
        var coverRows: [CoverRow] = []
        for (i, cell) in problem.demand.enumerated() {
            let count = working[cell.day * problem.shiftCount + cell.shift].filter { problem.staff($0.staff, has: cell.skill) }.map { LinearTerm($0.column) }
            var rows: [Int] = []
            if let coverage, cell.minimum > 0 {
                let short = model.addVariable("short[\(i)]", kind: .continuous, upperBound: Double(cell.minimum), objective: coverage.shortfallWeight)
                rows.append(model.constraints.count)
                coverRows.append(CoverRow(row: model.constraints.count, kind: .minimum(shortCost: coverage.shortfallWeight, shortUpper: Double(cell.minimum)),
                                          rhs: Double(cell.minimum)))
                model.addConstraint("cover-min[\(i)]", count + [LinearTerm(short)], lowerBound: Double(cell.minimum))
            }
            if let target = cell.target, cell.underWeight > 0 || cell.overWeight > 0 {
                let under = model.addVariable("under[\(i)]", kind: .continuous, upperBound: Double(target), objective: cell.underWeight)
                let over = model.addVariable("over[\(i)]", kind: .continuous, objective: cell.overWeight)
                rows.append(model.constraints.count)
                coverRows.append(CoverRow(row: model.constraints.count, kind: .target(underCost: cell.underWeight, overCost: cell.overWeight), rhs: Double(target)))
                model.addConstraint("cover-target[\(i)]", count + [LinearTerm(under), LinearTerm(over, -1)],
                                    lowerBound: Double(target), upperBound: Double(target))
            }
            if let maximum = cell.maximum {
                rows.append(model.constraints.count)
                coverRows.append(CoverRow(row: model.constraints.count, kind: .maximum, rhs: Double(maximum)))
                model.addConstraint("cover-max[\(i)]", count, upperBound: Double(maximum))
            }
            cellRows.append(rows)
        }
        self.model = model
        self.columns = columns
        self.agentRows = agentRows
        self.cellRows = cellRows
        self.coverRows = coverRows
    }

    /// The roster of the lines chosen in `values` (an agent with none chosen rests).
    func grid(from values: [Double], pool: LinePool, dayCount: Int) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: columns.count, dayCount: dayCount)
        for s in columns.indices {
            guard let (k, _) = heaviestLine(of: s, values) else { continue }
            grid.setLine(of: s, to: pool.lines[s][k])
        }
        return grid
    }

    /// Agent s's pooled line with the largest value in `values`, and that value.
    func heaviestLine(of s: Int, _ values: [Double]) -> (line: Int, value: Double)? {
        Self.heaviest(columns[s], values)
    }

    /// The position in `columns` of the column with the largest value, and that value. Columns
    /// added after `values` was solved (beyond its end) count as 0.
    static func heaviest(_ columns: [Int], _ values: [Double]) -> (line: Int, value: Double)? {
        func value(_ k: Int) -> Double { columns[k] < values.count ? values[columns[k]] : 0 }
        guard let k = columns.indices.max(by: { value($0) < value($1) }) else { return nil }
        return (k, value(k))
    }

    /// The column vector fixing, for each agent with a choice, the pooled line `chosen[s]` to 1
    /// and her other lines to 0; nil entries (the coverage slacks, and every line of an agent
    /// whose choice is nil) mean « free », for the caller to complete.
    func fixing(_ chosen: [Int?]) -> [Double?] {
        var fixed = [Double?](repeating: nil, count: model.variables.count)
        for s in columns.indices {
            guard let line = chosen[s] else { continue }
            for (k, column) in columns[s].enumerated() { fixed[column] = k == line ? 1 : 0 }
        }
        return fixed
    }
}
