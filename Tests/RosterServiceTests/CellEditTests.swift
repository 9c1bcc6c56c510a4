import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Changing a cell: alternatives with their cost, a new version with its diff, rights.
@Suite struct CellEditTests {
    struct Alternative: Decodable { var shift: String?; var hardViolations: Int; var delta: Double; var current: Bool }
    struct Alternatives: Decodable { var items: [Alternative] }

    @Test func alternativesShowTheirCostAndAChangeMakesANewVersion() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let base = "/api/v1/rosters/\(fixture.rosterA)/versions/1"
            // IDE1 is off on 2 June, which leaves the matin uncovered (one hard violation).
            let options = try await client.execute(uri: "\(base)/cells/IDE1/2026-06-02", method: .get, headers: cadre.headers()) { response in
                try JSONDecoder().decode(Alternatives.self, from: Data(response.body.readableBytesView)).items
            }
            let off = try #require(options.first { $0.shift == nil })
            let matin = try #require(options.first { $0.shift == "M" })
            #expect(off.current && off.hardViolations == 1)
            #expect(matin.hardViolations == 0 && matin.delta < 0)

            try await client.execute(uri: "\(base)/cells", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE1","date":"2026-06-02","shift":"M"}"#)) { response in
                #expect(response.status == .created)
                #expect(String(buffer: response.body).contains(#""changedCells":1"#))
            }
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/2", method: .get, headers: cadre.headers()) { response in
                #expect(String(buffer: response.body).contains(#""hardViolations":0"#))
            }
            try await client.execute(uri: "\(base)/cells", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE1","date":"2026-06-02","shift":"X"}"#)) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "\(base)/cells", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE9","date":"2026-06-02","shift":"M"}"#)) { response in
                #expect(response.status == .notFound)
            }
            let cadreB = try await client.login("cadreB")
            try await client.execute(uri: "\(base)/cells", method: .post, headers: cadreB.headers(),
                                     body: ByteBuffer(string: #"{"staff":"IDE1","date":"2026-06-02","shift":"M"}"#)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "\(base)/cells/IDE1/2026-06-02", method: .get, headers: cadreB.headers()) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func theCellPanelSavesAVersionWhoseGridShowsTheDiff() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let form: HTTPFields = [.cookie: cadre.cookie, .contentType: "application/x-www-form-urlencoded"]
            let panel = "/plannings/\(fixture.rosterA)/versions/1/cases/IDE1/2026-06-02"
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1", method: .get, headers: form) { response in
                #expect(String(buffer: response.body).contains(panel))
            }
            try await client.execute(uri: panel, method: .get, headers: form) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Alternatives et leur coût"))
                #expect(page.contains("mardi 2 juin 2026"))
                #expect(page.contains("Mettre M"))
            }
            try await client.execute(uri: panel, method: .post, headers: form, body: ByteBuffer(string: "csrf=\(cadre.csrf)&shift=M")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/plannings/\(fixture.rosterA)/versions/2") == true)
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/2?ok=case-modifiee", method: .get, headers: form) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Modifications par rapport à la version 1 (1)"))
                #expect(page.contains("changed"))
                #expect(page.contains("Case modifiée"))
            }
        }
    }
}
