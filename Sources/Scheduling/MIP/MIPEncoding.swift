/// The integer program of a planning problem, built rule by rule in our own `LinearModel`.
///
/// Columns `x[s,d,t]` (binary) say that agent s works shift type t on day d. They exist only
/// for shift types the agent may work (`SHIFT-ALLOWED` is enforced by the domain). Every rule
/// adds its rows through `RosterRule.encode(into:)`; soft rules and priced hard rules add
/// penalty columns whose objective coefficients are the rule weights, so that the objective
/// equals `EvaluationReport.objective` of the decoded roster.
public struct MIPEncoding: Sendable {
    public let problem: PlanningProblem
    public var model = LinearModel()
    /// `assignment[s][d][t]`
    private var assignment: [[[VariableID?]]]
    private var weekendIndicator: [Int: VariableID] = [:]
    /// When set, hard rows get priced slack columns (the « relaxed » model used to start a search
    /// from any roster); a roster with zero slack is then exactly a legal one.
    public private(set) var hardRowPenalty: Double?
    /// The slack columns of relaxed hard rows (all zero for a legal roster).
    public private(set) var hardSlacks: [VariableID] = []

    /// `worked[s][d]`: a column equal to Σ_t x[s,d,t], used when there are many shift types so
    /// that day-pattern rows (consecutive days, rests, weekends) stay short.
    private var worked: [[VariableID?]]
    /// From this many shift types on, « works on day d » is its own column.
    static let workedColumnThreshold = 3

    /// The agents whose cells are columns; every personal rule is encoded for them only.
    public let encodedStaff: [Int]
    /// The days whose cells are columns, in order (the whole period unless some agents are freed
    /// over some days only).
    public let freeDays: [Int]
    /// `isFreeDay[d]`: day d is among `freeDays`.
    private let isFreeDay: [Bool]
    /// For an encoding of some agents only: the roster the other agents keep, read as constants
    /// (coverage counts them, their own rules are not encoded). Nil for the whole model.
    public let fixedRoster: ShiftGrid?
    private let isEncoded: [Bool]

