import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RosterStore
import Scheduling
import Testing

/// The history of a roster and the explainable diff between any two of its versions, on the
/// pages and in the API; readable in the unit only.
@Suite struct HistoryAndDiffTests {
    struct DiffReply: Decodable {
        struct Diff: Decodable {
            struct Person: Decodable { var staff: String }
            struct Total: Decodable { var rule: String; var hardBefore: Int; var hardAfter: Int }
            var changeCount: Int
            var hardCountBefore: Int
            var hardCountAfter: Int
            var byPerson: [Person]
            var ruleTotals: [Total]
        }
        var diff: Diff
    }

    /// Version 2 puts IDE1 on the matin of 2 June, which covers the post left empty in version 1.
    static func fixtureWithSecondVersion() throws -> ServiceFixture {
        let fixture = try ServiceFixture()
        _ = try fixture.database.saveVersion(ServiceFixture.roster(name: "unit-A", "M M M", "- - -"), rosterId: fixture.rosterA,
                                                         parent: 1, note: "IDE1 au matin le 2 juin", by: "cadreA")
        return fixture
    }

    @Test func theHistoryPageListsEveryVersionWithItsScoreAndAuthor() async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let viewer = try await client.login("viewerA")
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/historique", method: .get, headers: viewer.headers(json: false)) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Version 1") && page.contains("Version 2"))
                #expect(page.contains("IDE1 au matin le 2 juin"))
                #expect(page.contains("depuis la version 1"))
                #expect(page.contains("cadreA"))
                #expect(page.contains(#"action="/plannings/\#(fixture.rosterA)/differences""#))
                #expect(page.contains("differences?de=1&amp;a=2"))
                #expect(page.contains("comparaison?versions=1,2"))
            }
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/history", method: .get, headers: viewer.headers()) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains(#""hardViolations":1"#) && text.contains(#""hardViolations":0"#))
                #expect(text.contains(#""parent":1"#))
            }
        }
    }

    @Test func theDiffPageShowsTheChangedCellAndItsEffectOnTheRules() async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/differences?de=1&a=2", method: .get, headers: cadre.headers(json: false)) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("différences de la version 1 à la version 2"))
                #expect(page.contains("mardi 2 juin 2026"))
                #expect(page.contains("<td>repos</td>") && page.contains("<strong>M</strong>"))
                #expect(page.contains("Violations impératives résolues (1)"))
                #expect(page.contains("effectif minimum"))
                #expect(page.contains("respectée"))
                #expect(page.contains("COVER-MIN"))
                #expect(page.contains("cadreA (v2)"))
            }
            // Either order: the reverse diff breaks the rule the forward one restored.
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/differences?de=2&a=1", method: .get, headers: cadre.headers(json: false)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Règles impératives enfreintes par ces changements (1)"))
            }
        }
    }

    @Test func theDiffAPIGivesTheChangesByPersonAndTheTotalsPerRule() async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            let reply = try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/diff?from=1&to=2", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                return try JSONDecoder().decode(DiffReply.self, from: Data(response.body.readableBytesView))
            }
            #expect(reply.diff.changeCount == 1)
            #expect(reply.diff.byPerson.map(\.staff) == ["IDE1"])
            #expect(reply.diff.hardCountBefore == 1 && reply.diff.hardCountAfter == 0)
            let cover = try #require(reply.diff.ruleTotals.first { $0.rule == "COVER-MIN" })
            #expect(cover.hardBefore == 1 && cover.hardAfter == 0)
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/diff?from=1&to=1", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""changeCount":0"#))
            }
        }
    }

    @Test(arguments: ["", "?from=1", "?from=1&to=x", "?from=0&to=2", "?from=-3&to=2"])
    func badVersionNumbersAreAnInvalidParameter(query: String) async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/diff\(query)", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-parameter")
            }
        }
    }

    @Test func anUnknownVersionIsNotFound() async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/diff?from=1&to=9", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .notFound)
                #expect(errorCode(response) == "not-found")
            }
            try await client.execute(uri: "/api/v1/rosters/999/diff?from=1&to=2", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/differences?de=1&a=9", method: .get, headers: cadre.headers(json: false)) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Introuvable"))
            }
        }
    }

    @Test func historyAndDiffsAreForbiddenOutsideTheUnit() async throws {
        let fixture = try Self.fixtureWithSecondVersion()
        try await fixture.application.test(.router) { client in
            let cadreB = try await client.login("cadreB")
            for path in ["/api/v1/rosters/\(fixture.rosterA)/history", "/api/v1/rosters/\(fixture.rosterA)/diff?from=1&to=2",
                         "/plannings/\(fixture.rosterA)/historique", "/plannings/\(fixture.rosterA)/differences?de=1&a=2"] {
                try await client.execute(uri: path, method: .get, headers: cadreB.headers()) { response in
                    #expect(response.status == .forbidden, "\(path)")
                    #expect(!String(buffer: response.body).contains("IDE1"), "\(path)")
                }
            }
        }
    }
}
