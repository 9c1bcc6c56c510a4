import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Scheduling
import Testing

@Suite struct PageTests {
    @Test func theGridSaysWhereEachBrokenHardRuleComesFrom() async throws {
        let fixture = try ServiceFixture()
        // A unit-A scenario with the 12 h daily rest; IDE1 goes from a night straight to a matin.
        var scenario = ServiceFixture.scenario(name: "unit-A", unit: ServiceFixture.unitA)
        scenario.rules.dailyRest = MinimumMinutesSetting(minutes: 720)
        let scenarioId = try #require(try fixture.database.importScenario(ScenarioFile.encode(scenario), source: "A-rest", by: "test").scenario.id)
        let roster = try fixture.database.saveProposal(ServiceFixture.roster(name: "unit-A", "M M M", "- - -"), scenarioId: scenarioId, by: "test").rosterId
        _ = try fixture.database.saveVersion(ServiceFixture.roster(name: "unit-A", "N M M", "- - -"), rosterId: roster, parent: 1, by: "cadreA")
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/plannings/\(roster)/versions/2", method: .get, headers: [.cookie: cadre.cookie]) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("Règles impératives non respectées : d&#39;où vient le conflit") || page.contains("Règles impératives non respectées : d'où vient le conflit"))
                #expect(page.contains("IDE1"))
                #expect(page.contains("laissé par la recherche"))
            }
            // The proposal (v1) breaks no rule but a minimum: no such section there.
            try await client.execute(uri: "/plannings/\(roster)/versions/1", method: .get, headers: [.cookie: cadre.cookie]) { response in
                #expect(!String(buffer: response.body).contains("Règles impératives non respectées"))
            }
        }
    }

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
