import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import RosterService
import RosterStore
import RosterStorePostgres
import Scheduling
import Testing

/// The whole service on PostgreSQL, as several instances run it: two service instances (two
/// environments, two connection pools) on one database. Runs when `ROSTER_TEST_POSTGRES_URL`
/// names a server on which the user may create databases (`.ci/run` starts one).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ROSTER_TEST_POSTGRES_URL"].map { !$0.isEmpty } ?? false))
struct PostgresServiceTests {
    struct JobReply: Decodable { var id: Int64; var state: String; var rosterId: Int64? }
    struct Checklist: Decodable {
        struct Item: Decodable { var id: String; var action: String }
        var items: [Item]
    }

    @Test func aCadreCompletesTheMonthlyCycleAcrossTwoInstancesSharingOneDatabase() async throws {
        let server = try PostgresLocation(url: try #require(ProcessInfo.processInfo.environment["ROSTER_TEST_POSTGRES_URL"]))
        let name = "roster_service_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await PostgresServer.createDatabase(String(name), on: server)
        let location = server.with(database: String(name))
        let first = try await PostgresStore.connect(location)
        let second = try await PostgresStore.connect(location)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roster-pg-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try await Self.cycle(first, second, directory: directory)
        } catch {
            Issue.record(error)
        }
        await first.close()
        await second.close()
        try? FileManager.default.removeItem(at: directory)
        try? await PostgresServer.dropDatabase(String(name), on: server)
    }

    static func cycle(_ first: PostgresStore, _ second: PostgresStore, directory: URL) async throws {
        // The unit, its scenario and the cadre, as an administrator sets them up.
        let scenario = try await first.importScenario(ScenarioFile.encode(ServiceFixture.scenario(name: "unit-A", unit: ServiceFixture.unitA)),
                                                      source: "A", by: "admin").scenario
        _ = try await AccountDirectory.add(to: first, name: "cadreA", role: .cadre, password: ServiceFixture.password,
                                           units: [ServiceFixture.unitA], by: "admin", cost: 4)
        _ = try await AccountDirectory.add(to: first, name: "cadreB", role: .cadre, password: ServiceFixture.password,
                                           units: [ServiceFixture.unitB], by: "admin", cost: 4)
        let prepared = directory.appendingPathComponent("prepared.json")
        try ScenarioFile.encode(ServiceFixture.roster(name: "unit-A", "M - M", "- - -")).write(to: prepared)
        let executable = try FakeSolver.copying.install(in: directory, prepared: prepared)
        let configuration = ServiceConfiguration(databasePath: "postgres", solverExecutable: executable, concurrentSolves: 1,
                                                 queueCapacity: 3, maxBodyBytes: 64 * 1024, bcryptCost: 4)
        var logger = Logger(label: "roster-pg-service-tests")
        logger.logLevel = .warning
        let instanceA = makeEnvironment(configuration, database: first, logger: logger)
        let instanceB = makeEnvironment(configuration, database: second, logger: logger)

        // Instance A: a solve job, run by A's queue, saves the proposal.
        let rosterId: Int64 = try await Application(router: buildRouter(instanceA)).test(.router) { client in
            let cadre = try await client.login("cadreA")
            let job = try await client.execute(uri: "/api/v1/jobs", method: .post, headers: cadre.headers(),
                                               body: ByteBuffer(string: #"{"scenarioId":\#(scenario.id ?? 0),"timeLimitSeconds":5}"#)) { response in
                #expect(response.status == .accepted)
                return try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView))
            }
            let queue = Task { try await instanceA.jobs.run() }
            defer { queue.cancel() }
            var done = try await first.job(id: job.id)
            let deadline = Date().addingTimeInterval(120)
            while !done.state.isFinished, Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
                done = try await first.job(id: job.id)
            }
            queue.cancel()
            _ = await queue.result
            #expect(done.state == .succeeded)
            return try #require(done.rosterId)
        }

        // Instance B: the same roster, an edit, the review and the signature.
        try await Application(router: buildRouter(instanceB)).test(.router) { client in
            let cadre = try await client.login("cadreA")
            let base = "/api/v1/rosters/\(rosterId)/versions"
            try await client.execute(uri: "\(base)/1", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""hardViolations":1"#))
            }
            try await client.execute(uri: "\(base)/1/cells", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE2","date":"2026-06-02","shift":"M","note":"renfort"}"#)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "\(base)/2")
            }
            try await client.execute(uri: "/api/v1/rosters/\(rosterId)/diff?from=1&to=2", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("IDE2"))
            }
            try await client.execute(uri: "\(base)/2/review/start", method: .post, headers: cadre.headers())
            let checklist = try await client.execute(uri: "\(base)/2/checklist", method: .get, headers: cadre.headers()) { response in
                try JSONDecoder().decode(Checklist.self, from: Data(response.body.readableBytesView))
            }
            for item in checklist.items {
                let body = item.action == "override"
                    ? #"{"item":"\#(item.id)","justification":"Intérimaire confirmée par la direction des soins."}"#
                    : #"{"item":"\#(item.id)","note":"vu"}"#
                try await client.execute(uri: "\(base)/2/review/\(item.action == "override" ? "override" : "acknowledge")", method: .post,
                                         headers: cadre.headers(), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                }
            }
            try await client.execute(uri: "\(base)/2/review/validate", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "\(base)/2/review/sign", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""signer":"cadreA""#))
            }
            // The month grid page, in French, from the shared database.
            try await client.execute(uri: "/plannings/\(rosterId)/versions/2", method: .get, headers: [.cookie: cadre.cookie]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("juin 2026"))
            }
            // Another unit's cadre sees nothing of it.
            let other = try await client.login("cadreB")
            try await client.execute(uri: "\(base)/2", method: .get, headers: other.headers()) { response in
                #expect(response.status == .forbidden)
            }
        }

        // Back on instance A: the signature is there, and the audit chain holds.
        let signed = try await first.version(rosterId: rosterId, number: 2)
        #expect(signed.state == .signed)
        let audit = try await second.verifyAudit()
        #expect(audit.problems.isEmpty)
        #expect(try await first.verifyContent().isEmpty)
    }
}
