import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct HealthAndErrorTests {
    @Test func healthAnswersWithTheStoreAndQueue() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains(#""status":"ok""#))
                #expect(text.contains("v2-service-accounts-and-jobs"))
            }
        }
    }

    @Test func metricsExposeLatenciesAndTheQueue() async throws {
        let fixture = try ServiceFixture()
        _ = try fixture.database.submitJob(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 1, by: "test")
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/health", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(text.contains("planning_jobs_queued 1"))
                #expect(text.contains("planning_jobs_running 0"))
                #expect(text.contains(#"planning_http_request_duration_seconds_count{method="GET",route="/health",status="200"} 1"#))
            }
        }
    }

    @Test func unknownRouteIsJSONNotFound() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(errorCode(response) == "not-found")
            }
        }
    }

    @Test func malformedJSONIsABadRequestNeverA500() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: "{not json")) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-json")
            }
            let admin = try await client.login("admin")
            try await client.execute(uri: "/api/v1/scenarios", method: .post, headers: admin.headers(),
                                     body: ByteBuffer(string: #"{"name": 3}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-input")
            }
            try await client.execute(uri: "/api/v1/rosters/abc/versions/1", method: .get, headers: admin.headers()) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-parameter")
            }
            try await client.execute(uri: "/api/v1/rosters/999/versions/1", method: .get, headers: admin.headers()) { response in
                #expect(response.status == .notFound)
                #expect(errorCode(response) == "not-found")
            }
            try await client.execute(uri: "/api/v1/jobs", method: .post, headers: admin.headers(),
                                     body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA), "timeLimitSeconds": -5}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-time-limit")
            }
            try await client.execute(uri: "/api/v1/jobs", method: .post, headers: admin.headers(),
                                     body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA), "engine": "cplex"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-engine")
            }
        }
    }

    @Test func oversizedBodyIsRefused() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let admin = try await client.login("admin")
            let huge = ByteBuffer(string: String(repeating: " ", count: 128 * 1024) + "{}")
            try await client.execute(uri: "/api/v1/scenarios", method: .post, headers: admin.headers(), body: huge) { response in
                #expect(response.status == .contentTooLarge)
                #expect(errorCode(response) == "body-too-large")
            }
        }
    }

    @Test func apiWithoutSessionIsUnauthenticated() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/rosters", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(errorCode(response) == "unauthenticated")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/connexion")
            }
        }
    }
}
