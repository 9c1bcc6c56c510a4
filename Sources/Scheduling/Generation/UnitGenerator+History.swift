extension UnitGenerator {
    /// Days of the previous month given as history: two weeks, enough for the fortnight and
    /// 7-day rules to be judged across the boundary.
    static let historyDays = 14

    /// The last two weeks of the previous month, drawn one agent at a time so that they are
    /// legal themselves: 12 h between posts, at most 40 h in any 7 days and per civil week,
    /// the unit's consecutive-day limit, three nights in a row, and one whole weekend off.
    /// Some agents carry an hour balance of up to one shift either way.
    func makeHistory<G: RandomNumberGenerator>(_ agents: [GeneratedAgent], using rng: inout G) -> History {
        let from = period.start.adding(days: -Self.historyDays)
        let dates = (0..<Self.historyDays).map { from.adding(days: $0) }
        let shifts = Dictionary(uniqueKeysWithValues: system.shiftTypes.map { ($0.code, $0) })
        let cap = 2400
        var assignments: [HistoryAssignment] = []
        var counters: [StaffCounters] = []
        for agent in agents {
            let options = agent.allowedShifts.compactMap { shifts[$0] }
            let perPost = Double(options.map(\.paidMinutes).reduce(0, +)) / Double(max(1, options.count))
            // About the share of days the agent's contract fills.
            let workChance = Double(agent.dailyCreditMinutes * agent.quotite) / 100 * 5 / 7 / perPost
            // The last whole weekend is off, and for night workers the Friday too (the morning
            // after a night is not a rest day): the fortnight before the first one of the
            // period, which reaches back into the history, then has its Sunday pair (FPH-33).
            let saturday = dates.indices.last { dates[$0].isSaturday && $0 + 1 < dates.count }
            let nights = options.contains { $0.night }
            let weekendOff = saturday.map { nights ? [$0 - 1, $0, $0 + 1] : [$0, $0 + 1] } ?? []
            var worked: [ShiftType?] = []
            for (h, date) in dates.enumerated() {
                var choice: ShiftType?
                if !weekendOff.contains(h), Double.random(in: 0..<1, using: &rng) < workChance {
                    let candidates = options.filter { shift in
                        legal(shift, after: worked, on: date, dates: dates, cap: cap)
                    }
                    // Nights come in runs: once on nights, an alternating agent stays on nights.
                    if let previous = worked.last ?? nil, previous.night, candidates.contains(where: { $0.night }) {
                        choice = candidates.first { $0.night }
                    } else {
                        choice = candidates.randomElement(using: &rng)
                    }
                }
                worked.append(choice)
            }
            // At least five true rest days (the morning after a night is not one), so that a
            // fortnight reaching back into the history can still hold its four (FPH-33).
            while Self.restDays(worked) < 5, let busy = worked.indices.filter({ worked[$0] != nil }).randomElement(using: &rng) {
                worked[busy] = nil
            }
            for (h, shift) in worked.enumerated() {
                if let shift { assignments.append(HistoryAssignment(staff: agent.id, date: dates[h], shift: shift.code)) }
            }
            if Double.random(in: 0..<1, using: &rng) < 0.15 {
                let balance = Int.random(in: -15...15, using: &rng) * 30
                if balance != 0 { counters.append(StaffCounters(staff: agent.id, hourBalanceMinutes: balance)) }
            }
        }
        return History(from: from, assignments: assignments, counters: counters.isEmpty ? nil : counters)
    }

    /// Days with no work that do not follow a night.
    static func restDays(_ worked: [ShiftType?]) -> Int {
        worked.indices.filter { worked[$0] == nil && ($0 == 0 || worked[$0 - 1]?.night != true) }.count
    }

    /// Whether `shift` may follow the days in `worked` on `date` within the history's own limits.
    func legal(_ shift: ShiftType, after worked: [ShiftType?], on date: CivilDate, dates: [CivilDate], cap: Int) -> Bool {
        if let previous = worked.last ?? nil, let start = shift.start, let prevStart = previous.start, let span = previous.spanMinutes {
            if 1440 + start.minutes - (prevStart.minutes + span) < 720 { return false }
        }
        let run = worked.reversed().prefix { $0 != nil }.count
        if run >= min(4, system.maxConsecutiveWorkDays - 1) { return false }
        if shift.night, worked.reversed().prefix(while: { $0?.night == true }).count >= 3 { return false }
        let lastSeven = worked.suffix(6).compactMap { $0?.paidMinutes }.reduce(0, +)
        if lastSeven + shift.paidMinutes > cap { return false }
        let weekStart = max(0, worked.count - (date.isoWeekday - 1))
        let week = worked[weekStart...].compactMap { $0?.paidMinutes }.reduce(0, +)
        return week + shift.paidMinutes <= cap
    }
}
