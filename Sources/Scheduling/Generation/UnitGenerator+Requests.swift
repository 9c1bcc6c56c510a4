extension UnitGenerator {
    /// Zero to two requests (désidérata) per agent, off their absences: a weekend off, a day
    /// off (one in seven imperative, P1, with a non-medical note), a post not wanted on a few
    /// days, or only the morning post on a date.
    func makeRequests<G: RandomNumberGenerator>(_ agents: [GeneratedAgent], using rng: inout G) -> [StaffRequest] {
        let dates = period.dates
        let saturdays = dates.indices.filter { dates[$0].isSaturday && $0 + 1 < dates.count }
        let notes = ["garde d'enfant", "examen", "événement familial", "déménagement"]
        var requests: [StaffRequest] = []
        for agent in agents {
            let draw = Double.random(in: 0..<1, using: &rng)
            let count = draw < 0.3 ? 0 : draw < 0.75 ? 1 : 2
            var taken = Set(agent.absentDays.keys)
            for _ in 0..<count {
                let kind = Double.random(in: 0..<1, using: &rng)
                if kind < 0.35, let saturday = saturdays.randomElement(using: &rng), !taken.contains(saturday), !taken.contains(saturday + 1) {
                    taken.formUnion([saturday, saturday + 1])
                    requests.append(StaffRequest(staff: agent.id, days: DaySelection(from: dates[saturday], to: dates[saturday + 1]),
                                                 kind: .dayOff, priority: .p2))
                    continue
                }
                let day = Int.random(in: 0..<dates.count, using: &rng)
                guard !taken.contains(day) else { continue }
                taken.insert(day)
                let avoided = agent.allowedShifts.count > 1 ? agent.allowedShifts.last : nil
                if kind < 0.75 || avoided == nil {
                    let imperative = Double.random(in: 0..<1, using: &rng) < 1.0 / 7
                    requests.append(StaffRequest(staff: agent.id, days: .on(dates[day]), kind: .dayOff, priority: imperative ? .p1 : .p2,
                                                 note: imperative ? notes.randomElement(using: &rng) : nil))
                } else if kind < 0.9, let avoided {
                    let last = min(dates.count - 1, day + Int.random(in: 0...2, using: &rng))
                    requests.append(StaffRequest(staff: agent.id, days: DaySelection(from: dates[day], to: dates[last]),
                                                 kind: .shiftOff, shift: avoided, priority: .p2))
                } else {
                    requests.append(StaffRequest(staff: agent.id, days: .on(dates[day]), kind: .onlyShift,
                                                 shift: agent.allowedShifts[0], priority: .p2))
                }
            }
        }
        return requests
    }
}
