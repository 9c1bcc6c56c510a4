/// One agent while a unit is being generated: identity, team, contract share and the days
/// already taken by absences. Becomes a `StaffMember` once its target is known.
struct GeneratedAgent {
    var id: StaffID
    var grade: Skill
    var team: Team
    /// Quotité, 50–100 %.
    var quotite: Int
    var skills: [Skill]
    var allowedShifts: [ShiftCode]
    /// Day index in the period → absence code.
    var absentDays: [Int: AbsenceCode] = [:]
    var absences: [Absence] = []

    /// Daily credit of the project's target convention: 7 h, or 6 h 30 for the fixed night team.
    var dailyCreditMinutes: Int { team == .night ? 390 : 420 }

    /// The crew this agent's capacity counts in: same grade and team.
    var crew: CrewKey { CrewKey(grade: grade, team: team) }

    /// Target minutes by the convention: credit × quotité × (Monday–Friday days − Monday–Friday days absent).
    func targetMinutes(weekdays: [Int]) -> Int {
        let absentWeekdays = weekdays.filter { absentDays[$0] != nil }.count
        return dailyCreditMinutes * quotite * (weekdays.count - absentWeekdays) / 100
    }

    /// Tolerance of one shift: the longest post the agent may work.
    func toleranceMinutes(_ system: ShiftSystem) -> Int {
        system.shiftTypes.filter { allowedShifts.contains($0.code) }.map(\.paidMinutes).max() ?? 450
    }
}

/// Agents of one grade and team, the unit of capacity when demand and absences are planned.
struct CrewKey: Hashable, Comparable {
    var grade: Skill
    var team: Team

    static func < (lhs: CrewKey, rhs: CrewKey) -> Bool {
        (lhs.grade.rawValue, lhs.team.rawValue) < (rhs.grade.rawValue, rhs.team.rawValue)
    }
}
