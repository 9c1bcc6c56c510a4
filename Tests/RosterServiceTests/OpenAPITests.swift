import Foundation
import Hummingbird
import HummingbirdTesting
import RosterService
import Testing

/// The OpenAPI document is served, parses, and describes every API route the router has.
@Suite struct OpenAPITests {
    @Test func everyAPIRouteIsDescribed() async throws {
        let fixture = try ServiceFixture()
        let router = buildRouter(fixture.environment)
        let document = try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                return try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            }
        }
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(router.routes.filter { $0.path.description.contains("api/v1") }.count >= 20)
        for route in router.routes {
            let path = "/" + route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            guard path.hasPrefix("/api/v1") || path == "/health" || path == "/metrics" else { continue }
            let methods = paths[path]
            #expect(methods?[route.method.rawValue.lowercased()] != nil, "\(route.method) \(path) is not in openapi.json")
        }
    }
}
