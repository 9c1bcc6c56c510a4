import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Versions are evaluated once and kept: after an edit, the new version's grid and detail show
/// the new content, and the version read before stays as it was.
@Suite struct VersionCacheTests {
    @Test func anEditShowsAtOnceAndTheKeptParentStaysAsItWas() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let web: HTTPFields = [.cookie: cadre.cookie]
            let api = "/api/v1/rosters/\(fixture.rosterA)/versions"
            // Read version 1 twice (the second time from the cache): 2 June uncovered.
            for _ in 0..<2 {
                try await client.execute(uri: "\(api)/1", method: .get, headers: cadre.headers()) { response in
                    #expect(String(buffer: response.body).contains(#""hardViolations":1"#))
                }
            }
            try await client.execute(uri: "\(api)/1/cells", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE1","date":"2026-06-02","shift":"M"}"#)) { response in
                #expect(response.status == .created)
            }
            try await client.execute(uri: "\(api)/2", method: .get, headers: cadre.headers()) { response in
                let body = String(buffer: response.body)
                #expect(body.contains(#""hardViolations":0"#))
                #expect(body.contains(#""engine":"cadre""#))
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/2", method: .get, headers: web) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Modifications par rapport à la version 1 (1)"))
                #expect(page.contains("0 violation(s) de règles impératives"))
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1", method: .get, headers: web) { response in
                #expect(String(buffer: response.body).contains("1 violation(s) de règles impératives"))
            }
            try await client.execute(uri: api, method: .get, headers: cadre.headers()) { response in
                let body = String(buffer: response.body)
                #expect(body.contains(#""number":2"#))
                #expect(body.contains(#""engine":"mip""#) && body.contains(#""engine":"cadre""#))
            }
        }
    }
}
