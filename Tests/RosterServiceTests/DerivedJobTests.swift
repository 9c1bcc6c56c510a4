import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RosterService
import RosterStore
import Scheduling
import Testing

/// Jobs on a version — variants under named priorities, a repair around the cadre's cells, the
/// stress batch — run as child processes by the job queue (here a stand-in script that answers
/// as `sched-cli variants`, `repair` and `stress` do), their results saved as new versions or as
/// a report, and the pages that show them.
@Suite struct DerivedJobTests {
    struct JobReply: Decodable { var id: Int64; var state: String; var kind: String }

    /// A stand-in for `sched-cli`: `variants` writes the prepared roster once per profile in
    /// `--out-dir`; `repair` writes `repaired.json` to `--out` and keeps the locks it was given;
    /// `stress` prints `report.json`. Each records its command line in `arguments.txt`.
    static func solver(in directory: URL) -> FakeSolver {
        .script("""
            echo "$@" >> '\(directory.path)/arguments.txt'
            command="$1"; shift
            out=""; outdir=""; profiles=""; locks=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --out) out="$2";; --out-dir) outdir="$2";; --profiles) profiles="$2";; --locks) locks="$2";;
              esac
              shift
            done
            case "$command" in
              variants)
                i=1
                for p in $(echo "$profiles" | tr ',' ' '); do cat "$PREPARED" > "$outdir/variant-$i-$p.json"; i=$((i+1)); done
                echo '[]' ;;
              repair)
                cat '\(directory.path)/repaired.json' > "$out"
                if [ -n "$locks" ]; then cat "$locks" > '\(directory.path)/locks-seen.json'; fi
                echo '{"changedCells":1,"otherChanges":1}' ;;
              stress)
                cat '\(directory.path)/report.json' ;;
            esac
            """)
    }

    static func fixture() throws -> ServiceFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("derived-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ScenarioFile.encode(ServiceFixture.roster(name: "unit-A", "M M M", "- - N")).write(to: directory.appendingPathComponent("repaired.json"))
        try Data(stressReport.utf8).write(to: directory.appendingPathComponent("report.json"))
        return try ServiceFixture(solver: solver(in: directory), directory: directory)
    }

    static func form(_ login: Login) -> HTTPFields {
        [.cookie: login.cookie, .contentType: "application/x-www-form-urlencoded"]
    }

