import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import RosterService
import RosterStore
import Testing

@Suite struct AuthenticationTests {
    @Test func aSessionSurvivesARestartAndALogoutHoldsEverywhere() async throws {
        let fixture = try ServiceFixture()
        var logger = Logger(label: "restart")
        logger.logLevel = .warning
        let configuration = fixture.environment.configuration
        let cadre = try await fixture.application.test(.router) { client in try await client.login("cadreA") }
        // A new environment on the same database: a restarted server, or a second instance.
        let restarted = makeEnvironment(configuration, database: fixture.database, logger: logger)
        try await Application(router: buildRouter(restarted)).test(.router) { client in
            try await client.execute(uri: "/api/v1/session", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""name":"cadreA""#))
            }
            try await client.execute(uri: "/api/v1/session", method: .delete, headers: cadre.headers()) { response in
                #expect(response.status == .noContent || response.status == .ok)
            }
        }
        // Logged out there, logged out here too.
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/session", method: .get, headers: cadre.headers()) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func theStoreKeepsOnlyAHashOfTheSessionToken() async throws {
        let fixture = try ServiceFixture()
        let cadre = try await fixture.application.test(.router) { client in try await client.login("cadreA") }
        let token = String(try #require(cadre.cookie.split(separator: "=", maxSplits: 1).last))
        let found = try fixture.database.signedIn(tokenHash: ContentDigest.sha256(token), now: Date().timeIntervalSince1970)
        #expect(found?.account.name == "cadreA")
        #expect(try fixture.database.signedIn(tokenHash: token, now: Date().timeIntervalSince1970) == nil)
    }

    @Test func loginSetsAStrictHttpOnlyCookieAndLogoutEndsTheSession() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"name":"cadreA","password":"\#(ServiceFixture.password)"}"#)) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
            }
            let login = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/session", method: .get, headers: login.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Médecine A"))
            }
            try await client.execute(uri: "/api/v1/session", method: .delete, headers: login.headers()) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/session", method: .get, headers: login.headers()) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func wrongPasswordAndUnknownNameAreTheSameRefusal() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            for name in ["cadreA", "personne"] {
                try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"name":"\#(name)","password":"faux-mot-de-passe"}"#)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(errorCode(response) == "bad-credentials")
                    #expect(response.headers[.setCookie] == nil)
                }
            }
        }
    }

    @Test func repeatedFailuresAreThrottledEvenWithTheRightPassword() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            for _ in 0..<5 {
                try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"name":"cadreB","password":"essai"}"#)) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"name":"cadreB","password":"\#(ServiceFixture.password)"}"#)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(errorCode(response) == "too-many-attempts")
            }
            // Another name is not affected.
            _ = try await client.login("cadreA")
        }
    }

    @Test func postsWithoutTheCSRFTokenAreRejected() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let login = try await client.login("cadreA")
            let start = "/api/v1/rosters/\(fixture.rosterA)/versions/1/review/start"
            try await client.execute(uri: start, method: .post, headers: login.headers(csrf: false)) { response in
                #expect(response.status == .forbidden)
                #expect(errorCode(response) == "csrf-token-invalid")
            }
            var forged = login.headers(csrf: false)
            forged[HTTPField.Name("X-CSRF-Token")!] = String(repeating: "0", count: 64)
            try await client.execute(uri: start, method: .post, headers: forged) { response in
                #expect(response.status == .forbidden)
            }
            // A web form without its hidden csrf field.
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/revue", method: .post,
                                     headers: [.cookie: login.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "action=start")) { response in
                #expect(response.status == .forbidden)
            }
            // Nothing happened; with the token the step goes through.
            try await client.execute(uri: start, method: .post, headers: login.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("under-review"))
            }
        }
    }

    @Test func webLoginFormOpensASession() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/connexion", method: .get) { response in
                #expect(String(buffer: response.body).contains("Mot de passe"))
            }
            let cookie = try await client.execute(uri: "/connexion", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: "name=cadreA&password=\(ServiceFixture.password)")) { response in
                #expect(response.status == .seeOther)
                return String(try #require(response.headers[.setCookie]).split(separator: ";")[0])
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Mes unités"))
                #expect(page.contains("Médecine A"))
                #expect(!page.contains("Chirurgie B"))
            }
            try await client.execute(uri: "/connexion", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "name=cadreA&password=faux")) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("Identifiant ou mot de passe incorrect"))
            }
        }
    }
}
