/// One agent of the unit, identified by a pseudonym.
public struct StaffMember: Codable, Sendable, Hashable {
    public var id: StaffID
    /// Display name (may be the pseudonym itself).
    public var name: String
    /// Grade, e.g. IDE, AS, ASH, PUER, SF. The grade is also one of the agent's skills.
    public var grade: Skill
    /// Extra skills (EXP, IOA, SMUR, novice…), as data.
    public var skills: [Skill]?
    /// Quotité (part-time percentage), 50–100 (FPH-90).
    public var quotite: Int?
    /// Day, night or alternating team; informative and the default fairness group.
    public var team: Team?
    public var contract: Contract
    /// Shift types this agent may work (nil: all). Medical restrictions and fixed night teams are expressed here.
    public var allowedShifts: [ShiftCode]?
    /// Maximum number of shifts of a type over the period (0 forbids the type).
    public var maxShifts: [ShiftCode: Int]?
    /// Personal limits that override the unit's defaults.
    public var limits: WorkLimits?
    /// Staff are compared for fairness within a group (default: grade and team).
    public var fairnessGroup: String?

    public init(id: StaffID, name: String, grade: Skill, skills: [Skill]? = nil, quotite: Int? = nil, team: Team? = nil,
                contract: Contract, allowedShifts: [ShiftCode]? = nil, maxShifts: [ShiftCode: Int]? = nil,
                limits: WorkLimits? = nil, fairnessGroup: String? = nil) {
        self.id = id
        self.name = name
        self.grade = grade
        self.skills = skills
        self.quotite = quotite
        self.team = team
        self.contract = contract
        self.allowedShifts = allowedShifts
        self.maxShifts = maxShifts
        self.limits = limits
        self.fairnessGroup = fairnessGroup
    }

    /// Grade plus extra skills.
    public var allSkills: Set<Skill> { Set([grade] + (skills ?? [])) }
}

/// The agent's team (équipe).
public enum Team: String, Codable, Sendable, Hashable {
    case day = "jour"
    case night = "nuit"
    case alternating = "alternance"
}

/// Working-time contract for the period.
///
/// Either a target with a tolerance (French units: target hours computed by the unit's
/// convention) or explicit bounds (Curtois–Qu: min/max total minutes), or both.
public struct Contract: Codable, Sendable, Hashable {
    /// Hours the agent owes over the period, in minutes.
    public var targetMinutes: Int?
    /// Accepted deviation around the target before it becomes a hard violation (or overtime).
    public var toleranceMinutes: Int?
    /// Explicit hard bounds on worked minutes over the period.
    public var minMinutes: Int?
    public var maxMinutes: Int?

    public init(targetMinutes: Int? = nil, toleranceMinutes: Int? = nil, minMinutes: Int? = nil, maxMinutes: Int? = nil) {
        self.targetMinutes = targetMinutes
        self.toleranceMinutes = toleranceMinutes
        self.minMinutes = minMinutes
        self.maxMinutes = maxMinutes
    }
}

/// Personal pattern limits; each overrides the unit default of the same rule.
public struct WorkLimits: Codable, Sendable, Hashable {
    public var maxConsecutiveWorkDays: Int?
    public var minConsecutiveWorkDays: Int?
    public var minConsecutiveDaysOff: Int?
    public var maxWorkedWeekends: Int?
    public var maxConsecutiveNights: Int?

    public init(maxConsecutiveWorkDays: Int? = nil, minConsecutiveWorkDays: Int? = nil, minConsecutiveDaysOff: Int? = nil,
                maxWorkedWeekends: Int? = nil, maxConsecutiveNights: Int? = nil) {
        self.maxConsecutiveWorkDays = maxConsecutiveWorkDays
        self.minConsecutiveWorkDays = minConsecutiveWorkDays
        self.minConsecutiveDaysOff = minConsecutiveDaysOff
        self.maxWorkedWeekends = maxWorkedWeekends
        self.maxConsecutiveNights = maxConsecutiveNights
    }
}
