/// A personal rule each of whose violations lies on a few consecutive days of one agent's line:
/// one day (an absence, a lock, a request), two successive days (a forbidden succession) or one
/// run of days (consecutive days worked or off). A change of her cells on some days can only
/// create or remove violations on those days or touching them, so the local search re-evaluates
/// such a rule around the days a move changes instead of over the whole period: on a year-long
/// unit most of a move's cost was re-reading 364 days for each of these rules.
///
/// There is still one definition per rule: `evaluate(_:_:staff:into:)` is the ranged evaluation
/// over every known day.
protocol DayLocalRule: PersonalRule {
    /// Records agent s's violations that involve a day of `days` or touch one (a run that meets
    /// the day before or after them). Whatever her cells on `days`, every other violation of hers
    /// is the same, so evaluating the same days before and after a change confined to them gives
    /// the change of this rule's cost. `days` may reach beyond the known days; only known days are
    /// read.
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink)
}

extension DayLocalRule {
    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        let known = problem.knownDays
        guard !known.isEmpty else { return }
        evaluate(grid, problem, staff: s, near: known.lowerBound...(known.upperBound - 1), into: &violations)
    }
}

extension ClosedRange<Int> {
    /// The period's days (0..<dayCount) among these, as a range to loop over (empty when none).
    func periodDays(_ problem: PlanningProblem) -> Range<Int> {
        let first = Swift.max(lowerBound, 0), end = Swift.min(upperBound + 1, problem.dayCount)
        return first < end ? first..<end : 0..<0
    }
}
