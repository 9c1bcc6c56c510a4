/// Which rules of the catalogue apply to a unit, with their parameters and severities.
///
/// A rule whose setting is absent does not apply. `RuleSettings.fph` gives the legal
/// defaults of the French public hospital service (see docs/rules.md for sources).
public struct RuleSettings: Codable, Sendable, Hashable {
    /// FPH-30/31: minimum rest between two work periods (720 = 12 h; 660 = 11 h by agreement).
    public var dailyRest: MinimumMinutesSetting?
    /// FPH-08: maximum work in any rolling 7 days, overtime included (2 880 = 48 h).
    public var rollingSevenDays: MaximumMinutesSetting?
    /// FPH-07: maximum work per civil week (Monday–Sunday) without overtime (2 640 = 44 h).
    public var civilWeek: MaximumMinutesSetting?
    /// FPH-32: minimum consecutive weekly rest in each civil week (2 160 = 36 h).
    public var weeklyRest: MinimumMinutesSetting?
    /// FPH-33: rest days per fortnight, with two consecutive including a Sunday.
    public var fortnightRest: FortnightRestSetting?
    /// Maximum consecutive worked days (local rule; Curtois MaxConsecutiveShifts).
    public var maxConsecutiveWorkDays: LimitSetting?
    /// Maximum consecutive nights.
    public var maxConsecutiveNights: LimitSetting?
    /// Minimum length of a run of worked days, runs touching the period's edges exempt (Curtois).
    public var minConsecutiveWorkDays: LimitSetting?
    /// Minimum length of a run of days off, runs touching the edges exempt (Curtois).
    public var minConsecutiveDaysOff: LimitSetting?
    /// Maximum weekends worked (a weekend counts if Saturday or Sunday is worked).
    public var maxWorkedWeekends: LimitSetting?
    /// Contract hours: hard bounds on worked minutes (with FPH-52 overtime cap when allowed).
    public var contractHours: ContractHoursSetting?
    /// Soft penalty per hour away from the target.
    public var hoursDeviation: HoursDeviationSetting?
    /// Coverage of the demand.
    public var coverage: CoverageSetting
    /// Penalties for refused requests.
    public var requests: RequestWeights
    /// Spread of nights, weekends and public holidays within comparable staff.
    public var fairness: FairnessSetting?
    /// Hours of a shift crossing midnight are split at midnight for day and week sums
    /// (exact reading); false attributes the whole shift to its start date.
    public var splitHoursAtMidnight: Bool?

    public init(dailyRest: MinimumMinutesSetting? = nil, rollingSevenDays: MaximumMinutesSetting? = nil,
                civilWeek: MaximumMinutesSetting? = nil, weeklyRest: MinimumMinutesSetting? = nil,
                fortnightRest: FortnightRestSetting? = nil, maxConsecutiveWorkDays: LimitSetting? = nil,
                maxConsecutiveNights: LimitSetting? = nil, minConsecutiveWorkDays: LimitSetting? = nil,
                minConsecutiveDaysOff: LimitSetting? = nil, maxWorkedWeekends: LimitSetting? = nil,
                contractHours: ContractHoursSetting? = nil, hoursDeviation: HoursDeviationSetting? = nil,
                coverage: CoverageSetting = CoverageSetting(), requests: RequestWeights = RequestWeights(),
                fairness: FairnessSetting? = nil, splitHoursAtMidnight: Bool? = nil) {
        self.dailyRest = dailyRest
        self.rollingSevenDays = rollingSevenDays
        self.civilWeek = civilWeek
        self.weeklyRest = weeklyRest
        self.fortnightRest = fortnightRest
        self.maxConsecutiveWorkDays = maxConsecutiveWorkDays
        self.maxConsecutiveNights = maxConsecutiveNights
        self.minConsecutiveWorkDays = minConsecutiveWorkDays
        self.minConsecutiveDaysOff = minConsecutiveDaysOff
        self.maxWorkedWeekends = maxWorkedWeekends
        self.contractHours = contractHours
        self.hoursDeviation = hoursDeviation
        self.coverage = coverage
        self.requests = requests
        self.fairness = fairness
        self.splitHoursAtMidnight = splitHoursAtMidnight
    }

