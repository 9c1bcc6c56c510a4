import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RosterService
import RosterStore
import Testing

/// `GET /api/v1/jobs` comes in pages, newest first, with compact summaries; the job itself
/// keeps its full summary.
@Suite struct JobListTests {
    struct Page: Decodable {
        struct Job: Decodable {
            struct Summary: Decodable { var status: String; var objective: Double? }
            var id: Int64
            var unit: String
            var summary: Summary?
        }
        var jobs: [Job]
        var nextAfter: Int64?
    }

    /// A finished solve's summary with its per-rule detail: the violations of roster A's proposal.
    static func summary(_ fixture: ServiceFixture) throws -> String {
        let violations = try fixture.database.context(rosterId: fixture.rosterA, number: 1).report.violations
        #expect(!violations.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(violations), as: UTF8.self)
        return #"{"status":"feasible","engine":"fake","elapsedSeconds":1,"objective":12,"violations":\#(json)}"#
    }

    static func page(_ client: some TestClientProtocol, _ login: Login, _ query: String) async throws -> Page {
        try await client.execute(uri: "/api/v1/jobs\(query)", method: .get, headers: login.headers()) { response in
            #expect(response.status == .ok)
            return try JSONDecoder().decode(Page.self, from: Data(response.body.readableBytesView))
        }
    }

    @Test func pagesFollowEachOtherNewestFirstWithinTheReadableUnits() async throws {
        let fixture = try ServiceFixture()
        let database = fixture.database
        // Jobs 1–6: unit A for the odd ones, unit B for the even ones.
        for seed in 1...6 {
            _ = try database.submitJob(scenarioId: seed % 2 == 1 ? fixture.scenarioA : fixture.scenarioB, timeLimitSeconds: 5, seed: Int64(seed), by: "admin")
        }
        try await fixture.application.test(.router) { client in
            let admin = try await client.login("admin")
            let first = try await Self.page(client, admin, "?limit=4")
            #expect(first.jobs.map(\.id) == [6, 5, 4, 3])
            #expect(first.nextAfter == 3)
            let second = try await Self.page(client, admin, "?limit=4&after=3")
            #expect(second.jobs.map(\.id) == [2, 1])
            #expect(second.nextAfter == nil)
            #expect(try await Self.page(client, admin, "").jobs.count == 6)

            let cadreA = try await client.login("cadreA")
            let mine = try await Self.page(client, cadreA, "?limit=2")
            #expect(mine.jobs.map(\.id) == [5])  // job 6 is unit B's
            #expect(mine.nextAfter == 5)
            #expect(try await Self.page(client, cadreA, "?limit=2&after=5").jobs.map(\.id) == [3])
        }
    }

    @Test func theListShowsCompactSummariesAndTheJobItsFullSummary() async throws {
        let fixture = try ServiceFixture()
        let database = fixture.database
        let job = try #require(try database.submitJob(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 1, by: "cadreA").id)
        #expect(try database.markJobRunning(id: job))
        _ = try database.completeJob(id: job, roster: ServiceFixture.roster(name: "unit-A", "M M M", "- - -"), summary: try Self.summary(fixture), label: "essai")
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let listed = try #require(try await Self.page(client, cadre, "").jobs.first?.summary)
            #expect(listed.status == "feasible")
            #expect(listed.objective == 12)
            try await client.execute(uri: "/api/v1/jobs", method: .get, headers: cadre.headers()) { response in
                #expect(!String(buffer: response.body).contains("violations"))
            }
            try await client.execute(uri: "/api/v1/jobs/\(job)", method: .get, headers: cadre.headers()) { response in
                #expect(String(buffer: response.body).contains(#""violations":[{"#))
            }
        }
    }

    @Test(arguments: ["?limit=0", "?limit=501", "?limit=dix", "?after=x"])
    func anInvalidPageIsRefused(query: String) async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/jobs\(query)", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .badRequest)
                let error = try JSONDecoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)).error
                #expect(error.code == "invalid-input")
            }
        }
    }
}
