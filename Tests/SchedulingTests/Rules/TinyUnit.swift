import Testing
@testable import Scheduling

/// A tiny care unit for writing rule specifications in a few lines.
///
/// The period starts on Monday 1 June 2026 and lasts 7 days unless told otherwise. Every
/// agent is an IDE (infirmier diplômé d'État) with no contract target. The only rules that
/// apply are those the test's `RuleSettings` turns on, plus the catalogue's always-on rules
/// (ABSENCE, SHIFT-ALLOWED, LOCK, CONTRACT-HOURS, COVER, REQUEST), which stay silent without
/// absences, allowed lists, locks, targets, demand or requests. A test therefore sees only
/// the rule it specifies.
///
/// A roster is one string per agent, one token per day: a shift code, or `-` for a day off:
/// `"M S - N N - -"`. History rows are written the same way and end on the day before the
/// period; the history starts at the first day of the longest row.
struct TinyUnit {
    /// Matin 06:45–14:15, 7 h 30.
    static let matin = ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450)
    /// Soir 13:45–21:15, 7 h 30.
    static let soir = ShiftType(code: "S", label: "Soir", start: ClockTime("13:45"), end: ClockTime("21:15"), paidMinutes: 450)
    /// Journée 08:30–16:00, 7 h 30.
    static let journee = ShiftType(code: "J", label: "Journée", start: ClockTime("08:30"), end: ClockTime("16:00"), paidMinutes: 450)
    /// Nuit 21:00–07:00, 10 h.
    static let nuit = ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true)
    /// Jour 12 h 07:00–19:00.
    static let jour12 = ShiftType(code: "J12", label: "Jour 12 h", start: ClockTime("07:00"), end: ClockTime("19:00"), paidMinutes: 720)
    /// Nuit 12 h 19:00–07:00.
    static let nuit12 = ShiftType(code: "N12", label: "Nuit 12 h", start: ClockTime("19:00"), end: ClockTime("07:00"), paidMinutes: 720, night: true)

    static let standardShifts: [ShiftType] = [matin, soir, journee, nuit, jour12, nuit12]

    var start: CivilDate
    var days: Int
    var staff: [StaffMember]
    var shiftTypes: [ShiftType] = TinyUnit.standardShifts
    var rules: RuleSettings
    /// One row per agent, in staff order; rows end on the day before the period.
    var historyRows: [String] = []
    var counters: [StaffCounters] = []
    var absences: [Absence] = []
    var requests: [StaffRequest] = []
    var locks: [CellLock] = []
    var demand: [DemandRule] = []
    var publicHolidays: [CivilDate] = []

    init(agents: [StaffID] = ["IDE01"], start: CivilDate = .jun(1), days: Int = 7, rules: RuleSettings = RuleSettings()) {
        self.init(staff: agents.map { TinyUnit.agent($0) }, start: start, days: days, rules: rules)
    }

    init(staff: [StaffMember], start: CivilDate = .jun(1), days: Int = 7, rules: RuleSettings = RuleSettings()) {
        self.staff = staff
        self.start = start
        self.days = days
        self.rules = rules
    }

    /// A day-team agent; every field a rule may read can be set.
    static func agent(_ id: StaffID, grade: Skill = "IDE", skills: [Skill]? = nil, quotite: Int? = nil, team: Team? = nil,
                      contract: Contract = Contract(), allowedShifts: [ShiftCode]? = nil, maxShifts: [ShiftCode: Int]? = nil,
                      limits: WorkLimits? = nil, fairnessGroup: String? = nil) -> StaffMember {
        StaffMember(id: id, name: id.rawValue, grade: grade, skills: skills, quotite: quotite, team: team, contract: contract,
                    allowedShifts: allowedShifts, maxShifts: maxShifts, limits: limits, fairnessGroup: fairnessGroup)
    }

    // MARK: Building variants

    /// A copy changed by `change`.
    func with(_ change: (inout TinyUnit) -> Void) -> TinyUnit {
        var copy = self
        change(&copy)
        return copy
    }

    /// A copy with the days before the period, one row per agent in staff order.
    func history(_ rows: String...) -> TinyUnit { with { $0.historyRows = rows } }

    /// A copy where `shift` may not be followed by `next` on the following day.
    func forbidding(_ shift: ShiftCode, followedBy next: ShiftCode...) -> TinyUnit {
        with { unit in
            for i in unit.shiftTypes.indices where unit.shiftTypes[i].code == shift {
                unit.shiftTypes[i].cannotBeFollowedBy = (unit.shiftTypes[i].cannotBeFollowedBy ?? []) + next
            }
        }
    }

    // MARK: Scenario and evaluation

    static func tokens(_ row: String) -> [ShiftCode?] {
        row.split(whereSeparator: { $0 == " " }).map { $0 == "-" ? nil : ShiftCode(String($0)) }
    }

    var scenario: Scenario {
        var history: History?
        if !historyRows.isEmpty || !counters.isEmpty {
            let rows = historyRows.map(Self.tokens)
            let length = rows.map(\.count).max() ?? 0
            var assignments: [HistoryAssignment] = []
            for (s, row) in rows.enumerated() {
                for (i, code) in row.enumerated() {
                    guard let code else { continue }
                    assignments.append(HistoryAssignment(staff: staff[s].id, date: start.adding(days: i - row.count), shift: code))
                }
            }
            history = History(from: start.adding(days: -length), assignments: assignments, counters: counters.isEmpty ? nil : counters)
        }
        return Scenario(
            name: "tiny unit", period: PlanningPeriod(start: start, days: days),
            publicHolidays: publicHolidays.isEmpty ? nil : publicHolidays, derogation12h: true, shiftTypes: shiftTypes,
            staff: staff, demand: demand, absences: absences.isEmpty ? nil : absences, requests: requests.isEmpty ? nil : requests,
            history: history, locks: locks.isEmpty ? nil : locks, rules: rules)
    }

    func problem() throws -> PlanningProblem { try PlanningProblem(scenario) }

    /// The identifiers of the rules the catalogue applies to this unit.
    func ruleIDs() throws -> [RuleID] { Evaluator(problem: try problem()).ruleIDs }

    /// Evaluates a roster written one string per agent, in staff order.
    func evaluate(_ rows: String...) throws -> EvaluationReport {
        let problem = try problem()
        let roster = Roster(scenario: problem.scenario.name, period: problem.scenario.period,
                            rows: zip(staff, rows).map { RosterRow(staff: $0.id, shifts: Self.tokens($1)) })
        return try Evaluator(problem: problem).evaluate(roster)
    }

    /// The violations of one rule in a roster written one string per agent.
    func violations(of rule: RuleID, _ rows: String...) throws -> [Violation] {
        let problem = try problem()
        let roster = Roster(scenario: problem.scenario.name, period: problem.scenario.period,
                            rows: zip(staff, rows).map { RosterRow(staff: $0.id, shifts: Self.tokens($1)) })
        return try Evaluator(problem: problem).evaluate(roster).violations.filter { $0.rule == rule }
    }
}

