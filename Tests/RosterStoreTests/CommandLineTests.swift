import Foundation
import GRDB
import Testing
import Scheduling

/// End-to-end runs of the real `sched-cli` binary against a database file: exit statuses,
/// messages, tamper detection and exports. Skipped when the binary was not built beside the tests.
@Suite(.enabled(if: SchedCLIBinary.path != nil, "sched-cli is not built beside the test bundle"))
struct CommandLineTests {
    struct Run { var status: Int32; var out: String; var err: String }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(SchedCLIBinary.path))
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    @Test func theWholeWorkflowFromTheCommandLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sched-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try StoreFixture.scenarioData.write(to: dir.appendingPathComponent("s.json"))
        try ScenarioFile.encode(StoreFixture.uncovered).write(to: dir.appendingPathComponent("r.json"))
        let cadre = ["--by", "Mme Cadre"]
        let v1 = ["--db", "u.db", "--roster", "1"]

        #expect(try Self.run(["store", "import", "--db", "u.db"] + cadre + ["s.json"], in: dir).status == 0)
        #expect(try Self.run(["roster", "save", "--db", "u.db", "--scenario", "1"] + cadre + ["r.json"], in: dir).status == 0)
        let started = try Self.run(["review", "start"] + v1 + cadre, in: dir)
        #expect(started.status == 0)
        #expect(started.out.contains("[OUVERT] hard/COVER-MIN/-/2026-06-02/M/IDE"))

        let refused = try Self.run(["review", "validate"] + v1 + cadre, in: dir)
        #expect(refused.status == 6)
        #expect(refused.err.contains("hard/COVER-MIN/-/2026-06-02/M/IDE"))
        #expect(try Self.run(["review", "override"] + v1 + cadre + ["--item", "hard/COVER-MIN/-/2026-06-02/M/IDE", "--justification", "trop court"], in: dir).status == 6)
        #expect(try Self.run(["review", "override"] + v1 + cadre + ["--item", "hard/COVER-MIN/-/2026-06-02/M/IDE", "--justification", StoreFixture.justification], in: dir).status == 0)
        #expect(try Self.run(["review", "validate"] + v1 + cadre, in: dir).status == 0)
        let unnamed = try Self.run(["review", "sign"] + v1 + cadre, in: dir)
        #expect(unnamed.status == 64)
        #expect(unnamed.err.contains("--version"))
        let signed = try Self.run(["review", "sign"] + v1 + ["--version", "1"] + cadre, in: dir)
        #expect(signed.status == 0)
        #expect(signed.out.contains("signé par Mme Cadre"))

        let html = try Self.run(["export"] + v1 + ["--format", "html"], in: dir)
        #expect(html.status == 0)
        #expect(html.out.contains("validé et signé par Mme Cadre"))
        #expect(try Self.run(["export"] + v1 + ["--format", "ics", "--out", "ics"], in: dir).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ics/IDE1.ics").path))

        // A later change to the signed roster: a new version, explained against the signed one.
        try ScenarioFile.encode(StoreFixture.roster("M M M", "- - -")).write(to: dir.appendingPathComponent("r2.json"))
        let edited = try Self.run(["roster", "edit", "--db", "u.db", "--roster", "1", "--parent", "1"] + cadre + ["r2.json"], in: dir)
        #expect(edited.status == 0, "\(edited.err)")
        #expect(edited.out.contains("Différences avec la version signée 1 :"))
        #expect(edited.out.contains("1 cellule(s) modifiée(s)"))
        #expect(edited.out.contains("repos → M [cadre, modification du cadre]"))
        let diff = try Self.run(["roster", "diff", "--db", "u.db", "--roster", "1"], in: dir)
        #expect(diff.status == 0, "\(diff.err)")
        #expect(diff.out.contains("Violations impératives : 1 → 0"))

        #expect(try Self.run(["audit", "verify", "--db", "u.db"], in: dir).status == 0)
        try DatabaseQueue(path: dir.appendingPathComponent("u.db").path).write { db in
            try db.execute(sql: "DROP TRIGGER auditEntryNoUpdate; UPDATE auditEntry SET actor = 'M. Intrus' WHERE sequence = 2")
        }
        let tampered = try Self.run(["audit", "verify", "--db", "u.db"], in: dir)
        #expect(tampered.status == 7)
        #expect(tampered.err.contains("entry 2 altered"))
    }

    @Test func badInputNamesTheFileAndExitsWith2() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sched-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try Self.run(["audit", "verify", "--db", "absent.db"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.err.contains("absent.db"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("absent.db").path))
        try Data(#"{"formatVersion": 1, "name": 3}"#.utf8).write(to: dir.appendingPathComponent("bad.json"))
        let bad = try Self.run(["store", "import", "--db", "u.db", "bad.json"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.err.contains("bad.json"))
        #expect(bad.err.contains("name"))
    }
}

/// `sched-cli` in the build folder that holds the test bundle.
enum SchedCLIBinary {
    static let path: String? = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent("sched-cli").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }()
}