    /// The legal defaults of the FPH catalogue (docs/rules.md), with the local-practice
    /// soft rules at the indicative weights of the scenario conventions.
    public static var fph: RuleSettings {
        RuleSettings(
            dailyRest: MinimumMinutesSetting(minutes: 720),
            rollingSevenDays: MaximumMinutesSetting(minutes: 2880),
            civilWeek: MaximumMinutesSetting(minutes: 2640),
            weeklyRest: MinimumMinutesSetting(minutes: 2160),
            fortnightRest: FortnightRestSetting(),
            maxConsecutiveWorkDays: LimitSetting(limit: 5, severity: .soft(weight: 100)),
            maxConsecutiveNights: LimitSetting(limit: 4, severity: .soft(weight: 100)),
            contractHours: ContractHoursSetting(),
            hoursDeviation: HoursDeviationSetting(weightPerHour: 20),
            coverage: CoverageSetting(),
            requests: RequestWeights(),
            fairness: FairnessSetting(),
            splitHoursAtMidnight: true
        )
    }
}

public struct MinimumMinutesSetting: Codable, Sendable, Hashable {
    public var minutes: Int
    public var severity: Severity?
    public init(minutes: Int, severity: Severity? = nil) { self.minutes = minutes; self.severity = severity }
}

public struct MaximumMinutesSetting: Codable, Sendable, Hashable {
    public var minutes: Int
    public var severity: Severity?
    public init(minutes: Int, severity: Severity? = nil) { self.minutes = minutes; self.severity = severity }
}

/// A count limit with a default for everyone (personal `WorkLimits` override it).
public struct LimitSetting: Codable, Sendable, Hashable {
    /// Default limit; nil means only agents with a personal limit are constrained.
    public var limit: Int?
    public var severity: Severity?
    public init(limit: Int? = nil, severity: Severity? = nil) { self.limit = limit; self.severity = severity }
}

public struct FortnightRestSetting: Codable, Sendable, Hashable {
    /// Rest days required per fortnight (4 by FPH-33).
    public var restDays: Int?
    /// First day of the first fixed fortnight (default: the first Monday of the period).
    public var anchor: CivilDate?
    /// Check every rolling 14-day window instead of fixed fortnights.
    public var rolling: Bool?
    /// Require two consecutive rest days including a Sunday (FPH-33 strict reading).
    public var sundayPair: Bool?
    public var severity: Severity?
    public init(restDays: Int? = nil, anchor: CivilDate? = nil, rolling: Bool? = nil, sundayPair: Bool? = nil, severity: Severity? = nil) {
        self.restDays = restDays
        self.anchor = anchor
        self.rolling = rolling
        self.sundayPair = sundayPair
        self.severity = severity
    }
}

public struct ContractHoursSetting: Codable, Sendable, Hashable {
    /// Overtime (heures supplémentaires) allowed this period, up to `overtimeCapMinutes` above the target.
    public var overtimeAllowed: Bool?
    /// FPH-52: 20 h per month (1 200 minutes).
    public var overtimeCapMinutes: Int?
    public var severity: Severity?
    public init(overtimeAllowed: Bool? = nil, overtimeCapMinutes: Int? = nil, severity: Severity? = nil) {
        self.overtimeAllowed = overtimeAllowed
        self.overtimeCapMinutes = overtimeCapMinutes
        self.severity = severity
    }
}

public struct HoursDeviationSetting: Codable, Sendable, Hashable {
    public var weightPerHour: Double
    public init(weightPerHour: Double) { self.weightPerHour = weightPerHour }
}

public struct CoverageSetting: Codable, Sendable, Hashable {
    /// Price of one missing person below a hard minimum, used by solvers to stay feasible
    /// while reporting the post as uncovered (the roster is then illegal).
    public var minimumShortfallWeight: Double?
    /// Default penalty per person below target.
    public var underWeight: Double?
    /// Default penalty per person above target.
    public var overWeight: Double?
    public init(minimumShortfallWeight: Double? = nil, underWeight: Double? = nil, overWeight: Double? = nil) {
        self.minimumShortfallWeight = minimumShortfallWeight
        self.underWeight = underWeight
        self.overWeight = overWeight
    }
}

public struct RequestWeights: Codable, Sendable, Hashable {
    public var p1: Double?
    public var p2: Double?
    public init(p1: Double? = nil, p2: Double? = nil) { self.p1 = p1; self.p2 = p2 }
}

public struct FairnessSetting: Codable, Sendable, Hashable {
    /// Penalty per night of spread (max − min, per full-time equivalent) within a group.
    public var nightsWeight: Double?
    public var weekendsWeight: Double?
    public var holidaysWeight: Double?
    public init(nightsWeight: Double? = nil, weekendsWeight: Double? = nil, holidaysWeight: Double? = nil) {
        self.nightsWeight = nightsWeight
        self.weekendsWeight = weekendsWeight
        self.holidaysWeight = holidaysWeight
    }
}
