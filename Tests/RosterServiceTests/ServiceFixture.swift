import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import RosterService
import RosterStore
import Scheduling
import Testing

/// Two small units, accounts on each, and helpers to log in and call the router in-process.
struct ServiceFixture {
    static let unitA = "Médecine A"
    static let unitB = "Chirurgie B"
    static let password = "mot-de-passe-solide"
    static let start = CivilDate(year: 2026, month: 6, day: 1)!

    let environment: ServiceEnvironment
    let scenarioA: Int64
    let scenarioB: Int64
    let rosterA: Int64
    let rosterB: Int64
    let directory: URL
    /// The store behind `environment`, with its synchronous SQLite API for setting up tests.
    let database: RosterDatabase

    /// A fresh in-memory store with scenario and roster (one hard violation) in each unit,
    /// and accounts `admin`, `cadreA`, `cadreB`, `viewerA`.
    init(solver: FakeSolver = .copying, concurrency: Int = 2, directory: URL? = nil, solveNiceness: Int32 = JobQueue.defaultSolveNiceness) throws {
        let directory = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("roster-service-test-\(UUID().uuidString)")
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try RosterDatabase.inMemory()
        self.database = database
        let prepared = directory.appendingPathComponent("prepared.json")
        try ScenarioFile.encode(Self.roster(name: "unit-A", "M M M", "- - -")).write(to: prepared)
        let executable = try solver.install(in: directory, prepared: prepared)
        let configuration = ServiceConfiguration(databasePath: ":memory:", solverExecutable: executable, concurrentSolves: concurrency,
                                                 queueCapacity: 3, maxBodyBytes: 64 * 1024, bcryptCost: 4, solveNiceness: solveNiceness)
        var logger = Logger(label: "roster-service-tests")
        logger.logLevel = .warning
        environment = makeEnvironment(configuration, database: database, logger: logger)
        scenarioA = try database.importScenario(ScenarioFile.encode(Self.scenario(name: "unit-A", unit: Self.unitA)), source: "A", by: "test").scenario.id ?? 0
        scenarioB = try database.importScenario(ScenarioFile.encode(Self.scenario(name: "unit-B", unit: Self.unitB)), source: "B", by: "test").scenario.id ?? 0
        rosterA = try database.saveProposal(Self.roster(name: "unit-A", "M - M", "- - -"), scenarioId: scenarioA, by: "test").rosterId
        rosterB = try database.saveProposal(Self.roster(name: "unit-B", "M - M", "- - -"), scenarioId: scenarioB, by: "test").rosterId
        for (name, role, units) in [("admin", AccountRole.admin, [String]()), ("cadreA", .cadre, [Self.unitA]), ("cadreB", .cadre, [Self.unitB]),
                                    ("viewerA", .viewer, [Self.unitA])] {
            _ = try AccountDirectory.add(to: database, name: name, role: role, password: Self.password, units: units, by: "test", cost: 4)
        }
    }

    var application: some ApplicationProtocol { Application(router: buildRouter(environment)) }

    static func scenario(name: String, unit: String) -> Scenario {
        Scenario(
            name: name, unit: unit, period: PlanningPeriod(start: start, days: 3),
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ],
            staff: ["IDE1", "IDE2"].map { StaffMember(id: StaffID($0), name: "Agent \($0)", grade: "IDE", contract: Contract()) },
            demand: [DemandRule(days: DaySelection(from: start, to: start.adding(days: 2)), shift: "M", skill: "IDE", minimum: 1)],
            rules: RuleSettings())
    }

    static func roster(name: String, _ rows: String...) -> Roster {
        Roster(
            scenario: name, period: PlanningPeriod(start: start, days: 3),
            rows: zip(["IDE1", "IDE2"] as [StaffID], rows).map { id, text in
                RosterRow(staff: id, shifts: text.split(separator: " ").map { $0 == "-" ? nil : ShiftCode(String($0)) })
            },
            provenance: Provenance(engine: "mip", engineVersion: "1.0-test", seed: 42, parameters: [:], objective: 0, bound: 0))
    }
}

