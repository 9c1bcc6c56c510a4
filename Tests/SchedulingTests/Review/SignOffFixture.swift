@testable import Scheduling

/// A three-day unit with two IDE: one matin (M) needed each day; IDE2 asked, priority 1, for
/// 2 June off. Rosters are written one string per agent, `-` for a day off.
enum SignOffFixture {
    static let start = CivilDate(year: 2026, month: 6, day: 1)!

    static func scenario() -> Scenario {
        Scenario(
            name: "signoff", unit: "Médecine test", period: PlanningPeriod(start: start, days: 3),
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ],
            staff: ["IDE1", "IDE2"].map { StaffMember(id: StaffID($0), name: $0, grade: "IDE", contract: Contract()) },
            demand: [DemandRule(days: DaySelection(from: start, to: start.adding(days: 2)), shift: "M", skill: "IDE", minimum: 1)],
            requests: [StaffRequest(staff: "IDE2", days: .on(start.adding(days: 1)), kind: .dayOff, priority: .p1)],
            rules: RuleSettings())
    }

    static func roster(_ rows: String..., bound: Double? = 0) -> Roster {
        let staff: [StaffID] = ["IDE1", "IDE2"]
        return Roster(
            scenario: "signoff", period: PlanningPeriod(start: start, days: 3),
            rows: zip(staff, rows).map { id, text in
                RosterRow(staff: id, shifts: text.split(separator: " ").map { $0 == "-" ? nil : ShiftCode(String($0)) })
            },
            provenance: Provenance(engine: "mip", engineVersion: "test", seed: 7, parameters: ["timeLimit": "10"], objective: 0, bound: bound))
    }

    static func checklist(_ roster: Roster, policy: SignOffPolicy = .standard) throws -> ReviewChecklist {
        let problem = try PlanningProblem(scenario())
        let report = try Evaluator(problem: problem).evaluate(roster)
        return try ReviewChecklist(problem: problem, roster: roster, report: report, policy: policy)
    }

    static func record(_ roster: Roster) -> SignatureRecord {
        SignatureRecord(signer: "Mme Cadre", signedAt: "2026-05-20T10:00:00Z", rosterSHA256: String(repeating: "a", count: 64),
                        scenarioSHA256: String(repeating: "b", count: 64), provenance: roster.provenance)
    }
}
