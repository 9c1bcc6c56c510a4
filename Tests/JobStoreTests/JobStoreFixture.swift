import Foundation
import RosterStore
import Scheduling

/// A three-day unit with two IDE and one matin needed each day, and a roster that covers it.
enum JobStoreFixture {
    static let start = CivilDate(year: 2026, month: 6, day: 1)!

    static func scenario() -> Scenario {
        Scenario(
            name: "job-store-test", unit: "Médecine test", period: PlanningPeriod(start: start, days: 3),
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ],
            staff: ["IDE1", "IDE2"].map { StaffMember(id: StaffID($0), name: $0, grade: "IDE", contract: Contract()) },
            demand: [DemandRule(days: DaySelection(from: start, to: start.adding(days: 2)), shift: "M", skill: "IDE", minimum: 1)],
            rules: RuleSettings())
    }

    static var scenarioData: Data { ScenarioFile.encode(scenario()) }

    /// Fully covered: IDE1 works every matin.
    static let roster = Roster(
        scenario: "job-store-test", period: PlanningPeriod(start: start, days: 3),
        rows: [RosterRow(staff: "IDE1", shifts: ["M", "M", "M"]), RosterRow(staff: "IDE2", shifts: [nil, nil, nil])],
        provenance: Provenance(engine: "local-search", engineVersion: "1.0-test", seed: 7, parameters: [:], objective: 0, bound: nil))

    /// Imports the scenario and queues `count` jobs; returns their ids, oldest first.
    static func queue(_ count: Int, in store: any SolveJobStore, engine: String = "local-search", timeLimitSeconds: Double = 5) async throws -> [Int64] {
        let scenario = try await store.importScenario(scenarioData, source: "fixture", by: "test").scenario
        var ids: [Int64] = []
        for seed in 0..<count {
            ids.append(try await store.submitJob(scenarioId: scenario.id ?? 0, timeLimitSeconds: timeLimitSeconds, seed: Int64(seed), engine: engine, by: "cadre").id ?? 0)
        }
        return ids
    }
}
