/// A validated scenario in indexed form: staff, shift types and days become integers so that
/// the evaluator, the local search and the MIP encoder read it in constant time.
///
/// Build it with `PlanningProblem(scenario)`; it throws `ScenarioError` listing every problem
/// found in the input, so a bad file never reaches a solver.
public struct PlanningProblem: Sendable {
    public let scenario: Scenario
    public let dayCount: Int
    public let dates: [CivilDate]
    public let staff: [StaffMember]
    public let shifts: [ShiftType]
    public let staffIndex: [StaffID: Int]
    public let shiftIndex: [ShiftCode: Int]

    /// Whether day `d` is a public holiday (jour férié).
    public let isHoliday: [Bool]
    /// Start of shift type `t` in minutes from the start of its day, and its end (may exceed 1 440).
    public let shiftStart: [Int?]
    public let shiftEnd: [Int?]
    public let paidMinutes: [Int]
    public let isNight: [Bool]
    /// `forbiddenSuccession[a][b]`: b may not follow a on the next day (explicit list).
    public let forbiddenSuccession: [[Bool]]

    /// `allowed[s][t]`: staff s may work shift type t (allowed list and max count > 0).
    public let allowed: [[Bool]]
    /// `maxShifts[s][t]`: maximum count of shift type t over the period, nil when unbounded.
    public let maxShifts: [[Int?]]
    /// `absence[s][d]`: absence code on day d, nil when available.
    public let absence: [[AbsenceCode?]]
    /// `lock[s][d]`: `.some(-1)` for a locked day off, `.some(t)` for a locked shift.
    public let lock: [[Int?]]
    /// Number of history days before the period (0 without history).
    public let historyLength: Int
    /// `history[s][k]` for k in 0..<historyLength is day `k − historyLength`: shift index or −1.
    public let history: [[Int]]
    public let hourBalance: [Int]
    public let demand: [DemandCell]
    public let requests: [RequestCell]
    /// Indices into `requests`, per agent, by day (then in the scenario's order).
    public let requestsOfStaff: [[Int]]
    /// Indices into `demand`, per day.
    public let demandOfDay: [[Int]]
    /// Skill membership: `hasSkill[s]` is the agent's skill set.
    public let skills: [Set<Skill>]
    /// Weekends with at least one day in the period, in order.
    public let weekends: [WeekendDays]
    public var rules: RuleSettings { scenario.rules }
    /// Objective terms against other rosters (repair, variants); never read from a file. See `withReference`.
    public internal(set) var references: [ReferenceRosterRule] = []

    public var staffCount: Int { staff.count }
    public var shiftCount: Int { shifts.count }

    /// Creates the indexed problem, or throws every input problem found at once.
    public init(_ scenario: Scenario, source: String = "scenario") throws(ScenarioError) {
        let issues = ScenarioValidator.issues(in: scenario)
        guard issues.isEmpty else { throw ScenarioError(file: source, issues: issues) }
        self.init(validated: scenario)
    }