/// A stand-in for `sched-cli solve`, as a shell script: the job machinery is tested without
/// GLPK and without timing assumptions.
enum FakeSolver {
    /// Writes the prepared roster to `--out` and a JSON summary on standard output, exits 0.
    case copying
    /// Sleeps for a minute (to be killed or cancelled mid-run).
    case sleeping
    /// Reports progress in `--progress-file`, then sleeps for a minute.
    case progressing
    /// Dies of SIGABRT through the C library's `abort()`, as GLPK does on misuse (a shell's own
    /// `kill -ABRT` is not enough: the test runner may leave SIGABRT ignored or blocked, which
    /// `abort()` overrides).
    case aborting
    /// The real `sched-cli` next to the test bundle.
    case real(URL)
    /// A shell script of the test's own (its body; `$PREPARED` names the prepared roster).
    case script(String)

    func install(in directory: URL, prepared: URL) throws -> URL {
        let body: String
        switch self {
        case .real(let url): return url
        case .copying:
            body = """
                out=""
                while [ $# -gt 0 ]; do if [ "$1" = "--out" ]; then out="$2"; fi; shift; done
                cat '\(prepared.path)' > "$out"
                echo '{"status":"feasible","engine":"fake","elapsedSeconds":0.1,"hardViolations":0,"gap":0}'
                """
        case .sleeping: body = "exec sleep 60"
        case .progressing:
            body = """
                file=""
                while [ $# -gt 0 ]; do if [ "$1" = "--progress-file" ]; then file="$2"; fi; shift; done
                echo '{"elapsedSeconds":1.5,"bestObjective":120,"bound":100,"gap":0.1667,"engine":"mip"}' > "$file"
                exec sleep 60
                """
        case .aborting: body = "exec python3 -c 'import os; os.abort()'"
        case .script(let text): body = "PREPARED='\(prepared.path)'\n" + text
        }
        let url = directory.appendingPathComponent("fake-sched-cli")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    static var hasPython: Bool {
        ["/usr/bin/python3", "/usr/local/bin/python3"].contains { FileManager.default.isExecutableFile(atPath: $0) }
            || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/python3")
            }
    }

    /// `sched-cli` built beside the test bundle, when there is one.
    static var builtExecutable: URL? {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(), Bundle.main.bundleURL,
                          Bundle.main.bundleURL.deletingLastPathComponent()]
        for directory in candidates {
            let url = directory.appendingPathComponent("sched-cli")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}

/// A signed-in client: its cookie and CSRF token.
struct Login: Sendable {
    var cookie: String
    var csrf: String

    /// Headers for a JSON call within the session (with the CSRF token unless `csrf` is false).
    func headers(csrf includeCSRF: Bool = true, json: Bool = true) -> HTTPFields {
        var fields: HTTPFields = [.cookie: cookie]
        if includeCSRF { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
        if json { fields[.contentType] = "application/json" }
        return fields
    }
}

struct SessionReply: Decodable { var name: String; var role: String; var units: [String]; var csrfToken: String }
struct ErrorReply: Decodable {
    struct Payload: Decodable { var code: String; var message: String }
    var error: Payload
}

extension TestClientProtocol {
    /// Logs in through the API and returns the session cookie and CSRF token.
    func login(_ name: String, password: String = ServiceFixture.password) async throws -> Login {
        try await execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                          body: ByteBuffer(string: #"{"name":"\#(name)","password":"\#(password)"}"#)) { response in
            #expect(response.status == .ok)
            let setCookie = try #require(response.headers[.setCookie])
            let reply = try JSONDecoder().decode(SessionReply.self, from: Data(response.body.readableBytesView))
            return Login(cookie: String(setCookie.split(separator: ";")[0]), csrf: reply.csrfToken)
        }
    }

    /// The stable error code of a JSON error answer.
    func errorCode(_ response: TestResponse) -> String? {
        (try? JSONDecoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)))?.error.code
    }
}

func errorCode(_ response: TestResponse) -> String? {
    (try? JSONDecoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)))?.error.code
}
