/// A lower bound on the hours-target penalty (HOURS-TARGET) of every legal roster, with no
/// model: an agent's worked minutes are a sum of her shifts' paid minutes, so where no choice of
/// shifts lands on her target, the nearest total she can work costs its distance.
///
/// Her possible totals: her locked shifts, plus any number of each shift type she may work (up
/// to its maximum), one a day on the days neither absent nor locked; within her contract's
/// bounds when they are hard. Rest and weekly limits are left out, which only lowers the bound.
/// The LP relaxation of the whole model meets every target exactly with fractions of shifts:
/// on a réanimation unit of 12-hour shifts (scenario S2) it bounds the score at 82 while the
/// agents' targets alone cost thousands. This penalty is a term apart from the cover's, so its
/// bound adds to `CoverCountBound`'s.
enum HoursTargetBound {
    /// Two bounds, nil each when it says nothing, or nil when the unit prices no hours target.
    struct Figures: Equatable {
        /// On the hours targets' penalty. Each agent pays at least her own least deviation; a
        /// group of agents who alone hold the skills of some minimum posts pays at least what
        /// working those posts' minutes costs them together (`StaffedHours`). The best, over
        /// the groups, of the group's cost plus the others' own least deviations.
        var hours: Double?
        /// On the hours targets' penalty plus the under-target penalty of the posts some group
        /// alone holds: the group may leave such a post open (at its under-target weight) or
        /// staff it (its shift's minutes more to work). On the maternity unit (S5) it rises to
        /// the 60 s roster's own hours and cover penalties (6 058, against 3 498 for the hours
        /// alone).
        var hoursAndTargetPosts: Double?
    }

    static func bounds(_ problem: PlanningProblem, rules: [any RosterRule]) -> Figures? {
        guard let rule = rules.lazy.compactMap({ $0 as? HoursDeviationRule }).first, rule.weightPerHour > 0 else { return nil }
        let perMinute = rule.weightPerHour / 60
        let contract = rules.lazy.compactMap { $0 as? ContractHoursRule }.first { $0.severity.isHard }
        let agents = (0..<problem.staffCount).map { s in
            let (lower, upper) = contract.map {
                ContractHoursRule.bounds(problem, s, overtimeAllowed: $0.overtimeAllowed, overtimeCap: $0.overtimeCapMinutes)
            } ?? (nil, nil)
            return StaffedHours.Agent(target: ContractHoursRule.effectiveTarget(problem, s),
                                      totals: totals(AgentShiftOptions(problem, staff: s), within: lower, upper))
        }
        // An agent with no total within her hard bounds makes every roster illegal: she is left
        // out of the count (0), as are agents without a target.
        let own = agents.map { $0.leastDeviation ?? 0 }
        var hours = own.reduce(0, +)
        var withTargets: Double?
        let step = minuteGrain(problem.paidMinutes)
        for group in skillGroups(problem) where step > 0 {
            let members = group.indices.filter { group[$0] }
            guard members.allSatisfy({ !agents[$0].totals.isEmpty }) else { continue }
            let posts = StaffedHours.demand(problem, group: group)
            let required = posts.required, full = posts.required + posts.targets
            let atLeast = StaffedHours.leastDeviations(upTo: full, agents: members.map { agents[$0] }, step: step)
            let others = group.indices.filter { !group[$0] }.reduce(0) { $0 + own[$1] }
            let first = (required + step - 1) / step
            guard let together = atLeast[first] else { continue }
            hours = max(hours, together + others)
            // Working k steps leaves at least full − k·step minutes of target posts open.
            let cheapest = (first..<atLeast.count).compactMap { k in
                atLeast[k].map { perMinute * Double($0 + others) + posts.pricePerMinute * Double(max(0, full - k * step)) }
            }.min()
            if let cheapest { withTargets = max(withTargets ?? 0, cheapest) }
        }
        return Figures(hours: hours > 0 ? perMinute * Double(hours) : nil, hoursAndTargetPosts: withTargets.flatMap { $0 > 0 ? $0 : nil })
    }

    /// The whole unit, and for each skill of a minimum post the agents who hold it.
    static func skillGroups(_ problem: PlanningProblem) -> [[Bool]] {
        var groups = Set<[Bool]>()
        for cell in problem.demand where cell.minimum > 0 {
            groups.insert((0..<problem.staffCount).map { problem.staff($0, has: cell.skill) })
        }
        groups.insert([Bool](repeating: true, count: problem.staffCount))
        return groups.sorted { $0.lexicographicallyPrecedes($1) { !$0 && $1 } }
    }

    /// What one agent may work over the period, as far as her total of minutes goes.
    struct AgentShiftOptions {
        /// Paid minutes of her locked shifts.
        var fixedMinutes = 0
        /// Days she may take any shift she is allowed (neither absent nor locked).
        var freeDays = 0
        /// Paid minutes and most shifts of each type she may work on those days.
        var shifts: [(minutes: Int, most: Int)] = []

        init(_ problem: PlanningProblem, staff s: Int) {
            var locked = [Int](repeating: 0, count: problem.shiftCount)
            for d in 0..<problem.dayCount {
                if let t = problem.lock[s][d] {
                    if t >= 0 { locked[t] += 1 }
                } else if problem.absence[s][d] == nil {
                    freeDays += 1
                }
            }
            for t in 0..<problem.shiftCount {
                fixedMinutes += locked[t] * problem.paidMinutes[t]
                guard problem.allowed[s][t], problem.paidMinutes[t] > 0 else { continue }
                let most = min(freeDays, (problem.maxShifts[s][t] ?? problem.dayCount) - locked[t])
                if most > 0 { shifts.append((problem.paidMinutes[t], most)) }
            }
        }

        init(fixedMinutes: Int, freeDays: Int, shifts: [(minutes: Int, most: Int)]) {
            self.fixedMinutes = fixedMinutes
            self.freeDays = freeDays
            self.shifts = shifts
        }
    }

    /// The totals `options` allows within [lower, upper] (nil: no bound).
    static func totals(_ options: AgentShiftOptions, within lower: Int?, _ upper: Int?) -> [Int] {
        reachableTotals(options).filter { $0 >= (lower ?? .min) && $0 <= (upper ?? .max) }
    }

    /// Every total of paid minutes the agent can work: her locked shifts' plus any choice of
    /// shifts within each type's maximum, no more than one a free day.
    static func reachableTotals(_ options: AgentShiftOptions) -> [Int] {
        // Counted in steps of the lengths' greatest common divisor (a quarter of an hour or
        // more on French units): fewest[k] is the fewest free days whose shifts add up to k
        // steps (nil: not reachable).
        let step = minuteGrain(options.shifts.map(\.minutes))
        guard step > 0 else { return [options.fixedMinutes] }
        let longest = options.shifts.map { $0.minutes / step }.max()!
        var fewest = [Int?](repeating: nil, count: options.freeDays * longest + 1)
        fewest[0] = 0
        for shift in options.shifts {
            let length = shift.minutes / step
            var next = fewest
            for k in fewest.indices {
                guard let days = fewest[k] else { continue }
                for n in stride(from: 1, through: min(shift.most, options.freeDays - days), by: 1) {
                    let reached = k + n * length
                    if next[reached].map({ days + n < $0 }) ?? true { next[reached] = days + n }
                }
            }
            fewest = next
        }
        return fewest.indices.filter { fewest[$0] != nil }.map { $0 * step + options.fixedMinutes }
    }

}
