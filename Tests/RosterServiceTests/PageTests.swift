import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PageTests {
    @Test func pagesForbidScriptsAndFramingAndShowOnlyKnownNotices() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/?ok=%3Cscript%3Ealert(1)%3C/script%3E", method: .get, headers: [.cookie: cadre.cookie]) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                let page = String(buffer: response.body)
                #expect(!page.contains("<script"))
                #expect(!page.contains("alert(1)"))
            }
            try await client.execute(uri: "/?ok=calcul-annule", method: .get, headers: [.cookie: cadre.cookie]) { response in
                #expect(String(buffer: response.body).contains("Calcul annulé."))
            }
        }
    }

    @Test func everyFormCarriesTheCSRFTokenAndUnknownPagesAreFrench() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            for path in ["/", "/plannings/\(fixture.rosterA)/versions/1/signature"] {
                try await client.execute(uri: path, method: .get, headers: [.cookie: cadre.cookie]) { response in
                    let page = String(buffer: response.body)
                    let forms = page.components(separatedBy: "<form").count - 1
                    let tokens = page.components(separatedBy: #"name="csrf" value="\#(cadre.csrf)""#).count - 1
                    #expect(forms > 0 && forms == tokens, "\(path): \(forms) forms, \(tokens) tokens")
                }
            }
            try await client.execute(uri: "/nulle-part", method: .get, headers: [.cookie: cadre.cookie]) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Cette adresse n&#39;existe pas"))
            }
        }
    }
}
