import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Scheduling
import Testing

/// A cadre of unit B can neither read, edit, sign nor generate in unit A; a viewer reads only.
/// One test per route family.
@Suite struct RightsTests {
    @Test func listsShowOnlyTheUnitsOfTheAccount() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadreB = try await client.login("cadreB")
            for path in ["/api/v1/units", "/api/v1/scenarios", "/api/v1/rosters"] {
                try await client.execute(uri: path, method: .get, headers: cadreB.headers()) { response in
                    let text = String(buffer: response.body)
                    #expect(text.contains("Chirurgie B"), "\(path)")
                    #expect(!text.contains("Médecine A"), "\(path)")
                }
            }
            let admin = try await client.login("admin")
            try await client.execute(uri: "/api/v1/rosters", method: .get, headers: admin.headers()) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("Chirurgie B") && text.contains("Médecine A"))
            }
        }
    }

    @Test func rosterReadsAreForbiddenOutsideTheUnit() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadreB = try await client.login("cadreB")
            let base = "/api/v1/rosters/\(fixture.rosterA)"
            for path in ["\(base)/versions", "\(base)/versions/1", "\(base)/versions/1/checklist", "\(base)/versions/1/export?format=csv",
                         "/plannings/\(fixture.rosterA)/versions/1", "/plannings/\(fixture.rosterA)/versions/1/signature",
                         "/plannings/\(fixture.rosterA)/versions/1/impression"] {
                try await client.execute(uri: path, method: .get, headers: cadreB.headers()) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
            }
            let viewer = try await client.login("viewerA")
            try await client.execute(uri: "\(base)/versions/1", method: .get, headers: viewer.headers()) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func reviewAndSignAreForbiddenOutsideTheUnitAndForViewers() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let base = "/api/v1/rosters/\(fixture.rosterA)/versions/1/review"
            for name in ["cadreB", "viewerA"] {
                let login = try await client.login(name)
                for step in ["start", "validate", "sign"] {
                    try await client.execute(uri: "\(base)/\(step)", method: .post, headers: login.headers()) { response in
                        #expect(response.status == .forbidden, "\(name) \(step)")
                        #expect(errorCode(response) == "forbidden")
                    }
                }
                try await client.execute(uri: "\(base)/acknowledge", method: .post, headers: login.headers(),
                                         body: ByteBuffer(string: #"{"item":"x"}"#)) { response in
                    #expect(response.status == .forbidden)
                }
                try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/revue", method: .post,
                                         headers: [.cookie: login.cookie, .contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: "csrf=\(login.csrf)&action=start")) { response in
                    #expect(response.status == .forbidden)
                }
            }
            let store = fixture.database
            #expect(try store.version(rosterId: fixture.rosterA, number: 1).state == .proposed)
        }
    }

    @Test func jobsAreForbiddenOutsideTheUnit() async throws {
        let fixture = try ServiceFixture()
        let job = try fixture.database.submitJob(scenarioId: fixture.scenarioA, timeLimitSeconds: 5, seed: 1, by: "cadreA")
        try await fixture.application.test(.router) { client in
            let cadreB = try await client.login("cadreB")
            try await client.execute(uri: "/api/v1/jobs", method: .post, headers: cadreB.headers(),
                                     body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA)}"#)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/jobs/\(job.id ?? 0)", method: .get, headers: cadreB.headers()) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/jobs/\(job.id ?? 0)/cancel", method: .post, headers: cadreB.headers()) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/jobs", method: .get, headers: cadreB.headers()) { response in
                #expect(!String(buffer: response.body).contains("Médecine A"))
            }
            try await client.execute(uri: "/calculs", method: .post, headers: [.cookie: cadreB.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf=\(cadreB.csrf)&scenario=\(fixture.scenarioA)&duree=10&graine=1")) { response in
                #expect(response.status == .forbidden)
            }
            let viewer = try await client.login("viewerA")
            try await client.execute(uri: "/api/v1/jobs", method: .post, headers: viewer.headers(),
                                     body: ByteBuffer(string: #"{"scenarioId": \#(fixture.scenarioA)}"#)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/jobs/\(job.id ?? 0)", method: .get, headers: viewer.headers()) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func scenarioImportIsForbiddenOutsideTheUnit() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadreB = try await client.login("cadreB")
            let other = ServiceFixture.scenario(name: "autre-A", unit: ServiceFixture.unitA)
            let body = ByteBuffer(bytes: Array(ScenarioFile.encode(other)))
            try await client.execute(uri: "/api/v1/scenarios", method: .post, headers: cadreB.headers(), body: body) { response in
                #expect(response.status == .forbidden)
            }
            let cadreA = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/scenarios", method: .post, headers: cadreA.headers(), body: body) { response in
                #expect(response.status == .created)
            }
        }
    }

    @Test func auditVerificationIsForAdministrators() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let cadreA = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/audit/verify", method: .get, headers: cadreA.headers()) { response in
                #expect(response.status == .forbidden)
            }
            let admin = try await client.login("admin")
            try await client.execute(uri: "/api/v1/audit/verify", method: .get, headers: admin.headers()) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""intact":true"#))
            }
        }
    }
}
