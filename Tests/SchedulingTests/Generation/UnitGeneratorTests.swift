import Foundation
@testable import Scheduling
import Testing

/// `UnitGenerator`: the same seed gives the same file, every generated unit passes the
/// validator, and its make-up (grades, teams, quotités, absences, demand) is that of a ward.
@Suite struct UnitGeneratorTests {
    static func unit(_ staff: Int, _ system: ShiftSystem, seed: UInt64 = 1, month: Int = 3) -> Scenario {
        UnitGenerator(UnitSpecification(staffCount: staff, shiftSystem: system, year: 2026, month: month, seed: seed))!.generate()
    }

    @Test func sameSeedSameJSON() {
        let first = ScenarioFile.encode(Self.unit(40, .sevenThirty, seed: 7))
        let second = ScenarioFile.encode(Self.unit(40, .sevenThirty, seed: 7))
        #expect(first == second)
        #expect(first != ScenarioFile.encode(Self.unit(40, .sevenThirty, seed: 8)))
    }

    static let sizes: [(Int, ShiftSystem)] = [10, 20, 35, 60, 150].flatMap { size in ShiftSystem.allCases.map { (size, $0) } }

    @Test(arguments: sizes)
    func passesTheValidatorAndTheStrictReader(staff: Int, system: ShiftSystem) throws {
        for seed: UInt64 in [1, 2] {
            let scenario = Self.unit(staff, system, seed: seed)
            #expect(ScenarioValidator.issues(in: scenario) == [], "\(staff) agents, \(system.rawValue), seed \(seed)")
            let reread = try ScenarioFile.decode(Scenario.self, from: ScenarioFile.encode(scenario), source: "generated")
            #expect(reread == scenario)
            _ = try PlanningProblem(reread, source: "generated")
        }
    }

    @Test(arguments: [(20, ShiftSystem.sevenThirty), (60, .ten), (150, .twelve)])
    func makeUpOfAWard(staff: Int, system: ShiftSystem) {
        let scenario = Self.unit(staff, system, seed: 3)
        #expect(scenario.staff.count == staff)
        #expect(Set(scenario.staff.map(\.id)).count == staff)
        let nurses = scenario.staff.filter { $0.grade == "IDE" }.count
        #expect(Double(nurses) >= 0.4 * Double(staff) && Double(nurses) <= 0.6 * Double(staff))
        #expect(scenario.staff.contains { $0.grade == "AS" })
        #expect(Set(scenario.staff.compactMap(\.quotite)).isSubset(of: [50, 80, 100]))
        #expect(scenario.staff.contains { $0.quotite == 100 } && scenario.staff.contains { $0.quotite != 100 })
        let night = system.shiftTypes.first { $0.night }!.code
        if system == .twelve {
            #expect(scenario.staff.allSatisfy { $0.team == .alternating })
        } else {
            #expect(scenario.staff.contains { $0.team == .night && $0.allowedShifts == [night] }, "a night-only team")
        }
        #expect(scenario.derogation12h == (system == .sevenThirty ? nil : true))
        // Absences carry codes only, from the declared list.
        let codes = Set((scenario.absenceCodes ?? []).map(\.code))
        #expect(!(scenario.absences ?? []).isEmpty)
        #expect((scenario.absences ?? []).allSatisfy { codes.contains($0.code) })
        #expect((scenario.requests ?? []).contains { $0.priority == .p2 })
        #expect(scenario.history.map { $0.from == scenario.period.start.adding(days: -14) } == true)
        let history = scenario.history?.assignments ?? []
        #expect(history.count > staff / 2)
    }

    /// The minimum posts of each grade take at most 80 % of the minutes its agents owe.
    @Test(arguments: ShiftSystem.allCases)
    func demandFitsTheContractHours(system: ShiftSystem) throws {
        for staff in [10, 20, 60] {
            let scenario = Self.unit(staff, system, seed: 5)
            let problem = try PlanningProblem(scenario, source: "generated")
            let paid = Dictionary(uniqueKeysWithValues: scenario.shiftTypes.map { ($0.code, $0.paidMinutes) })
            for grade in Set(scenario.staff.map(\.grade)) {
                let owed = scenario.staff.filter { $0.grade == grade }.compactMap(\.contract.targetMinutes).reduce(0, +)
                let needed = scenario.demand.filter { $0.skill == grade }.map { rule in
                    (rule.minimum ?? 0) * (paid[rule.shift] ?? 0) * rule.days.resolve(in: scenario.period).count
                }.reduce(0, +)
                #expect(Double(needed) <= 0.8 * Double(owed) + 1, "\(grade) in \(staff) agents, \(system.rawValue)")
            }
            #expect(problem.staffCount == staff)
        }
        let ward = Self.unit(20, system, seed: 5)
        #expect(ward.demand.contains { ($0.minimum ?? 0) > 0 && $0.skill == "IDE" }, "a 20-agent ward has minimum nurse posts")
    }

    @Test func frenchPublicHolidays() {
        #expect(FrenchPublicHolidays.easterSunday(year: 2026) == CivilDate(year: 2026, month: 4, day: 5))
        #expect(FrenchPublicHolidays.easterSunday(year: 2027) == CivilDate(year: 2027, month: 3, day: 28))
        let may = Self.unit(20, .twelve, month: 5).publicHolidays ?? []
        #expect(may.map(\.description) == ["2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"])
        #expect(Self.unit(20, .twelve, month: 6).publicHolidays == [])
    }

    @Test func outOfRangeSpecifications() {
        #expect(UnitGenerator(UnitSpecification(staffCount: 9, shiftSystem: .ten, year: 2026, month: 3, seed: 1)) == nil)
        #expect(UnitGenerator(UnitSpecification(staffCount: 151, shiftSystem: .ten, year: 2026, month: 3, seed: 1)) == nil)
        #expect(UnitGenerator(UnitSpecification(staffCount: 20, shiftSystem: .ten, year: 2026, month: 13, seed: 1)) == nil)
        #expect(UnitSpecification.month(from: "2026-03").map { $0.year == 2026 && $0.month == 3 } == true)
        #expect(UnitSpecification.month(from: "2026-3") == nil)
    }
}
