import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import RosterService
import Testing

/// A request that takes too long is abandoned with 503 `request-timeout`, in the API's error
/// shape; quick requests and other errors pass through untouched.
@Suite struct RequestTimeoutTests {
    /// The service's error and timeout middlewares around three routes: one that would take a
    /// minute (it honours cancellation, as the service's handlers do at each await and store call),
    /// one quick, one failing.
    static func application(timeout: Double) -> some ApplicationProtocol {
        let router = Router(context: ServiceRequestContext.self)
        router.addMiddleware {
            ErrorMiddleware()
            RequestTimeoutMiddleware(seconds: timeout)
        }
        router.get("api/v1/lent") { _, _ -> String in
            try await Task.sleep(for: .seconds(60))
            return "trop tard"
        }
        router.get("api/v1/rapide") { _, _ in "ok" }
        router.get("api/v1/absent") { _, _ -> String in throw ServiceError.notFound("test") }
        return Application(router: router)
    }

    @Test func aSlowRequestGetsAStableJSONError() async throws {
        try await Self.application(timeout: 0.2).test(.router) { client in
            try await client.execute(uri: "/api/v1/lent", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let error = try JSONDecoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)).error
                #expect(error.code == "request-timeout")
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func quickAnswersAndOtherErrorsPassThrough() async throws {
        try await Self.application(timeout: 30).test(.router) { client in
            try await client.execute(uri: "/api/v1/rapide", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok")
            }
            try await client.execute(uri: "/api/v1/absent", method: .get) { response in
                #expect(response.status == .notFound)
                let error = try JSONDecoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)).error
                #expect(error.code == "not-found")
            }
        }
    }

    @Test func theServiceAbandonsRequestsAfterThirtySecondsUnlessConfigured() {
        #expect(ServiceConfiguration(databasePath: ":memory:").requestTimeoutSeconds == 30)
        #expect(ServiceConfiguration(databasePath: ":memory:", requestTimeoutSeconds: -1).requestTimeoutSeconds == 0)
    }
}
