/// Staffing demand per day, shift type and skill.
/// - COVER-MIN: fewer than the hard minimum (minimum staffing, regulatory ratio). Hard, and
///   priced at `minimumShortfallWeight` per missing person so that solvers can still return
///   the least-bad roster and name the uncovered posts.
/// - COVER-TARGET: away from the soft target, `underWeight` per missing and `overWeight`
///   per extra person (Curtois–Qu cover: 100 and 1).
/// - COVER-MAX: more than the hard maximum. Hard.
struct CoverageRule: RosterRule {
    let id: RuleID = "COVER"
    static let minimumID: RuleID = "COVER-MIN"
    static let targetID: RuleID = "COVER-TARGET"
    static let maximumID: RuleID = "COVER-MAX"
    let shortfallWeight: Double

    static func count(_ grid: ShiftGrid, _ problem: PlanningProblem, _ cell: DemandCell) -> Int {
        var n = 0
        for s in 0..<problem.staffCount where grid[s, cell.day] == cell.shift && problem.staff(s, has: cell.skill) { n += 1 }
        return n
    }

    /// How many qualified persons work each of `cells`, in their order: `count` of each, with
    /// one pass over the staff per day instead of one per cell (a year-long unit has thousands
    /// of cells, and the line builder and the evaluator count them all for every line step).
    static func counts(_ grid: ShiftGrid, _ problem: PlanningProblem, _ cells: [DemandCell]) -> [Int] {
        var result = [Int](repeating: 0, count: cells.count)
        var cellsOfDay: [Int: [Int]] = [:]
        for (i, cell) in cells.enumerated() { cellsOfDay[cell.day, default: []].append(i) }
        var ofShift = [[Int]](repeating: [], count: problem.shiftCount)
        for (d, indices) in cellsOfDay {
            for t in ofShift.indices { ofShift[t].removeAll(keepingCapacity: true) }
            for i in indices { ofShift[cells[i].shift].append(i) }
            for s in 0..<problem.staffCount {
                let t = grid[s, d]
                guard t >= 0 else { continue }
                for i in ofShift[t] where problem.staff(s, has: cells[i].skill) { result[i] += 1 }
            }
        }
        return result
    }

    /// How far `n` persons are from one demand cell's minimum, target and maximum.
    struct Gaps: Equatable {
        var belowMinimum = 0, belowTarget = 0, aboveTarget = 0, aboveMaximum = 0
    }

    static func gaps(_ n: Int, _ cell: DemandCell) -> Gaps {
        var gaps = Gaps()
        gaps.belowMinimum = max(0, cell.minimum - n)
        if let target = cell.target {
            if cell.underWeight > 0 { gaps.belowTarget = max(0, target - n) }
            if cell.overWeight > 0 { gaps.aboveTarget = max(0, n - target) }
        }
        if let maximum = cell.maximum { gaps.aboveMaximum = max(0, n - maximum) }
        return gaps
    }

    /// The unpriced hard violations (maximum exceeded) and the penalty (minimum shortfall
    /// priced, target gaps) of one demand cell covered by `n` persons: the same figures
    /// `evaluate` reports, for the local search's delta evaluation.
    func cost(_ n: Int, _ cell: DemandCell) -> (hard: Int, penalty: Double) {
        let gaps = Self.gaps(n, cell)
        let hard = gaps.aboveMaximum > 0 ? 1 : 0
        let penalty = Double(gaps.belowMinimum) * shortfallWeight + Double(gaps.belowTarget) * cell.underWeight + Double(gaps.aboveTarget) * cell.overWeight
        return (hard, penalty)
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, into violations: inout ViolationSink) {
        evaluate(grid, problem, cells: problem.demand, into: &violations)
    }

