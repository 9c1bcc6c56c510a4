/// Builds a first roster quickly, day by day: each post of the demand (scarcest skills and
/// hard minima first) goes to the qualified agent for whom it adds no hard violation and
/// costs least (hours still owed, requests, patterns), judged by the evaluator on that
/// agent's own line. It is only a starting point for the exact searches.
public struct GreedyConstructor: Sendable {
    let problem: PlanningProblem
    let personal: PersonalEvaluator
    /// Upper bound on worked minutes per agent (contract, overtime cap included).
    let upperBound: [Int?]

    public init(problem: PlanningProblem) {
        self.problem = problem
        personal = PersonalEvaluator(problem: problem)
        let contract = problem.rules.contractHours ?? ContractHoursSetting()
        upperBound = (0..<problem.staffCount).map { s in
            ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed ?? false, overtimeCap: contract.overtimeCapMinutes ?? 1200).1
        }
    }

    /// Hard violations and soft penalty of agent s's line if it read `line`. Hours still owed
    /// and runs of work still too short are not counted as hard while the line is being
    /// filled; hours above the contract's upper bound are.
    func cost(_ s: Int, _ line: ShiftGrid) -> (hard: Int, soft: Double) {
        let report = personal.evaluate(line, staff: s)
        var hard = 0
        // Hours still owed and too-short runs of work can both be repaired by later days.
        for v in report.violations where v.hard && v.rule != ContractHoursRule.ruleID && v.rule != "MIN-CONSEC-WORK" { hard += 1 }
        let worked = personal.workedMinutes(line, staff: s)
        if let upper = upperBound[s], worked > upper { hard += 1 }
        return (hard, report.softPenalty)
    }

    /// The roster; past `deadline` the remaining posts are left empty (a start, not an answer).
    public func build(deadline: ContinuousClock.Instant? = nil) -> ShiftGrid {
        let clock = ContinuousClock()
        let S = problem.staffCount, H = problem.dayCount
        var grid = ShiftGrid(staffCount: S, dayCount: H)
        var lines = (0..<S).map { _ in ShiftGrid(staffCount: 1, dayCount: H) }
        for s in 0..<S { for d in 0..<H { if let t = problem.lock[s][d], t >= 0 { grid[s, d] = t; lines[s][0, d] = t } } }
        var current = (0..<S).map { cost($0, lines[$0]) }
        let cellsByDay = problem.demandOfDay.map { $0.map { problem.demand[$0] } }
        for d in 0..<H {
            // Scarcest first: cells whose qualified pool is smallest, hard minima before targets.
            let cells = cellsByDay[d].map { cell -> (DemandCell, Int) in
                (cell, (0..<S).filter { problem.staff($0, has: cell.skill) && problem.allowed[$0][cell.shift] && problem.absence[$0][d] == nil }.count)
            }.sorted { ($0.0.minimum > 0 ? 0 : 1, $0.1) < ($1.0.minimum > 0 ? 0 : 1, $1.1) }
            for (cell, _) in cells {
                if let deadline, clock.now > deadline { return grid }
                let wanted = max(cell.minimum, cell.target ?? 0)
                var have = CoverageRule.count(grid, problem, cell)
                while have < wanted {
                    var best: (s: Int, score: Double)?
                    for s in 0..<S where grid[s, d] < 0 && problem.lock[s][d] == nil && problem.absence[s][d] == nil
                        && problem.allowed[s][cell.shift] && problem.staff(s, has: cell.skill) {
                        guard !breaksMaximum(grid, staff: s, day: d, shift: cell.shift, cells: cellsByDay[d]) else { continue }
                        var line = lines[s]
                        line[0, d] = cell.shift
                        let after = cost(s, line)
                        guard after.hard <= current[s].hard else { continue }
                        let score = after.soft - current[s].soft
                        if best == nil || score < best!.score { best = (s, score) }
                    }
                    guard let chosen = best else { break }
                    grid[chosen.s, d] = cell.shift
                    lines[chosen.s][0, d] = cell.shift
                    current[chosen.s] = cost(chosen.s, lines[chosen.s])
                    have += 1
                }
            }
        }
        if let deadline, clock.now > deadline { return grid }
        topUpHours(&grid, &lines, &current, deadline: deadline)
        return grid
    }

    /// Whether putting agent s on shift t on day d would exceed a hard maximum of the demand.
    func breaksMaximum(_ grid: ShiftGrid, staff s: Int, day d: Int, shift t: Int, cells: [DemandCell]) -> Bool {
        cells.contains { cell in
            guard cell.day == d, cell.shift == t, let maximum = cell.maximum, problem.staff(s, has: cell.skill) else { return false }
            return CoverageRule.count(grid, problem, cell) + 1 > maximum
        }
    }

    /// Second pass: agents still below their contract's lower bound take extra shifts where the
    /// demand allows it (no hard maximum broken) and their own line stays legal, on the days
    /// where their shift type is least covered against its target.
    func topUpHours(_ grid: inout ShiftGrid, _ lines: inout [ShiftGrid], _ current: inout [(hard: Int, soft: Double)],
                    deadline: ContinuousClock.Instant?) {
        let clock = ContinuousClock()
        let S = problem.staffCount, H = problem.dayCount
        let contract = problem.rules.contractHours ?? ContractHoursSetting()
        for s in 0..<S {
            guard let lower = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed ?? false,
                                                       overtimeCap: contract.overtimeCapMinutes ?? 1200).0 else { continue }
            while problem.workedMinutes(grid, staff: s) < lower {
                if let deadline, clock.now > deadline { return }
                var best: (d: Int, t: Int, score: Double)?
                for d in 0..<H where grid[s, d] < 0 && problem.lock[s][d] == nil && problem.absence[s][d] == nil {
                    for t in 0..<problem.shiftCount where problem.allowed[s][t] {
                        let cells = problem.demandOfDay[d].map { problem.demand[$0] }.filter { $0.shift == t && problem.staff(s, has: $0.skill) }
                        guard !cells.isEmpty else { continue }
                        if breaksMaximum(grid, staff: s, day: d, shift: t, cells: cells) { continue }
                        var line = lines[s]
                        line[0, d] = t
                        let after = cost(s, line)
                        guard after.hard <= current[s].hard else { continue }
                        // Prefer posts still below target, then the cheapest for the agent.
                        let missing = cells.reduce(0) { $0 + max(0, ($1.target ?? $1.minimum) - CoverageRule.count(grid, problem, $1)) }
                        let score = after.soft - current[s].soft - Double(missing) * 1000
                        if best == nil || score < best!.score { best = (d, t, score) }
                    }
                }
                guard let chosen = best else { break }
                grid[s, chosen.d] = chosen.t
                lines[s][0, chosen.d] = chosen.t
                current[s] = cost(s, lines[s])
            }
        }
    }
}
