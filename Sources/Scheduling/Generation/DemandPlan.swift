/// The generated unit's staffing demand, derived from its agents' contract hours.
///
/// For each grade: a night minimum the night team (or the alternating nurses) can carry, then
/// a weekday minimum and a lighter weekend minimum on the day posts, sized so that the
/// minimum posts take about 80 % of the hours the grade owes. Grades too small to carry a
/// minimum get a soft target instead. `crewNeed` is the number of agents of a crew a day's
/// minimum takes, which bounds how many of them may be away at once.
struct DemandPlan {
    struct GradeDemand {
        var grade: Skill
        var weekday: [ShiftCode: Int] = [:]
        var weekend: [ShiftCode: Int] = [:]
        var night = 0
        /// Whether some agent of the grade may work nights.
        var nightCapable = false
        /// Posts wanted (soft) on weekday mornings beyond the minimum.
        var extraWeekdayTarget = 0
    }

    /// Share of the contract capacity the minimum posts may take.
    static let loadFactor = 0.8

    var grades: [GradeDemand] = []
    var crewNeed: [CrewKey: Int] = [:]
    /// Share of days an agent of the crew works, on average.
    var crewWorkShare: [CrewKey: Double] = [:]
    let system: ShiftSystem

    init(generator: UnitGenerator, agents: [GeneratedAgent]) {
        system = generator.system
        let days = generator.period.days
        let weekdayCount = generator.weekdays.count
        let weekendCount = days - weekdayCount
        let night = system.nightShift
        let dayPosts = system.dayShifts
        let dayPaid = Double(dayPosts[0].paidMinutes)
        var gradeOrder: [Skill] = []
        for agent in agents where !gradeOrder.contains(agent.grade) { gradeOrder.append(agent.grade) }

        for grade in gradeOrder {
            let members = agents.filter { $0.grade == grade }
            func total(_ team: Team) -> Double {
                Double(members.filter { $0.team == team }.map { $0.targetMinutes(weekdays: generator.weekdays) }.reduce(0, +))
            }
            func count(_ team: Team) -> Int { members.filter { $0.team == team }.count }
            for team in [Team.day, .night, .alternating] where count(team) > 0 {
                let paid = team == .night ? Double(night.paidMinutes) : team == .alternating && system == .twelve ? 720 : dayPaid
                crewWorkShare[CrewKey(grade: grade, team: team)] = total(team) / Double(count(team)) / paid / Double(days)
            }
            var demand = GradeDemand(grade: grade)
            demand.nightCapable = members.contains { $0.allowedShifts.contains(night.code) }
            if system == .twelve {
                let capacity = total(.alternating)
                var perPost = Int(Self.loadFactor * capacity / 720 / Double(days) / 2)
                // Two posts a day, and a Sunday worked takes about three agents (FPH-33).
                perPost = min(perPost, count(.alternating) / 6)
                while perPost > 0, Double(2 * perPost * days * 720) > Self.loadFactor * capacity { perPost -= 1 }
                demand.weekday[dayPosts[0].code] = perPost
                demand.weekend[dayPosts[0].code] = perPost
                demand.night = perPost
                crewNeed[CrewKey(grade: grade, team: .alternating)] = 2 * perPost
            } else {
                let nightTeam = total(.night)
                let alternating = total(.alternating)
                if count(.night) > 0 {
                    demand.night = Int(Self.loadFactor * nightTeam / Double(night.paidMinutes * days))
                } else if count(.alternating) > 0, Double(night.paidMinutes * days) <= 0.3 * alternating {
                    demand.night = 1
                }
                let dayMinutes = total(.day) + alternating - (count(.night) == 0 ? Double(demand.night * days * night.paidMinutes) : 0)
                let dayShifts = max(0, dayMinutes / dayPaid)
                let dayCapable = count(.day) + count(.alternating)
                var weekday = Int(Self.loadFactor * dayShifts / (Double(weekdayCount) + 0.7 * Double(weekendCount)))
                // Every agent needs a Sunday with the day before or after off in each fortnight
                // (FPH-33): a weekend post takes about three agents.
                var weekend = min(Int((0.7 * Double(weekday)).rounded()), max(0, dayCapable / 3 - (count(.alternating) > 0 ? 1 : 0)))
                while weekday > 0, Double(weekday * weekdayCount + weekend * weekendCount) > Self.loadFactor * dayShifts {
                    weekday -= 1
                    weekend = min(weekend, weekday)
                }
                demand.weekday = Self.split(weekday, over: dayPosts)
                demand.weekend = Self.split(weekend, over: dayPosts)
                if grade != "ASH", weekday >= 2 { demand.extraWeekdayTarget = 1 }
                if count(.day) > 0 { crewNeed[CrewKey(grade: grade, team: .day)] = weekday }
                if count(.night) > 0 { crewNeed[CrewKey(grade: grade, team: .night)] = demand.night }
                if count(.alternating) > 0 { crewNeed[CrewKey(grade: grade, team: .alternating)] = weekday + demand.night }
            }
            grades.append(demand)
        }
    }

    /// Morning gets the odd post: 3 → M 2, S 1.
    static func split(_ total: Int, over posts: [ShiftType]) -> [ShiftCode: Int] {
        guard posts.count > 1 else { return [posts[0].code: total] }
        return [posts[0].code: (total + 1) / 2, posts[1].code: total / 2]
    }

    /// How many agents of a crew may be away on one day: those beyond what the day's minimum
    /// needs, given the share of days each works, with a 10 % margin.
    func absenceCap(_ crew: CrewKey, size: Int) -> Int {
        let need = Double(crewNeed[crew] ?? 0)
        guard need > 0 else { return max(0, size - 1) }
        let share = max(0.1, crewWorkShare[crew] ?? 0.5)
        return max(0, size - Int((need / share * 1.1).rounded(.up)))
    }

    /// The demand lines of the scenario; a grade with no minimum on a post gets a soft target of one.
    func rules() -> [DemandRule] {
        var rules: [DemandRule] = []
        let weekdays = DaySelection(weekdays: [1, 2, 3, 4, 5])
        let weekends = DaySelection(weekdays: [6, 7])
        let everyDay = DaySelection(weekdays: [1, 2, 3, 4, 5, 6, 7])
        for demand in grades {
            for post in system.dayShifts {
                let weekday = demand.weekday[post.code] ?? 0
                let weekend = demand.weekend[post.code] ?? 0
                let extra = post.code == system.dayShifts[0].code ? demand.extraWeekdayTarget : 0
                if weekday == weekend, extra == 0 {
                    rules.append(line(everyDay, post.code, demand.grade, weekday))
                } else {
                    rules.append(line(weekdays, post.code, demand.grade, weekday, extra: extra))
                    rules.append(line(weekends, post.code, demand.grade, weekend))
                }
            }
            if demand.nightCapable { rules.append(line(everyDay, system.nightShift.code, demand.grade, demand.night)) }
        }
        return rules
    }

    func line(_ days: DaySelection, _ shift: ShiftCode, _ grade: Skill, _ minimum: Int, extra: Int = 0) -> DemandRule {
        minimum > 0
            ? DemandRule(days: days, shift: shift, skill: grade, minimum: minimum, target: minimum + extra)
            : DemandRule(days: days, shift: shift, skill: grade, target: 1, underWeight: 200)
    }
}
