import Foundation
import Testing
import Scheduling

/// `sched-cli stress` from the command line: bad input exits 2 naming the option, a run writes
/// the table, the JSON and the HTML report. Skipped when the binary was not built beside the tests.
@Suite(.enabled(if: SchedCLIBinary.path != nil, "sched-cli is not built beside the test bundle"))
struct StressCommandLineTests {
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sched-cli-stress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try StoreFixture.scenarioData.write(to: dir.appendingPathComponent("s.json"))
        try ScenarioFile.encode(StoreFixture.clean).write(to: dir.appendingPathComponent("r.json"))
        return dir
    }

    @Test func badInputExitsTwoAndNamesEveryOptionAtFault() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Values that do not read: every one named.
        let syntax = try CommandLineTests.run(["stress", "s.json", "--roster", "r.json", "--absence-wave", "15%", "--surge", "M+x"], in: dir)
        #expect(syntax.status == 2)
        #expect(syntax.err.contains("--absence-wave 15%: expected PCT%[/SKILL]:DAYS"))
        #expect(syntax.err.contains("--surge M+x: expected SHIFT[/SKILL]+N[@DAYS]"))
        // Values that read but do not fit the unit: every one named, before any solve.
        let unit = try CommandLineTests.run(["stress", "s.json", "--roster", "r.json", "--absence-wave", "15%:week2",
                                             "--absent", "IDE9:2026-06-01"], in: dir)
        #expect(unit.status == 2)
        #expect(unit.err.contains("--absence-wave 15%:week2: week 2 is outside the period, which has weeks 1 to 1"))
        #expect(unit.err.contains("--absent IDE9:2026-06-01: unknown staff id « IDE9 »"))
        // A surge beyond the qualified staff is refused by the scenario checks, with the option named.
        let beyond = try CommandLineTests.run(["stress", "s.json", "--roster", "r.json", "--surge", "M/IDE+2@2026-06-03"], in: dir)
        #expect(beyond.status == 2)
        #expect(beyond.err.contains("--surge M/IDE+2@2026-06-03: demand[1].minimum: requires 3 IDE on M but only 2 agent(s)"))
    }

    @Test func aRepeatableRunWritesTheTableTheJSONAndTheHTML() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let arguments = ["stress", "s.json", "--roster", "r.json", "--absent", "IDE1:2026-06-02", "--surge", "M/IDE+1@2026-06-03",
                         "--iterations", "2", "--node-limit", "20", "--html", "report.html"]
        let table = try CommandLineTests.run(arguments, in: dir)
        #expect(table.status == 0, "\(table.err)")
        #expect(table.out.contains("--absent IDE1:2026-06-02"))
        let json = try CommandLineTests.run(arguments + ["--json"], in: dir)
        let report = try JSONDecoder().decode(StressReport.self, from: Data(json.out.utf8))
        // Kinds in a fixed order (waves, surges, skill losses, named absences, ANAP), each in the order given.
        #expect(report.entries.map(\.notation) == ["M/IDE+1@2026-06-03", "IDE1:2026-06-02"])
        #expect(report.entries[1].toNotify == ["IDE2"], "IDE2 takes the matin IDE1 cannot work")
        #expect(report.entries[0].uncoveredPosts.isEmpty && report.entries[0].toNotify == ["IDE2"], "IDE2 joins IDE1 on the matin of 3 June")
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<tr class=\"perturbation\">").count == 3)
    }
}
