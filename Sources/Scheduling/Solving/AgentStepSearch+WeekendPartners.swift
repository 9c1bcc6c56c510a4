extension AgentStepSearch {
    /// The colleagues of agent s who work, on a weekend where s works only one day, only the
    /// other day. On the year-long Curtois–Qu units every agent works her maximum of weekends
    /// and the posts left open are on weekends: such a pair spends two weekends on two shifts.
    /// With the colleague's line taken out, s may work the whole weekend, and the colleague's
    /// weekend then goes to another where posts are open (`pairStep`), which neither can do
    /// alone.
    func weekendPartners(of s: Int, in roster: ShiftGrid) -> [Int] {
        var partners: [Int] = []
        for weekend in problem.weekends where weekend.saturday >= 0 && weekend.sunday < problem.dayCount {
            let saturday = roster[s, weekend.saturday] >= 0, sunday = roster[s, weekend.sunday] >= 0
            guard saturday != sunday else { continue }
            let other = saturday ? weekend.sunday : weekend.saturday, own = saturday ? weekend.saturday : weekend.sunday
            for a in 0..<problem.staffCount where a != s && roster[a, other] >= 0 && roster[a, own] < 0
                && !problem.skills[a].isDisjoint(with: problem.skills[s]) && !partners.contains(a) {
                partners.append(a)
            }
        }
        return partners
    }
}
