/// One agent's hours above target after a repair (heures supplémentaires), against the legal
/// monthly cap (FPH-52: 20 h unless the scenario says otherwise).
///
/// Overtime is counted as `CONTRACT-HOURS` bounds it: worked minutes above the target (the
/// contract target less the carried balance), so a cap of 20 h allows target + 20 h when the
/// scenario allows overtime. Without overtime allowed, the tolerance band still lets an agent
/// end slightly above target; those minutes are listed too, with `allowed` false.
public struct StressOvertime: Sendable, Codable, Hashable {
    public var staff: StaffID
    public var workedMinutes: Int
    public var targetMinutes: Int
    /// Worked minutes above the target.
    public var overtimeMinutes: Int
    public var capMinutes: Int
    /// Minutes above the cap (0 when within it): a legal problem, not only a cost.
    public var beyondCapMinutes: Int
    /// Minutes worked more than in the roster before the disruption (negative: fewer).
    public var addedMinutes: Int
    /// Whether the scenario (after the disruption) allows overtime at all.
    public var allowed: Bool

    /// Every agent of `problem` working above target in `grid`, in staff order.
    public static func list(_ problem: PlanningProblem, _ grid: ShiftGrid, baseline: ShiftGrid) -> [StressOvertime] {
        let contract = problem.rules.contractHours
        let cap = contract?.overtimeCapMinutes ?? 1200
        let allowed = contract?.overtimeAllowed ?? false
        return (0..<problem.staffCount).compactMap { s in
            guard let target = ContractHoursRule.effectiveTarget(problem, s) else { return nil }
            let worked = problem.workedMinutes(grid, staff: s)
            guard worked > target else { return nil }
            return StressOvertime(staff: problem.staffID(s), workedMinutes: worked, targetMinutes: target, overtimeMinutes: worked - target,
                                  capMinutes: cap, beyondCapMinutes: max(0, worked - target - cap),
                                  addedMinutes: worked - problem.workedMinutes(baseline, staff: s), allowed: allowed)
        }
    }
}
