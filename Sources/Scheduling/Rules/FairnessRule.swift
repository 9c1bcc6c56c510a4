import Foundation

/// FAIR-NIGHTS / FAIR-WEEKENDS / FAIR-HOLIDAYS — nights, worked weekends and public-holiday
/// shifts are shared fairly among comparable agents (same fairness group: by default same
/// grade and team). Each agent's count is divided by her availability (quotité × share of
/// days not absent), and the penalty is weight × (highest − lowest) in each group. Soft.
struct FairnessRule: RosterRule {
    enum Measure: Sendable { case nights, weekends, holidays }

    let id: RuleID
    let measure: Measure
    let weight: Double

    /// Groups of at least two agents who can take this kind of work, with each agent's scale.
    static func groups(_ problem: PlanningProblem, _ measure: Measure) -> [(name: String, members: [(staff: Int, scale: Double)])] {
        var groups: [String: [(Int, Double)]] = [:]
        var order: [String] = []
        for s in 0..<problem.staffCount {
            let member = problem.staff[s]
            if measure == .nights, !(0..<problem.shiftCount).contains(where: { problem.allowed[s][$0] && problem.isNight[$0] }) { continue }
            let available = (0..<problem.dayCount).filter { problem.absence[s][$0] == nil }.count
            guard available > 0 else { continue }
            let fte = Double(member.quotite ?? 100) / 100 * Double(available) / Double(problem.dayCount)
            let key = member.fairnessGroup ?? "\(member.grade)/\(member.team?.rawValue ?? "-")"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((s, 1 / fte))
        }
        return order.compactMap { key in groups[key]!.count >= 2 ? (key, groups[key]!.map { (staff: $0.0, scale: $0.1) }) : nil }
    }

    func count(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int) -> Int {
        switch measure {
        case .nights:
            return (0..<problem.dayCount).filter { grid[s, $0] >= 0 && problem.isNight[grid[s, $0]] }.count
        case .weekends:
            return problem.workedWeekends(grid, staff: s)
        case .holidays:
            return (0..<problem.dayCount).filter { problem.isHoliday[$0] && grid[s, $0] >= 0 }.count
        }
    }

    /// The spread between the highest and lowest scaled counts of a group (0 below 1e-9):
    /// the penalty is `weight × spread`.
    static func spread(_ high: Double, _ low: Double) -> Double {
        let spread = high - low
        return spread > 1e-9 ? spread : 0
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, into violations: inout ViolationSink) {
        if measure == .holidays && !problem.isHoliday.contains(true) { return }
        for group in Self.groups(problem, measure) {
            let values = group.members.map { (staff: $0.staff, count: count(grid, problem, staff: $0.staff), value: Double(count(grid, problem, staff: $0.staff)) * $0.scale) }
            guard let high = values.max(by: { $0.value < $1.value }), let low = values.min(by: { $0.value < $1.value }) else { continue }
            let spread = Self.spread(high.value, low.value)
            guard spread > 0 else { continue }
            let (fr, en): (String, String) = switch measure {
            case .nights: ("nuits", "nights")
            case .weekends: ("week-ends travaillés", "weekends worked")
            case .holidays: ("jours fériés travaillés", "public holidays worked")
            }
            let highID = problem.staffID(high.staff), lowID = problem.staffID(low.staff)
            violations.add(id, hard: false, amount: spread, unit: .count, weight: weight) {
                Violation.Details(message: LocalizedText(
                    fr: "Équité des \(fr) (groupe \(group.name)) : écart de \(String(format: "%.2f", spread)) par équivalent temps plein, de \(lowID) (\(low.count)) à \(highID) (\(high.count)).",
                    en: "Fairness of \(en) (group \(group.name)): spread of \(String(format: "%.2f", spread)) per full-time equivalent, from \(lowID) (\(low.count)) to \(highID) (\(high.count))."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        if measure == .holidays && !problem.isHoliday.contains(true) { return }
        for group in Self.groups(problem, measure) {
            let high = mip.model.addVariable("\(id)-max[\(group.name)]", kind: .continuous, objective: weight)
            let low = mip.model.addVariable("\(id)-min[\(group.name)]", kind: .continuous, objective: -weight)
            for (s, scale) in group.members {
                var total = LinearExpression()
                switch measure {
                case .nights: for d in 0..<problem.dayCount { total += mip.worksNight(s, d) }
                case .weekends: for w in problem.weekends { total += mip.weekendWorked(s, w) }
                case .holidays: for d in 0..<problem.dayCount where problem.isHoliday[d] { total += mip.works(s, d) }
                }
                let value = total.scaled(scale)
                mip.addRow("\(id)-hi[\(problem.staffID(s))]", .variable(high) - value, lower: 0)
                mip.addRow("\(id)-lo[\(problem.staffID(s))]", .variable(low) - value, upper: 0)
            }
        }
    }
}
