import Foundation
import Testing
@testable import Scheduling

/// The evaluator reproduces the penalties that Strandmark's column-generation solver reported
/// for its 20 published rosters of Instances 1–10, and finds all of them feasible.
@Suite struct CurtoisReferenceRosterTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        let file: String
        let instance: Int
        let total: Double
        let cover: Double
        var testDescription: String { file }
    }

    static let expected: [Expected] = {
        let url = RepositoryPaths.curtoisReferenceRosters.appendingPathComponent("expected.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 4, let n = Int(f[1]), let total = Double(f[2]), let cover = Double(f[3]) else { return nil }
            return Expected(file: f[0], instance: n, total: total, cover: cover)
        }
    }()

    @Test func allTwentyReferenceRostersAreListed() {
        #expect(Self.expected.count == 20)
    }

    @Test(arguments: expected)
    func evaluatorReproducesPublishedPenalty(_ row: Expected) throws {
        let scenario = try CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(row.instance))
        let problem = try PlanningProblem(scenario)
        let csv = try String(contentsOf: RepositoryPaths.curtoisReferenceRosters.appendingPathComponent(row.file), encoding: .utf8)
        let roster = try RosterCSV.parse(csv, scenario: scenario, source: row.file)
        let report = try Evaluator(problem: problem).evaluate(roster)

        #expect(report.hardViolations.isEmpty, "hard violations: \(report.hardViolations.map(\.message.en))")
        #expect(report.softPenalty == row.total)
        let cover = report.violations.filter { $0.rule == CoverageRule.targetID }.reduce(0) { $0 + $1.penalty }
        #expect(cover == row.cover)
    }

    @Test func emptyRosterOfInstance1ScoresTheDocumentedWorkedExample() throws {
        // DEFINITION.md: 7100 under-cover + 37 unmet on-requests, and 8 MinTotalMinutes breaches.
        let problem = try PlanningProblem(try CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(1)))
        let report = Evaluator(problem: problem).evaluate(ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount))
        #expect(report.softPenalty == 7137)
        #expect(report.hardViolations.count == 8)
        #expect(report.hardViolations.allSatisfy { $0.rule == "CONTRACT-HOURS" })
    }

    @Test(arguments: 1...24)
    func everyInstanceImportsAndValidates(_ n: Int) throws {
        let scenario = try CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(n))
        let problem = try PlanningProblem(scenario)
        #expect(problem.dayCount % 7 == 0)
        #expect(problem.staffCount > 0)
        #expect(!problem.demand.isEmpty)
    }
}
