/// The staff over target that the contracts' minimum hours force onto the shifts of every legal
/// roster, where each (day, shift) has one target counting every agent.
///
/// Every shift an agent works then counts towards exactly one target, so over all targets:
/// - in heads, the staff over target minus the staff missing is the shifts worked minus the
///   demand: over − under = W − D, with W at least `shifts`, the fewest shifts that reach each
///   agent's minimum (her longest shifts first, each type up to its own maximum);
/// - in minutes, the minutes over target minus the minutes missing is the minutes worked minus
///   the demand's: at least `minutes` − `demandMinutes`; a post over target holds at most
///   `longest` minutes and a missing one at least `shortest`.
/// Days off, rest and every other rule are left out, which only lowers the count.
struct ForcedExcess: Equatable {
    /// The fewest shifts the agents must work, and the minutes they must be paid.
    var shifts: Int, minutes: Int
    /// The targets' sum, in heads and in minutes.
    var demand: Int, demandMinutes: Int
    /// The longest and shortest paid shift.
    var longest: Int, shortest: Int
    /// The smallest weight of one agent over target.
    var weight: Double

    /// Nil unless the contract minimum is hard among `rules` (the unit's, from the catalogue),
    /// every (day, shift) has one target counting every agent, priced above target, and every
    /// agent can reach her minimum.
    init?(_ problem: PlanningProblem, rules: [any RosterRule]) {
        guard let contract = rules.lazy.compactMap({ $0 as? ContractHoursRule }).first,
              contract.severity.isHard, problem.shiftCount > 0 else { return nil }
        var targets = [Int?](repeating: nil, count: problem.dayCount * problem.shiftCount)
        var weight = Double.infinity
        for cell in problem.demand {
            let key = cell.day * problem.shiftCount + cell.shift
            guard cell.skill == nil, let target = cell.target, targets[key] == nil else { return nil }
            targets[key] = target
            weight = min(weight, cell.overWeight)
        }
        guard !targets.contains(nil), weight > 0 else { return nil }
        var shifts = 0, minutes = 0
        for s in 0..<problem.staffCount {
            let lower = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed, overtimeCap: contract.overtimeCapMinutes).0 ?? 0
            guard let fewest = Self.fewestShifts(reaching: lower, lengths: problem.paidMinutes, limits: problem.maxShifts[s], days: problem.dayCount)
            else { return nil }
            shifts += fewest
            minutes += lower
        }
        let lengths = problem.paidMinutes
        self.shifts = shifts
        self.minutes = minutes
        demand = targets.reduce(0) { $0 + ($1 ?? 0) }
        demandMinutes = targets.indices.reduce(0) { $0 + (targets[$1] ?? 0) * lengths[$1 % problem.shiftCount] }
        longest = lengths.max()!
        shortest = lengths.min()!
        self.weight = weight
    }

    /// The fewest posts over target in a roster with at least `missing` posts under target.
    func postsOver(missing: Int) -> Int {
        let inHeads = shifts - demand + missing
        let excessMinutes = minutes - demandMinutes + shortest * missing
        let inMinutes = longest > 0 ? (excessMinutes + longest - 1) / longest : 0
        return max(0, inHeads, inMinutes)
    }

    /// The fewest shifts, one a day over `days` days, whose paid minutes reach `minutes`, when
    /// type t lasts `lengths[t]` and may be worked at most `limits[t]` times (nil: no limit).
    /// Nil when even every day worked cannot reach it.
    static func fewestShifts(reaching minutes: Int, lengths: [Int], limits: [Int?], days: Int) -> Int? {
        var missing = minutes, count = 0
        for t in lengths.indices.sorted(by: { lengths[$0] > lengths[$1] }) where lengths[t] > 0 {
            var left = min(limits[t] ?? days, days - count)
            while missing > 0, left > 0 {
                missing -= lengths[t]
                count += 1
                left -= 1
            }
        }
        return missing > 0 ? nil : count
    }
}
