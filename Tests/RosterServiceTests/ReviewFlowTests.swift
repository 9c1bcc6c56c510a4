import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The cadre's cycle on the API and on the pages: checklist, override, validate, sign, export.
@Suite struct ReviewFlowTests {
    struct Checklist: Decodable {
        struct Item: Decodable { var id: String; var action: String; var done: Bool }
        var state: String
        var items: [Item]
        var readyToSign: Bool
    }

    @Test func overrideValidateAndSignThroughTheAPI() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let base = "/api/v1/rosters/\(fixture.rosterA)/versions/1"
            try await client.execute(uri: base, method: .get, headers: cadre.headers()) { response in
                let text = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(text.contains(#""hardViolations":1"#))
                #expect(text.contains("indicators"))
                #expect(text.contains("uncoveredPosts") && text.contains("hardConflicts"))
            }
            try await client.execute(uri: "\(base)/review/start", method: .post, headers: cadre.headers())
            let checklist = try await client.execute(uri: "\(base)/checklist", method: .get, headers: cadre.headers()) { response in
                try JSONDecoder().decode(Checklist.self, from: Data(response.body.readableBytesView))
            }
            #expect(checklist.state == "under-review")
            try await client.execute(uri: "\(base)/review/validate", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .conflict)
                #expect(errorCode(response) == "workflow-refused")
            }
            for item in checklist.items {
                let body = item.action == "override"
                    ? #"{"item":"\#(item.id)","justification":"Intérimaire confirmée par la direction des soins pour le 2 juin."}"#
                    : #"{"item":"\#(item.id)","note":"vu"}"#
                try await client.execute(uri: "\(base)/review/\(item.action == "override" ? "override" : "acknowledge")", method: .post,
                                         headers: cadre.headers(), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                }
            }
            try await client.execute(uri: "\(base)/review/validate", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "\(base)/review/sign", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""signer":"cadreA""#))
            }
            try await client.execute(uri: "\(base)/export?format=csv", method: .get, headers: cadre.headers()) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(String(buffer: response.body).contains("signé par cadreA"))
            }
            try await client.execute(uri: "\(base)/export?format=ics&agent=IDE1", method: .get, headers: cadre.headers()) { response in
                #expect(String(buffer: response.body).contains("BEGIN:VCALENDAR"))
            }
            try await client.execute(uri: "\(base)/export?format=pdf", method: .get, headers: cadre.headers()) { response in
                #expect(errorCode(response) == "invalid-format")
            }
            // A signed version refuses every further step.
            try await client.execute(uri: "\(base)/review/start", method: .post, headers: cadre.headers()) { response in
                #expect(response.status == .conflict)
            }
        }
    }

    @Test func thePagesShowTheGridInFrenchAndSignWithForms() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let form: HTTPFields = [.cookie: cadre.cookie, .contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1", method: .get, headers: form) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("juin 2026"))
                #expect(page.contains("lun.") && page.contains("mar."))
                #expect(page.contains(#"class="matin"#) || page.contains("matin"))
                #expect(page.contains("cover-short"))
                #expect(page.contains("Effectif M"))
                #expect(page.contains("Postes non couverts : pourquoi (1)"))
            }
            let action = "/plannings/\(fixture.rosterA)/versions/1/revue"
            try await client.execute(uri: action, method: .post, headers: form, body: ByteBuffer(string: "csrf=\(cadre.csrf)&action=start")) { response in
                #expect(response.status == .seeOther)
            }
            let context = try fixture.database.context(rosterId: fixture.rosterA, number: 1)
            for item in context.checklist.items {
                let encoded = item.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let body = item.kind.needsOverride
                    ? "csrf=\(cadre.csrf)&action=override&item=\(encoded)&justification=Int%C3%A9rimaire+confirm%C3%A9e+par+la+direction+des+soins"
                    : "csrf=\(cadre.csrf)&action=acknowledge&item=\(encoded)&note=vu"
                try await client.execute(uri: action, method: .post, headers: form, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .seeOther)
                }
            }
            // Too short a justification is refused on the page itself, in French.
            try await client.execute(uri: action, method: .post, headers: form, body: ByteBuffer(string: "csrf=\(cadre.csrf)&action=sign")) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("alert-error"))
            }
            for step in ["validate", "sign"] {
                try await client.execute(uri: action, method: .post, headers: form, body: ByteBuffer(string: "csrf=\(cadre.csrf)&action=\(step)")) { response in
                    #expect(response.status == .seeOther, "\(step)")
                }
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/signature", method: .get, headers: form) { response in
                #expect(String(buffer: response.body).contains("Version signée"))
            }
            #expect(try fixture.database.version(rosterId: fixture.rosterA, number: 1).state == .signed)
        }
    }
}
