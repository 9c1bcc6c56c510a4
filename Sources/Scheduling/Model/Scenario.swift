/// One unit's planning problem over a period: the input of every solver and of the evaluator.
public struct Scenario: Codable, Sendable, Hashable {
    /// Version of the file format (currently 1).
    public var formatVersion: Int
    public var name: String
    /// The care unit (service), e.g. « Médecine polyvalente — 3e étage ».
    public var unit: String?
    public var period: PlanningPeriod
    public var publicHolidays: [CivilDate]?
    /// The unit holds the 12 h derogation (FPH-22), with the date of the CSE opinion if known.
    public var derogation12h: Bool?
    public var shiftTypes: [ShiftType]
    public var absenceCodes: [AbsenceCodeDefinition]?
    public var staff: [StaffMember]
    public var demand: [DemandRule]
    public var absences: [Absence]?
    public var requests: [StaffRequest]?
    public var history: History?
    public var locks: [CellLock]?
    public var rules: RuleSettings
    public var notes: String?

    public init(formatVersion: Int = 1, name: String, unit: String? = nil, period: PlanningPeriod,
                publicHolidays: [CivilDate]? = nil, derogation12h: Bool? = nil, shiftTypes: [ShiftType],
                absenceCodes: [AbsenceCodeDefinition]? = nil, staff: [StaffMember], demand: [DemandRule],
                absences: [Absence]? = nil, requests: [StaffRequest]? = nil, history: History? = nil,
                locks: [CellLock]? = nil, rules: RuleSettings, notes: String? = nil) {
        self.formatVersion = formatVersion
        self.name = name
        self.unit = unit
        self.period = period
        self.publicHolidays = publicHolidays
        self.derogation12h = derogation12h
        self.shiftTypes = shiftTypes
        self.absenceCodes = absenceCodes
        self.staff = staff
        self.demand = demand
        self.absences = absences
        self.requests = requests
        self.history = history
        self.locks = locks
        self.rules = rules
        self.notes = notes
    }
}
