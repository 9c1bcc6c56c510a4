import Foundation
import Synchronization
import RosterStore
import Scheduling

/// A three-day unit with two IDE and one matin needed each day, and rosters for it.
enum StoreFixture {
    static let start = CivilDate(year: 2026, month: 6, day: 1)!

    static func scenario() -> Scenario {
        Scenario(
            name: "store-test", unit: "Médecine test", period: PlanningPeriod(start: start, days: 3),
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ],
            staff: ["IDE1", "IDE2"].map { StaffMember(id: StaffID($0), name: $0, grade: "IDE", contract: Contract()) },
            demand: [DemandRule(days: DaySelection(from: start, to: start.adding(days: 2)), shift: "M", skill: "IDE", minimum: 1)],
            rules: RuleSettings())
    }

    static var scenarioData: Data { ScenarioFile.encode(scenario()) }

    /// One string per agent, `-` for a day off; a solver's provenance with a tight bound.
    static func roster(_ rows: String...) -> Roster {
        Roster(
            scenario: "store-test", period: PlanningPeriod(start: start, days: 3),
            rows: zip(["IDE1", "IDE2"] as [StaffID], rows).map { id, text in
                RosterRow(staff: id, shifts: text.split(separator: " ").map { $0 == "-" ? nil : ShiftCode(String($0)) })
            },
            provenance: Provenance(engine: "mip", engineVersion: "1.0-test", seed: 42, parameters: ["timeLimit": "10"], objective: 0, bound: 0))
    }

    /// Fully covered.
    static let clean = roster("M M M", "- - -")
    /// 2 June uncovered: one hard COVER-MIN violation.
    static let uncovered = roster("M - M", "- - -")

    static let justification = "Intérimaire confirmée par la direction des soins pour le 2 juin."

    /// A fixed clock, one second further at each call.
    static func clock() -> @Sendable () -> Date {
        let counter = Counter()
        return { Date(timeIntervalSince1970: 1_780_000_000 + Double(counter.next())) }
    }

    static func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("roster-store-\(UUID().uuidString).sqlite").path
    }
}

/// A thread-safe counter for the test clock.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}