    /// The columns of every agent (`freeStaff` nil), or of `freeStaff` only on `freeDays`, every
    /// other cell taken from `fixedRoster` as a constant.
    public init(problem: PlanningProblem, freeStaff: [Int]? = nil, freeDays: [Int]? = nil, fixedRoster: ShiftGrid? = nil) {
        self.problem = problem
        let encodedStaff = freeStaff ?? Array(0..<problem.staffCount)
        self.encodedStaff = encodedStaff
        let freeDays = freeDays.map { Array(Set($0.filter { (0..<problem.dayCount).contains($0) })).sorted() } ?? Array(0..<problem.dayCount)
        self.freeDays = freeDays
        var isFreeDay = [Bool](repeating: false, count: problem.dayCount)
        for d in freeDays { isFreeDay[d] = true }
        self.isFreeDay = isFreeDay
        self.fixedRoster = freeStaff == nil ? nil : (fixedRoster ?? ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount))
        var isEncoded = [Bool](repeating: false, count: problem.staffCount)
        for s in encodedStaff { isEncoded[s] = true }
        self.isEncoded = isEncoded
        var assignment = Array(repeating: Array(repeating: [VariableID?](repeating: nil, count: problem.shiftCount), count: problem.dayCount), count: problem.staffCount)
        var worked = Array(repeating: [VariableID?](repeating: nil, count: problem.dayCount), count: problem.staffCount)
        var model = LinearModel()
        for s in encodedStaff {
            for d in freeDays {
                var cellTerms: [LinearTerm] = []
                for t in 0..<problem.shiftCount where problem.allowed[s][t] {
                    let v = model.addVariable("x[\(problem.staff[s].id),\(problem.dates[d]),\(problem.shifts[t].code)]", kind: .binary)
                    assignment[s][d][t] = v
                    cellTerms.append(LinearTerm(v))
                }
                let name = "\(problem.staff[s].id),\(problem.dates[d])"
                if cellTerms.count >= Self.workedColumnThreshold {
                    let w = model.addVariable("works[\(name)]", kind: .continuous, upperBound: 1)
                    worked[s][d] = w
                    model.addConstraint("one-shift[\(name)]", cellTerms + [LinearTerm(w, -1)], lowerBound: 0, upperBound: 0)
                } else if cellTerms.count > 1 {
                    model.addConstraint("one-shift[\(name)]", cellTerms, upperBound: 1)
                }
            }
        }
        self.assignment = assignment
        self.worked = worked
        self.model = model
    }

    /// The full model for `problem`: every rule of its catalogue encoded.
    public static func build(_ problem: PlanningProblem, relaxHardRulesAt penalty: Double? = nil) -> MIPEncoding {
        var encoding = MIPEncoding(problem: problem)
        encoding.hardRowPenalty = penalty
        for rule in RuleCatalogue.rules(for: problem) { rule.encode(into: &encoding) }
        return encoding
    }

    /// The model of some agents' whole period, the other agents keeping their cells of `roster`:
    /// the same rules, with the others' cells as constants (they count towards coverage and
    /// fairness; their personal rules are not encoded). Its objective differs from the whole
    /// roster's score by a constant, so comparing two solutions of it compares the rosters.
    /// Built in time proportional to the freed agents' cells plus the demand, whatever the size
    /// of the unit: the way to an exact step on units too large for the whole model.
    /// With `days`, only those days of the agents are free (blocks of the roster).
    public static func build(_ problem: PlanningProblem, freeing staff: [Int], days: [Int]? = nil, of roster: ShiftGrid,
                             relaxHardRulesAt penalty: Double? = nil) -> MIPEncoding {
        var encoding = MIPEncoding(problem: problem, freeStaff: staff, freeDays: days, fixedRoster: roster)
        encoding.hardRowPenalty = penalty
        for rule in RuleCatalogue.rules(for: problem) { rule.encode(into: &encoding) }
        return encoding
    }

    /// Whether agent s has columns (always true for the whole model).
    @inline(__always)
    public func isFree(_ s: Int) -> Bool { isEncoded[s] }

    /// Whether cell (s, d) of the period is a constant of the roster kept.
    @inline(__always)
    func isFixed(_ s: Int, _ d: Int) -> Bool { !isEncoded[s] || !isFreeDay.indices.contains(d) || !isFreeDay[d] }

    /// Column of agent s on shift t on period day d, if it exists.
    public func x(_ s: Int, _ d: Int, _ t: Int) -> VariableID? {
        guard (0..<problem.dayCount).contains(d) else { return nil }
        return assignment[s][d][t]
    }

    /// `1` when s works t on day d: a column in the period, a constant from history before it,
    /// 0 after it.
    public func works(_ s: Int, _ d: Int, shift t: Int) -> LinearExpression {
        if d < 0 { return .constant(problem.historyShift(s, d) == t ? 1 : 0) }
        if isFixed(s, d) { return .constant(d < problem.dayCount && fixedRoster![s, d] == t ? 1 : 0) }
        guard let v = x(s, d, t) else { return .constant(0) }
        return .variable(v)
    }

    /// `Σ_t coefficient(t) · x[s,d,t]` over shift types, with history constants.
    public func sum(_ s: Int, _ d: Int, _ coefficient: (Int) -> Double) -> LinearExpression {
        if d < 0 {
            let t = problem.historyShift(s, d)
            return .constant(t >= 0 ? coefficient(t) : 0)
        }
        guard d < problem.dayCount else { return .constant(0) }
        if isFixed(s, d) {
            let t = fixedRoster![s, d]
            return .constant(t >= 0 ? coefficient(t) : 0)
        }
        var expression = LinearExpression()
        for t in 0..<problem.shiftCount {
            if let v = assignment[s][d][t] {
                let c = coefficient(t)
                if c != 0 { expression.terms.append(LinearTerm(v, c)) }
            }
        }
        return expression
    }

    /// 1 when s works any shift on day d.
    public func works(_ s: Int, _ d: Int) -> LinearExpression {
        if (0..<problem.dayCount).contains(d), let w = worked[s][d] { return .variable(w) }
        return sum(s, d) { _ in 1 }
    }

    /// 1 when s works a night shift on day d.
    public func worksNight(_ s: Int, _ d: Int) -> LinearExpression { sum(s, d) { problem.isNight[$0] ? 1 : 0 } }

    /// Binary column equal to « s works Saturday or Sunday of weekend k » (shared by rules).
    public mutating func weekendWorked(_ s: Int, _ weekend: WeekendDays) -> LinearExpression {
        let key = s * 100_000 + weekend.saturday + 10_000
        if let v = weekendIndicator[key] { return .variable(v) }
        let days = weekend.daysInPeriod(problem.dayCount)
        let dayTerms = days.map { works(s, $0) }
        if days.count == 1 { return dayTerms[0] }
        if dayTerms.allSatisfy(\.terms.isEmpty) { return .constant(dayTerms.map(\.constant).max() ?? 0) }
        let v = model.addVariable("weekend[\(problem.staff[s].id),\(problem.dates[days[0]])]", kind: .binary)
        for (i, term) in dayTerms.enumerated() {
            addRow("weekend-lb[\(problem.staff[s].id),\(problem.dates[days[i]])]", .variable(v) - term, lower: 0)
        }
        addRow("weekend-ub[\(problem.staff[s].id),\(problem.dates[days[0]])]", .variable(v) - dayTerms.reduce(LinearExpression(), +), upper: 0)
        weekendIndicator[key] = v
        return .variable(v)
    }

    /// Adds `lower ≤ expression ≤ upper`. A row with no column is dropped: it is fixed by the
    /// data (history), and the evaluator reports it if the data break it.
    public mutating func addRow(_ name: String, _ expression: LinearExpression, lower: Double? = nil, upper: Double? = nil) {
        guard !expression.terms.isEmpty else { return }
        model.addConstraint(name, expression.terms,
                            lowerBound: lower.map { $0 - expression.constant },
                            upperBound: upper.map { $0 - expression.constant })
    }

    /// Adds a row that a legal roster must satisfy: strict, or elastic with priced slack in a relaxed model.
    public mutating func addHardRow(_ name: String, _ expression: LinearExpression, lower: Double? = nil, upper: Double? = nil) {
        guard !expression.terms.isEmpty else { return }
        guard let penalty = hardRowPenalty else {
            addRow(name, expression, lower: lower, upper: upper)
            return
        }
        var elastic = expression
        if upper != nil {
            let excess = model.addVariable("hard-excess:\(name)", kind: .continuous, objective: penalty)
            hardSlacks.append(excess)
            elastic = elastic - .variable(excess)
        }
        if lower != nil {
            let shortfall = model.addVariable("hard-shortfall:\(name)", kind: .continuous, objective: penalty)
            hardSlacks.append(shortfall)
            elastic = elastic + .variable(shortfall)
        }
        addRow(name, elastic, lower: lower, upper: upper)
    }

    /// Adds `expression ≤ limit` as a hard row, or as a soft one with a penalty column priced at `weight`.
    public mutating func addLimit(_ name: String, _ expression: LinearExpression, upper limit: Double, severity: Severity) {
        guard !expression.terms.isEmpty else { return }
        switch severity {
        case .hard:
            addHardRow(name, expression, upper: limit)
        case .soft(let weight):
            let excess = model.addVariable("excess:\(name)", kind: .continuous, objective: weight)
            addRow(name, expression - .variable(excess), upper: limit)
        }
    }

    /// Adds `expression ≥ limit` as a hard row, or soft with a priced shortfall column.
    public mutating func addFloor(_ name: String, _ expression: LinearExpression, lower limit: Double, severity: Severity) {
        guard !expression.terms.isEmpty else { return }
        switch severity {
        case .hard:
            addHardRow(name, expression, lower: limit)
        case .soft(let weight):
            let shortfall = model.addVariable("shortfall:\(name)", kind: .continuous, objective: weight)
            addRow(name, expression + .variable(shortfall), lower: limit)
        }
    }

    /// Adds an expression to the objective.
    public mutating func addObjective(_ expression: LinearExpression) {
        for term in expression.terms { model.addObjective(term.variable, term.coefficient) }
        model.objectiveConstant += expression.constant
    }

    /// Reads a roster from a column vector.
    public func grid(from values: [Double]) -> ShiftGrid {
        var grid = fixedRoster ?? ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for s in encodedStaff {
            for d in freeDays {
                grid[s, d] = -1
                for t in 0..<problem.shiftCount {
                    if let v = assignment[s][d][t], values[v.index] > 0.5 { grid[s, d] = t }
                }
            }
        }
        return grid
    }

    /// One assignment column with its agent, day and value in a roster.
    public struct AssignmentCell: Sendable {
        public var id: VariableID
        public var staff: Int
        public var day: Int
        public var value: Double
    }

    /// Every assignment column with the value it takes in `grid`.
    public func assignmentCells(for grid: ShiftGrid) -> [AssignmentCell] {
        var result: [AssignmentCell] = []
        for s in encodedStaff {
            for d in freeDays {
                for t in 0..<problem.shiftCount {
                    if let v = assignment[s][d][t] { result.append(AssignmentCell(id: v, staff: s, day: d, value: grid[s, d] == t ? 1 : 0)) }
                }
            }
        }
        return result
    }
}

extension PlanningProblem {
    /// History shift of agent s on day d < 0 (−1 when off or unknown).
    @inline(__always)
    public func historyShift(_ s: Int, _ d: Int) -> Int {
        let k = d + historyLength
        return k >= 0 && d < 0 ? history[s][k] : -1
    }
}