    @Test func variantsAreSavedAsNewVersionsAndComparedSideBySide() async throws {
        let fixture = try Self.fixture()
        try await JobTests.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let reply = try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/variants", method: .post, headers: cadre.headers(),
                                                     body: ByteBuffer(string: #"{"profiles":["requests","fairness","stability"],"timeLimitSeconds":6,"seed":3}"#)) { response in
                    #expect(response.status == .accepted)
                    return try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView))
                }
                #expect(reply.kind == "variants")
                let job = try await JobTests.wait(for: reply.id, in: fixture) { $0.state.isFinished }
                #expect(job.state == .succeeded, "\(job.failure ?? "")")
                #expect(job.savedVersionNumbers == [2, 3, 4])
                let versions = try fixture.database.versions(rosterId: fixture.rosterA)
                #expect(versions.count == 4)
                #expect(versions.dropFirst().allSatisfy { $0.parentVersionId == versions[0].id })
                #expect(versions[2].note?.contains("équité d'abord") == true)
                let arguments = try String(contentsOf: fixture.directory.appendingPathComponent("arguments.txt"), encoding: .utf8)
                #expect(arguments.contains("--profiles requests,fairness,stability") && arguments.contains("--previous"))
                #expect(arguments.contains("--time-limit 2 --seed 3"))

                let location = try await client.execute(uri: "/calculs/\(reply.id)/rapport", method: .get, headers: Self.form(cadre)) { response in
                    #expect(response.status == .seeOther)
                    return response.headers[.location] ?? ""
                }
                #expect(location == "/plannings/\(fixture.rosterA)/comparaison?versions=1,2,3,4")
                try await client.execute(uri: location, method: .get, headers: Self.form(cadre)) { response in
                    #expect(response.status == .ok)
                    let page = String(buffer: response.body)
                    for number in 1...4 { #expect(page.contains(">Version \(number)</a>")) }
                    #expect(page.contains("Variante « demandes d&#39;abord »") && page.contains("Variante « stabilité »"))
                    #expect(page.contains("Postes manquants sous le minimum"))
                    #expect(page.contains("Écart de nuits entre agents") && page.contains("Heures au-delà de l&#39;objectif"))
                    #expect(page.contains("differences?de=1&amp;a=4") && page.contains("differences?de=2&amp;a=3"))
                }
                try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/comparison?versions=1,4", method: .get, headers: cadre.headers()) { response in
                    let text = String(buffer: response.body)
                    #expect(text.contains(#""hardViolations":1"#) && text.contains(#""hardViolations":0"#))
                    #expect(text.contains(#""minimumPersonsMissing":1"#))
                }
                try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/calculs", method: .get, headers: Self.form(cadre)) { response in
                    let page = String(buffer: response.body)
                    #expect(page.contains("Comparer les variantes"))
                    #expect(page.contains("version 2</a>, <a"))
                }
            }
        }
    }

    @Test(arguments: [
        (#"{"profiles":[]}"#, "invalid-profile"), (#"{"profiles":["speed"]}"#, "invalid-profile"),
        (#"{"profiles":["requests","requests"]}"#, "invalid-profile"), (#"{"profiles":["requests"],"timeLimitSeconds":0}"#, "invalid-time-limit"),
        (#"{"profiles":["requests"],"seed":-1}"#, "invalid-seed"), (#"{"profile":"requests"}"#, "invalid-json"),
    ])
    func badVariantRequestsAreRefusedWithAStableCode(body: String, code: String) async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/variants", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == code)
            }
        }
        #expect(try fixture.database.jobs().isEmpty)
    }

    @Test func aRepairKeepsTheCadresCellsAndShowsWhatElseMoved() async throws {
        let fixture = try Self.fixture()
        // The cadre puts IDE2 on the night of 3 June (version 2); the repair must keep it.
        _ = try fixture.database.saveVersion(ServiceFixture.roster(name: "unit-A", "M - M", "- - N"), rosterId: fixture.rosterA,
                                                         parent: 1, note: "IDE2 de nuit le 3 juin", by: "cadreA")
        try await JobTests.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/2/calculs", method: .get, headers: Self.form(cadre)) { response in
                    let page = String(buffer: response.body)
                    #expect(page.contains("La case que vous avez modifiée est gardée telle quelle"))
                    #expect(page.contains(#"action="/plannings/\#(fixture.rosterA)/versions/2/reparation""#))
                }
                try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/2/reparation", method: .post, headers: Self.form(cadre),
                                         body: ByteBuffer(string: "csrf=\(cadre.csrf)&duree=10&graine=2")) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/plannings/\(fixture.rosterA)/versions/2/calculs?ok=reparation-demandee")
                }
                let id = try #require(try fixture.database.jobs().first?.id)
                let job = try await JobTests.wait(for: id, in: fixture) { $0.state.isFinished }
                #expect(job.state == .succeeded, "\(job.failure ?? "")")
                #expect(job.kind == .repair && job.savedVersionNumbers == [3])
                let locks = try String(contentsOf: fixture.directory.appendingPathComponent("locks-seen.json"), encoding: .utf8)
                #expect(locks.contains("IDE2") && locks.contains("2026-06-03") && locks.contains(#""N""#))
                #expect(try fixture.database.versions(rosterId: fixture.rosterA).last?.parentVersionId
                        == fixture.database.version(rosterId: fixture.rosterA, number: 2).id)
                try await client.execute(uri: "/calculs/\(id)/rapport", method: .get, headers: Self.form(cadre)) { response in
                    #expect(response.status == .ok)
                    let page = String(buffer: response.body)
                    #expect(page.contains("1 autre(s) case(s) déplacée(s)"))
                    #expect(page.contains("autour de la case que vous avez gardée"))
                    #expect(page.contains("Violations de règles impératives : 1 → <strong>0</strong>"))
                    #expect(page.contains("IDE1") && page.contains("mardi 2 juin 2026"))
                    #expect(!page.contains("IDE2 —"))
                }
            }
        }
    }

    @Test(.enabled(if: FakeSolver.builtExecutable != nil, "sched-cli is built beside the tests"))
    func theRealSchedCLIMakesVariantsAndARepair() async throws {
        let fixture = try ServiceFixture(solver: .real(try #require(FakeSolver.builtExecutable)))
        // The cadre keeps IDE2 on the matin of 3 June (version 2).
        _ = try fixture.database.saveVersion(ServiceFixture.roster(name: "unit-A", "M - M", "- - M"), rosterId: fixture.rosterA,
                                                         parent: 1, by: "cadreA")
        try await JobTests.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let variants = try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/variants", method: .post, headers: cadre.headers(),
                                                        body: ByteBuffer(string: #"{"profiles":["standard","stability"],"timeLimitSeconds":6}"#)) { response in
                    try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView)).id
                }
                let repair = try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/2/repair", method: .post, headers: cadre.headers(),
                                                      body: ByteBuffer(string: #"{"timeLimitSeconds":4}"#)) { response in
                    try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView)).id
                }
                let madeVariants = try await JobTests.wait(for: variants, in: fixture) { $0.state.isFinished }
                #expect(madeVariants.state == .succeeded, "\(madeVariants.failure ?? "")")
                #expect(madeVariants.savedVersionNumbers.count == 2)
                let repaired = try await JobTests.wait(for: repair, in: fixture) { $0.state.isFinished }
                #expect(repaired.state == .succeeded, "\(repaired.failure ?? "")")
                let number = try #require(repaired.savedVersionNumbers.first)
                let roster = try fixture.database.version(rosterId: fixture.rosterA, number: number).roster()
                // The kept cell is still there, and the uncovered matin of 2 June is now covered.
                #expect(roster.rows[1].shifts[2] == "M")
                #expect(roster.rows.contains { $0.shifts[1] == "M" })
                try await client.execute(uri: "/calculs/\(repair)/rapport", method: .get, headers: Self.form(cadre)) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains("autour de la case que vous avez gardée"))
                }
            }
        }
    }

    @Test func aCellTheScenarioCannotLockIsLeftFreeAndNamed() async throws {
        let fixture = try Self.fixture()
        let database = fixture.database
        // A second unit-A scenario where IDE2 works matins only; the cadre still puts her on a night.
        var scenario = ServiceFixture.scenario(name: "unit-A", unit: ServiceFixture.unitA)
        scenario.staff[1].allowedShifts = ["M"]
        let scenarioId = try #require(try database.importScenario(ScenarioFile.encode(scenario), source: "A2", by: "test").scenario.id)
        let roster = try database.saveProposal(ServiceFixture.roster(name: "unit-A", "M - M", "- - -"), scenarioId: scenarioId, by: "test").rosterId
        _ = try database.saveVersion(ServiceFixture.roster(name: "unit-A", "M M M", "- - N"), rosterId: roster, parent: 1, by: "cadreA")
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/plannings/\(roster)/versions/2/calculs", method: .get, headers: Self.form(cadre)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("La case que vous avez modifiée est gardée telle quelle"))
                #expect(page.contains("Le scénario ne permet pas de garder IDE2 le mercredi 3 juin 2026 (N)"))
            }
            try await client.execute(uri: "/api/v1/rosters/\(roster)/versions/2/repair", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .accepted)
            }
        }
        let options = try #require(try database.jobs().first?.options)
        #expect(options.contains("IDE1") && !options.contains("IDE2"))
    }

    @Test func theStressReportPageHasTheSummaryTableAndTheChart() async throws {
        let fixture = try Self.fixture()
        try await JobTests.withQueue(fixture) {
            try await fixture.application.test(.router) { client in
                let cadre = try await client.login("cadreA")
                let reply = try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/stress", method: .post, headers: cadre.headers(),
                                                     body: ByteBuffer(string: #"{"timeLimitSeconds":9,"allowOvertime":true,"absenceWaves":["50%:2026-06-02..2026-06-02"],"surges":["M+1@2026-06-01..2026-06-01"]}"#)) { response in
                    #expect(response.status == .accepted)
                    return try JSONDecoder().decode(JobReply.self, from: Data(response.body.readableBytesView))
                }
                let job = try await JobTests.wait(for: reply.id, in: fixture) { $0.state.isFinished }
                #expect(job.state == .succeeded, "\(job.failure ?? "")")
                #expect(job.savedVersionNumbers.isEmpty)
                let arguments = try String(contentsOf: fixture.directory.appendingPathComponent("arguments.txt"), encoding: .utf8)
                #expect(arguments.contains("--time-limit 3") && arguments.contains("--allow-overtime") && arguments.contains("--roster"))
                #expect(arguments.contains("--absence-wave 50%:2026-06-02") && arguments.contains("--surge M+1@2026-06-01"))
                try await client.execute(uri: "/calculs/\(reply.id)/rapport", method: .get, headers: Self.form(cadre)) { response in
                    #expect(response.status == .ok)
                    let page = String(buffer: response.body)
                    #expect(page.contains("test de charge de la version 1"))
                    #expect(page.contains("Vague d&#39;absences") && page.contains("Afflux"))
                    #expect(page.contains("66,7 % (2/3)") && page.contains("100 % (3/3)"))
                    #expect(page.contains("<svg") && page.contains(#"class="couverture""#) && page.contains(#"class="heures""#))
                    #expect(page.contains("À prévenir : IDE2"))
                    #expect(page.contains("mardi 2 juin 2026 M/IDE (1)"))
                }
                try await client.execute(uri: "/api/v1/jobs/\(reply.id)/report", method: .get, headers: cadre.headers()) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains(#""entries""#))
                }
            }
        }
    }

    @Test func theANAPExerciseIsQueuedFromTheAPIAndTheForm() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/stress", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"anapExercise":true,"absenceWaves":["50%:2026-06-02..2026-06-02"]}"#)) { response in
                #expect(response.status == .accepted)
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/calculs", method: .get, headers: Self.form(cadre)) { response in
                #expect(String(buffer: response.body).contains(#"name="anap""#))
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/test-de-charge", method: .post, headers: Self.form(cadre),
                                     body: ByteBuffer(string: "csrf=\(cadre.csrf)&anap=on")) { response in
                #expect(response.status == .seeOther)
            }
        }
        // Both jobs carry the bare --anap flag (the exercise as run on the day), the first after its absence wave.
        let options = try fixture.database.jobs().compactMap(\.options).sorted()
        #expect(options.count == 2)
        let disruptions = options.map { DerivedJobOptionsProbe(text: $0).disruptions }
        #expect(disruptions.contains(["--anap"]))
        #expect(disruptions.contains(["--absence-wave", "50%:2026-06-02", "--anap"]))
    }

    /// The stored options of a job, as the test reads them.
    struct DerivedJobOptionsProbe: Decodable {
        var disruptions: [String]?
        init(text: String) { self = (try? JSONDecoder().decode(Self.self, from: Data(text.utf8))) ?? Self(disruptions: nil) }
        init(disruptions: [String]?) { self.disruptions = disruptions }
    }

    @Test func disruptionsImpossibleForTheUnitAreRefusedBeforeAnythingIsQueued() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/versions/1/stress", method: .post, headers: cadre.headers(),
                                     body: ByteBuffer(string: #"{"absenceWaves":["15%:week9"],"absences":["NOPE:2026-06-02..2026-06-02"],"surges":["X+1"]}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(errorCode(response) == "invalid-disruption")
                let text = String(buffer: response.body)
                #expect(text.contains("NOPE") && text.contains("X"))
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/test-de-charge", method: .post, headers: Self.form(cadre),
                                     body: ByteBuffer(string: "csrf=\(cadre.csrf)&vague=150%25%3A2026-06-02..2026-06-02")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("Perturbation impossible pour cette unité"))
            }
        }
        #expect(try fixture.database.jobs().isEmpty)
    }

    @Test(arguments: [("", "invalid-parameter"), ("1,x", "invalid-parameter"), ("0", "invalid-parameter"),
                      ((1...13).map(String.init).joined(separator: ","), "invalid-parameter"), ("1,9", "not-found")])
    func badComparisonsAreRefusedWithAStableCode(versions: String, code: String) async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "/api/v1/rosters/\(fixture.rosterA)/comparison?versions=\(versions)", method: .get, headers: cadre.headers()) { response in
                #expect(errorCode(response) == code)
            }
        }
    }

    @Test func jobsOnAVersionAreForbiddenOutsideTheUnitAndForViewers() async throws {
        let fixture = try Self.fixture()
        let job = try fixture.database.submitDerivedJob(kind: .stress, rosterId: fixture.rosterA, version: 1, timeLimitSeconds: 5, seed: 1,
                                                                    options: nil, by: "cadreA")
        try await fixture.application.test(.router) { client in
            let base = "/api/v1/rosters/\(fixture.rosterA)/versions/1"
            for name in ["cadreB", "viewerA"] {
                let login = try await client.login(name)
                for (path, body) in [("variants", #"{"profiles":["requests"]}"#), ("repair", "{}"), ("stress", "{}")] {
                    try await client.execute(uri: "\(base)/\(path)", method: .post, headers: login.headers(), body: ByteBuffer(string: body)) { response in
                        #expect(response.status == .forbidden, "\(name) \(path)")
                        #expect(errorCode(response) == "forbidden")
                    }
                }
                for path in ["variantes", "reparation", "test-de-charge"] {
                    try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/\(path)", method: .post, headers: Self.form(login),
                                             body: ByteBuffer(string: "csrf=\(login.csrf)&profil-requests=on")) { response in
                        #expect(response.status == .forbidden, "\(name) \(path)")
                    }
                }
            }
            let cadreB = try await client.login("cadreB")
            for path in ["/api/v1/rosters/\(fixture.rosterA)/comparison?versions=1", "/plannings/\(fixture.rosterA)/comparaison?versions=1",
                         "/plannings/\(fixture.rosterA)/versions/1/calculs", "/calculs/\(job.id ?? 0)/rapport", "/api/v1/jobs/\(job.id ?? 0)/report"] {
                try await client.execute(uri: path, method: .get, headers: cadreB.headers()) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
            }
            let viewer = try await client.login("viewerA")
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/calculs", method: .get, headers: Self.form(viewer)) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Lecture seule") && !page.contains("Générer les variantes"))
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/comparaison?versions=1", method: .get, headers: Self.form(viewer)) { response in
                #expect(response.status == .ok)
            }
            // The cadre of the unit still needs the CSRF token, in the form or in the header.
            let cadre = try await client.login("cadreA")
            try await client.execute(uri: "\(base)/stress", method: .post, headers: cadre.headers(csrf: false), body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .forbidden)
                #expect(errorCode(response) == "csrf-token-invalid")
            }
            try await client.execute(uri: "/plannings/\(fixture.rosterA)/versions/1/test-de-charge", method: .post, headers: Self.form(cadre),
                                     body: ByteBuffer(string: "duree=10")) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try fixture.database.jobs().count == 1)
    }

    /// A stress report for the 3-day fixture unit: an absence wave that leaves one matin
    /// uncovered, and a surge fully absorbed.
    static let stressReport = """
        {"scenario": "unit-A", "unit": "Médecine A", "period": {"start": "2026-06-01", "days": 3}, "staffCount": 2, "seed": 1, "repeatable": false,
         "budget": "3 s", "workers": 2, "elapsedSeconds": 4.2,
         "baseline": {"source": "fourni", "elapsedSeconds": 0, "hardViolations": 1, "objective": 10000,
                      "coverage": {"requiredPosts": 3, "filledPosts": 2, "percent": 66.66666666666667}},
         "entries": [
          {"number": 1, "option": "--absence-wave", "notation": "50%:2026-06-02..2026-06-02", "kind": "Vague d'absences",
           "label": "50 % des agents absents le 2026-06-02", "absentStaff": ["IDE1"],
           "coverageBefore": {"requiredPosts": 3, "filledPosts": 2, "percent": 66.66666666666667},
           "coverage": {"requiredPosts": 3, "filledPosts": 2, "percent": 66.66666666666667},
           "uncoveredPosts": [{"date": "2026-06-02", "shift": "M", "skill": "IDE", "missing": 1}],
           "overtime": [{"staff": "IDE2", "workedMinutes": 900, "targetMinutes": 450, "overtimeMinutes": 450, "capMinutes": 1200,
                         "beyondCapMinutes": 0, "addedMinutes": 450, "allowed": true}],
           "overtimeMinutes": 450, "changedCells": 2, "cancelledShifts": 0, "otherChanges": 2, "toNotify": ["IDE2"],
           "hardViolations": 1, "hardViolationsByRule": {"COVER-MIN": 1}, "hardViolationMessages": ["Effectif insuffisant le 2 juin en M (IDE)."],
           "objective": 10000, "objectiveMismatch": false, "steps": 3, "elapsedSeconds": 2.1},
          {"number": 2, "option": "--surge", "notation": "M+1@2026-06-01", "kind": "Afflux", "label": "minimum M relevé de 1 personne(s) le 2026-06-01",
           "absentStaff": [],
           "coverageBefore": {"requiredPosts": 3, "filledPosts": 2, "percent": 66.66666666666667},
           "coverage": {"requiredPosts": 3, "filledPosts": 3, "percent": 100},
           "uncoveredPosts": [], "overtime": [], "overtimeMinutes": 0, "changedCells": 1, "cancelledShifts": 0, "otherChanges": 1, "toNotify": [],
           "hardViolations": 0, "hardViolationsByRule": {}, "hardViolationMessages": [],
           "objective": 0, "objectiveMismatch": false, "steps": 2, "elapsedSeconds": 2.0}
         ]}
        """
}