/// Everything a violation says except its sentence, so a test can state it exactly.
struct ViolationFacts: Equatable, CustomTestStringConvertible {
    var rule: RuleID
    var hard: Bool
    var staff: StaffID?
    var dates: [CivilDate]
    var amount: Double
    var unit: PenaltyUnit
    var weight: Double
    var penalty: Double

    var testDescription: String {
        "\(rule) \(hard ? "hard" : "soft") \(staff?.rawValue ?? "unit") \(dates.map(\.description).joined(separator: "…")) \(amount) \(unit) × \(weight) = \(penalty)"
    }
}

extension Violation {
    var facts: ViolationFacts {
        ViolationFacts(rule: rule, hard: hard, staff: staff, dates: dates, amount: amount, unit: unit, weight: weight, penalty: penalty)
    }
}

/// The violation's French and English sentences are written and mention every fragment.
func expectReadableMessages(_ violation: Violation, mentioning fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for language in Language.allCases {
        let text = violation.message.text(language)
        #expect(!text.isEmpty, "empty \(language) message", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(text.contains(fragment), "\(language) message « \(text) » does not mention « \(fragment) »", sourceLocation: sourceLocation)
        }
    }
}

/// Dates of the tiny units' calendar (2026).
extension CivilDate {
    static func feb(_ day: Int) -> CivilDate { CivilDate(year: 2026, month: 2, day: day)! }
    static func may(_ day: Int) -> CivilDate { CivilDate(year: 2026, month: 5, day: day)! }
    static func jun(_ day: Int) -> CivilDate { CivilDate(year: 2026, month: 6, day: day)! }
    static func jul(_ day: Int) -> CivilDate { CivilDate(year: 2026, month: 7, day: day)! }
}

@Suite struct TinyUnitRuleTests {
    @Test func calendarMatchesTheScenarios() {
        #expect(CivilDate.jun(1).isoWeekday == 1)
        #expect(CivilDate.jul(1).isoWeekday == 3)
        #expect(CivilDate.feb(1).isoWeekday == 7)
    }

    @Test func historyRowsEndOnTheDayBeforeThePeriod() throws {
        let problem = try TinyUnit(agents: ["IDE01", "IDE02"]).history("S N", "- - M").problem()
        #expect(problem.historyLength == 3)
        #expect(problem.history[0] == [-1, 1, 3])
        #expect(problem.history[1] == [-1, -1, 0])
    }

    @Test func emptyUnitHasNoViolation() throws {
        #expect(try TinyUnit().evaluate("M S J N J12 N12 -").violations.isEmpty)
    }
}
