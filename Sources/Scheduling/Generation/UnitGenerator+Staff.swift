extension UnitGenerator {
    /// The unit's agents: grades in ward proportions, teams, quotités and skills.
    ///
    /// About half nurses (IDE), the rest care assistants (AS), plus a few hospital service
    /// agents (ASH) in day units of 15 agents or more. In 7 h 30 and 10 h units a grade gets a
    /// fixed night team (30 % of it) when that makes at least three agents; otherwise its
    /// nurses alternate days and nights and its other agents work days only. In 12 h units
    /// everybody alternates.
    func composeStaff<G: RandomNumberGenerator>(using rng: inout G) -> [GeneratedAgent] {
        let n = specification.staffCount
        let ash = system == .twelve || n < 15 ? 0 : max(1, Int((Double(n) * 0.08).rounded()))
        let ide = Int((Double(n - ash) * 0.5).rounded(.up))
        let counts: [(Skill, Int)] = [("IDE", ide), ("AS", n - ash - ide), ("ASH", ash)]
        let digits = n >= 100 ? 3 : 2
        var agents: [GeneratedAgent] = []
        for (grade, count) in counts where count > 0 {
            let nightCount = Int((Double(count) * 0.3).rounded())
            let fixedNight = system.hasFixedNightTeam && grade != "ASH" && nightCount >= 3
            for index in 0..<count {
                let team: Team
                if system == .twelve { team = .alternating }
                else if fixedNight { team = index < count - nightCount ? .day : .night }
                else { team = grade == "IDE" ? .alternating : .day }
                let number = team == .night ? index - (count - nightCount) + 1 : index + 1
                let id = team == .night ? "\(grade.rawValue)N\(pad(number, digits))" : "\(grade.rawValue)\(pad(number, digits))"
                let allowed: [ShiftCode]
                switch team {
                case .night: allowed = [system.nightShift.code]
                case .day: allowed = system.dayShifts.map(\.code)
                case .alternating: allowed = system.shiftTypes.map(\.code)
                }
                var skills: [Skill] = []
                if grade == "IDE", Double.random(in: 0..<1, using: &rng) < 0.5 { skills.append("EXP") }
                agents.append(GeneratedAgent(id: StaffID(id), grade: grade, team: team, quotite: drawQuotite(using: &rng),
                                             skills: skills, allowedShifts: allowed))
            }
        }
        return agents
    }

    /// 100 % for most agents, some four-fifths, a few half-time.
    func drawQuotite<G: RandomNumberGenerator>(using rng: inout G) -> Int {
        let draw = Double.random(in: 0..<1, using: &rng)
        return draw < 0.70 ? 100 : draw < 0.88 ? 80 : 50
    }

    func pad(_ number: Int, _ digits: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