    init(validated scenario: Scenario) {
        self.scenario = scenario
        let period = scenario.period
        dayCount = period.days
        dates = period.dates
        staff = scenario.staff
        shifts = scenario.shiftTypes
        var staffIndex: [StaffID: Int] = [:]
        for (i, member) in staff.enumerated() { staffIndex[member.id] = i }
        var shiftIndex: [ShiftCode: Int] = [:]
        for (i, shift) in shifts.enumerated() { shiftIndex[shift.code] = i }
        self.staffIndex = staffIndex
        self.shiftIndex = shiftIndex
        let holidays = Set(scenario.publicHolidays ?? [])
        isHoliday = dates.map { holidays.contains($0) }
        shiftStart = shifts.map { $0.start?.minutes }
        shiftEnd = shifts.map { shift in shift.start.flatMap { start in shift.spanMinutes.map { start.minutes + $0 } } }
        paidMinutes = shifts.map(\.paidMinutes)
        isNight = shifts.map(\.night)
        forbiddenSuccession = shifts.map { shift in
            let banned = Set(shift.cannotBeFollowedBy ?? [])
            return scenario.shiftTypes.map { banned.contains($0.code) }
        }
        let S = staff.count, H = dayCount
        skills = staff.map(\.allSkills)
        allowed = staff.map { member in
            let list = member.allowedShifts.map(Set.init)
            return scenario.shiftTypes.map { shift in
                (list?.contains(shift.code) ?? true) && (member.maxShifts?[shift.code] ?? 1) > 0
            }
        }
        maxShifts = staff.map { member in scenario.shiftTypes.map { member.maxShifts?[$0.code] } }
        var absence = Array(repeating: [AbsenceCode?](repeating: nil, count: H), count: S)
        for entry in scenario.absences ?? [] {
            guard let s = staffIndex[entry.staff] else { continue }
            for date in entry.days.resolve(in: period) where period.contains(date) {
                absence[s][period.index(of: date)] = entry.code
            }
        }
        self.absence = absence
        var lock = Array(repeating: [Int?](repeating: nil, count: H), count: S)
        for entry in scenario.locks ?? [] {
            guard let s = staffIndex[entry.staff], period.contains(entry.date) else { continue }
            lock[s][period.index(of: entry.date)] = entry.shift.flatMap { shiftIndex[$0] } ?? -1
        }
        self.lock = lock
        if let history = scenario.history {
            let length = max(0, history.from.days(to: period.start))
            var grid = Array(repeating: [Int](repeating: -1, count: length), count: S)
            for entry in history.assignments {
                guard let s = staffIndex[entry.staff], let t = shiftIndex[entry.shift] else { continue }
                let k = period.index(of: entry.date) + length
                if (0..<length).contains(k) { grid[s][k] = t }
            }
            historyLength = length
            self.history = grid
            var balance = [Int](repeating: 0, count: S)
            for counter in history.counters ?? [] {
                if let s = staffIndex[counter.staff] { balance[s] = counter.hourBalanceMinutes ?? 0 }
            }
            hourBalance = balance
        } else {
            historyLength = 0
            history = Array(repeating: [], count: S)
            hourBalance = [Int](repeating: 0, count: S)
        }
        demand = DemandCell.resolve(scenario, shiftIndex: shiftIndex)
        requests = RequestCell.resolve(scenario, staffIndex: staffIndex, shiftIndex: shiftIndex)
        var requestsOfStaff = Array(repeating: [Int](), count: S)
        for (i, request) in requests.enumerated() { requestsOfStaff[request.staff].append(i) }
        let days = requests.map(\.day)
        self.requestsOfStaff = requestsOfStaff.map { mine in mine.sorted { (days[$0], $0) < (days[$1], $1) } }
        var demandOfDay = Array(repeating: [Int](), count: dayCount)
        for (i, cell) in demand.enumerated() { demandOfDay[cell.day].append(i) }
        self.demandOfDay = demandOfDay
        weekends = Self.weekends(dayCount: dayCount, firstWeekday: period.start.isoWeekday)
    }

    /// Staff `s` has `skill` (nil: everyone counts).
    @inline(__always)
    public func staff(_ s: Int, has skill: Skill?) -> Bool {
        guard let skill else { return true }
        return skills[s].contains(skill)
    }

    /// ISO weekday (1 = Monday … 7 = Sunday) of day index `d` (any integer, history included).
    @inline(__always)
    public func weekday(ofDay d: Int) -> Int {
        let base = scenario.period.start.isoWeekday - 1
        let w = (base + d) % 7
        return (w < 0 ? w + 7 : w) + 1
    }
}

/// The demand for one day, shift type and skill.
public struct DemandCell: Sendable, Hashable {
    public var day: Int
    public var shift: Int
    public var skill: Skill?
    public var minimum: Int
    public var target: Int?
    public var maximum: Int?
    public var underWeight: Double
    public var overWeight: Double

    static func resolve(_ scenario: Scenario, shiftIndex: [ShiftCode: Int]) -> [DemandCell] {
        let period = scenario.period
        let defaultUnder = scenario.rules.coverage.underWeight ?? 1000
        let defaultOver = scenario.rules.coverage.overWeight ?? 0
        var cells: [DemandCell] = []
        for rule in scenario.demand {
            guard let t = shiftIndex[rule.shift] else { continue }
            for date in rule.days.resolve(in: period) where period.contains(date) {
                cells.append(DemandCell(day: period.index(of: date), shift: t, skill: rule.skill,
                                        minimum: rule.minimum ?? 0, target: rule.target, maximum: rule.maximum,
                                        underWeight: rule.underWeight ?? defaultUnder, overWeight: rule.overWeight ?? defaultOver))
            }
        }
        return cells.sorted { ($0.day, $0.shift, $0.skill?.rawValue ?? "") < ($1.day, $1.shift, $1.skill?.rawValue ?? "") }
    }
}

/// One request on one day, with its resolved weight.
public struct RequestCell: Sendable, Hashable {
    public var staff: Int
    public var day: Int
    public var kind: StaffRequest.Kind
    public var shift: Int?
    public var weight: Double
    public var priority: StaffRequest.Priority?

    static func resolve(_ scenario: Scenario, staffIndex: [StaffID: Int], shiftIndex: [ShiftCode: Int]) -> [RequestCell] {
        let period = scenario.period
        let weights = scenario.rules.requests
        var cells: [RequestCell] = []
        for request in scenario.requests ?? [] {
            guard let s = staffIndex[request.staff] else { continue }
            let t = request.shift.flatMap { shiftIndex[$0] }
            let weight = request.weight ?? (request.priority == .p1 ? weights.p1 ?? 500 : weights.p2 ?? 50)
            for date in request.days.resolve(in: period) where period.contains(date) {
                cells.append(RequestCell(staff: s, day: period.index(of: date), kind: request.kind, shift: t,
                                         weight: weight, priority: request.priority))
            }
        }
        return cells
    }
}