    /// The violations of the demand lines `cells` only (explanations re-check one day at a time).
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, cells: [DemandCell], into violations: inout ViolationSink) {
        for (cell, n) in zip(cells, Self.counts(grid, problem, cells)) {
            let gaps = Self.gaps(n, cell)
            guard gaps != Gaps() else { continue }
            let date = problem.dates[cell.day], code = problem.shifts[cell.shift].code
            var whoFR: String { cell.skill.map { "\($0)" } ?? "agents" }
            var whoEN: String { cell.skill.map { "\($0)" } ?? "staff" }
            if gaps.belowMinimum > 0 {
                violations.add(Self.minimumID, hard: true, amount: Double(gaps.belowMinimum), unit: .persons, weight: shortfallWeight) {
                    Violation.Details(dates: [date], shift: code, skill: cell.skill, message: LocalizedText(
                        fr: "Effectif minimum non couvert le \(Wording.dateFR(date)) en \(code) : \(n) \(whoFR) pour \(cell.minimum) requis.",
                        en: "Minimum staffing not met on \(date), \(code): \(n) \(whoEN) for \(cell.minimum) required."))
                }
            }
            if let target = cell.target {
                if gaps.belowTarget > 0 {
                    violations.add(Self.targetID, hard: false, amount: Double(gaps.belowTarget), unit: .persons, weight: cell.underWeight) {
                        Violation.Details(dates: [date], shift: code, skill: cell.skill, message: LocalizedText(
                            fr: "Effectif cible non atteint le \(Wording.dateFR(date)) en \(code) : \(n) \(whoFR) pour \(target) souhaités.",
                            en: "Target staffing missed on \(date), \(code): \(n) \(whoEN) for \(target) wanted."))
                    }
                }
                if gaps.aboveTarget > 0 {
                    violations.add(Self.targetID, hard: false, amount: Double(gaps.aboveTarget), unit: .persons, weight: cell.overWeight) {
                        Violation.Details(dates: [date], shift: code, skill: cell.skill, message: LocalizedText(
                            fr: "Sureffectif le \(Wording.dateFR(date)) en \(code) : \(n) \(whoFR) pour \(target) souhaités.",
                            en: "Overstaffed on \(date), \(code): \(n) \(whoEN) for \(target) wanted."))
                    }
                }
            }
            if let maximum = cell.maximum, gaps.aboveMaximum > 0 {
                violations.add(Self.maximumID, hard: true, amount: Double(gaps.aboveMaximum), unit: .persons, weight: 0) {
                    Violation.Details(dates: [date], shift: code, skill: cell.skill, message: LocalizedText(
                        fr: "Effectif maximum dépassé le \(Wording.dateFR(date)) en \(code) : \(n) \(whoFR) pour \(maximum) au plus.",
                        en: "Maximum staffing exceeded on \(date), \(code): \(n) \(whoEN) for at most \(maximum)."))
                }
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for cell in problem.demand {
            var count = LinearExpression()
            for s in 0..<problem.staffCount where problem.staff(s, has: cell.skill) { count += mip.works(s, cell.day, shift: cell.shift) }
            // A post no freed agent can take costs a constant in a partial model.
            if count.terms.isEmpty, mip.fixedRoster != nil { continue }
            let name = "\(problem.dates[cell.day]),\(problem.shifts[cell.shift].code),\(cell.skill?.rawValue ?? "*")"
            if cell.minimum > 0 {
                let shortfall = mip.model.addVariable("cover-min-short[\(name)]", kind: .continuous, upperBound: Double(cell.minimum), objective: shortfallWeight)
                mip.addRow("cover-min[\(name)]", count + .variable(shortfall), lower: Double(cell.minimum))
            }
            if let target = cell.target, cell.underWeight > 0 || cell.overWeight > 0 {
                let under = mip.model.addVariable("cover-under[\(name)]", kind: .continuous, upperBound: Double(target), objective: cell.underWeight)
                let over = mip.model.addVariable("cover-over[\(name)]", kind: .continuous, objective: cell.overWeight)
                if count.terms.isEmpty {
                    mip.model.setBounds(under, lower: Double(target), upper: Double(target))
                    mip.model.setBounds(over, lower: 0, upper: 0)
                } else {
                    mip.addRow("cover-target[\(name)]", count + .variable(under) - .variable(over), lower: Double(target), upper: Double(target))
                }
            }
            if let maximum = cell.maximum {
                mip.addHardRow("cover-max[\(name)]", count, upper: Double(maximum))
            }
        }
    }
}
