import Foundation
import HummingbirdTesting
import LoadTesting
import RosterService
import RosterStore
import Testing

/// `LoadTest` against the service listening on a real loopback port, for about two seconds:
/// every step of the route mix answers, the edits make new versions, and the one solve
/// submitted (stand-in solver) is seen through to its end with exactly one roster.
@Suite struct LoadTestEndToEndTests {
    @Test func shortRunAgainstALiveServer() async throws {
        let fixture = try ServiceFixture(solver: .copying)
        let versionsBefore = try fixture.database.versions(rosterId: fixture.rosterA).count
        let report = try await JobTests.withQueue(fixture) {
            try await fixture.application.test(.live) { client in
                let port = try #require(client.port)
                var configuration = LoadTestConfiguration(url: try LoopbackURL("http://localhost:\(port)"), user: "cadreA",
                                                          password: ServiceFixture.password)
                configuration.users = 2
                configuration.durationSeconds = 2
                configuration.maxRequests = 400
                configuration.mix = RouteMix(solveEvery: 1)
                configuration.maxSolves = 1
                configuration.drainSeconds = 30
                return try await LoadTest.run(configuration)
            }
        }
        let byRoute = Dictionary(uniqueKeysWithValues: report.routes.map { ($0.route, $0) })
        for route in ["login", "list-rosters", "open-grid", "explain-cell", "edit-cell", "diff", "submit-solve"] {
            #expect((byRoute[route]?.requests ?? 0) > 0, "\(route) was exercised")
        }
        #expect(byRoute["login"]?.requests == 2)
        #expect(byRoute["edit-cell"]?.statuses["201"] ?? 0 > 0)
        #expect(report.errorsByStatus.keys.allSatisfy { !$0.hasPrefix("5") && $0 != "0" }, "\(report.errorsByStatus)")
        #expect(report.requests <= 400 + 2 + 10)
        #expect(report.solves.submitted == 1 && report.solves.succeeded == 1)
        let job = try #require(report.solves.jobs.first)
        let stored = try fixture.database.job(id: job.jobId)
        #expect(stored.state == .succeeded && stored.rosterId != nil)
        // Only cadreA's unit (A) was loaded; its roster gained versions from the edits.
        #expect(try fixture.database.versions(rosterId: fixture.rosterA).count > versionsBefore)
        #expect(try fixture.database.versions(rosterId: fixture.rosterB).count == 1)
    }
}
