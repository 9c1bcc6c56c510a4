extension UnitGenerator {
    /// Annual leave in blocks, training days, a few sick days and RTT days, never leaving a
    /// crew short of what its daily minimum needs (`DemandPlan.absenceCap`) and never taking
    /// more than 12 % of a crew's weekdays.
    func placeAbsences<G: RandomNumberGenerator>(_ agents: inout [GeneratedAgent], plan: DemandPlan, using rng: inout G) {
        let days = period.days
        let crewSizes = Dictionary(grouping: agents.indices, by: { agents[$0].crew }).mapValues(\.count)
        var absentPerDay: [CrewKey: [Int]] = crewSizes.mapValues { _ in Array(repeating: 0, count: days) }
        var weekdayBudget: [CrewKey: Int] = crewSizes.mapValues { Int(Double($0 * weekdays.count) * 0.12) }
        let isWeekday = Set(weekdays)

        /// Kinds drawn for each agent: code, chance, shortest and longest run, weekdays only.
        let kinds: [(code: AbsenceCode, chance: Double, length: ClosedRange<Int>, weekdaysOnly: Bool)] = [
            ("CA", 0.35, 5...12, false), ("FORM", 0.15, 1...2, true), ("MAL", 0.08, 1...3, false), ("RTT", 0.12, 1...1, true),
        ]
        for index in agents.indices.shuffled(using: &rng) {
            let crew = agents[index].crew
            let cap = plan.absenceCap(crew, size: crewSizes[crew] ?? 0)
            for kind in kinds where Double.random(in: 0..<1, using: &rng) < kind.chance {
                let length = Int.random(in: kind.length, using: &rng)
                guard length <= days else { continue }
                let first = Int.random(in: 0...(days - length), using: &rng)
                let run = Array(first..<(first + length))
                let weekdayCost = run.filter { isWeekday.contains($0) }.count
                guard !kind.weekdaysOnly || weekdayCost == length,
                      run.allSatisfy({ agents[index].absentDays[$0] == nil && (absentPerDay[crew]?[$0] ?? 0) < cap }),
                      weekdayCost <= weekdayBudget[crew] ?? 0 else { continue }
                for day in run {
                    agents[index].absentDays[day] = kind.code
                    absentPerDay[crew]?[day] += 1
                }
                weekdayBudget[crew]? -= weekdayCost
                let dates = run.map { period.dates[$0] }
                let selection = length == 1 ? DaySelection(dates: dates) : DaySelection(from: dates.first, to: dates.last)
                agents[index].absences.append(Absence(staff: agents[index].id, days: selection, code: kind.code))
            }
        }
    }
}
