import Foundation
import RosterStore
import RosterStorePostgres
import Scheduling
import Testing

/// The service's store contract (`RosterRepository`): accounts, units, rosters and versions,
/// the sign-off workflow and the audit trail, one specification for every backend (SQLite
/// always, PostgreSQL when `ROSTER_TEST_POSTGRES_URL` is set).
@Suite struct RosterRepositoryTests {
    /// Day 3 of the fixture has no matin: one hard violation (minimum staffing).
    static let uncovered = Roster(
        scenario: "job-store-test", period: JobStoreFixture.roster.period,
        rows: [RosterRow(staff: "IDE1", shifts: ["M", "M", nil]), RosterRow(staff: "IDE2", shifts: [nil, nil, nil])])

    @Test(arguments: Backend.available)
    func accountsAreUniqueByTrimmedNameAndSeeTheirUnits(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let scenario = try await store.importScenario(JobStoreFixture.scenarioData, source: "fixture", by: "admin").scenario
            let account = try await store.addAccount(name: "  claire ", role: .cadre, passwordHash: "$2b$hash", units: ["Médecine test"], by: "admin")
            #expect(account.name == "claire")
            #expect(account.id != nil)
            await #expect(throws: StoreError.self) {
                _ = try await store.addAccount(name: "claire", role: .viewer, passwordHash: "x", units: [], by: "admin")
            }
            await #expect(throws: StoreError.self) {
                _ = try await store.addAccount(name: "   ", role: .viewer, passwordHash: "x", units: [], by: "admin")
            }
            let found = try #require(try await store.account(named: "claire"))
            #expect(found == account)
            #expect(try await store.account(named: "nobody") == nil)
            #expect(try await store.accounts().map(\.name) == ["claire"])
            #expect(try await store.unitNames(ofAccount: try #require(account.id)) == ["Médecine test"])
            #expect(try await store.units().map(\.name) == ["Médecine test"])
            #expect(try await store.unit(ofScenario: try #require(scenario.id)).name == "Médecine test")
            #expect(try await store.scenarios().map(\.sha256) == [scenario.sha256])
            #expect(try await store.scenario(id: try #require(scenario.id)) == scenario)
        }
    }

    @Test(arguments: Backend.available)
    func anEditIsANewVersionWithOneRowPerChangedCell(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let scenario = try await store.importScenario(JobStoreFixture.scenarioData, source: "fixture", by: "admin").scenario
            let first = try await store.saveProposal(JobStoreFixture.roster, scenarioId: try #require(scenario.id), label: "juin", by: "claire", source: "test")
            #expect(first.number == 1)
            #expect(first.state == .proposed)
            #expect(first.sha256 == ContentDigest.sha256(JobStoreFixture.roster.canonicalContent))
            let rosterId = first.rosterId
            #expect(try await store.unit(ofRoster: rosterId).name == "Médecine test")

            let (second, edits) = try await store.saveVersion(Self.uncovered, rosterId: rosterId, parent: 1, note: "IDE1 absente le 3", by: "claire", source: "test")
            #expect(second.number == 2)
            #expect(second.parentVersionId == first.id)
            #expect(edits.count == 1)
            #expect(edits.first?.staff == "IDE1")
            #expect(edits.first?.date == "2026-06-03")
            #expect(edits.first?.before == "M")
            #expect(edits.first?.after == nil)
            #expect(try await store.edits(versionId: try #require(second.id)) == edits)
            // The edited version says who changed it, on top of which proposal.
            let content = try second.roster()
            #expect(content.provenance?.engine == "cadre")
            #expect(content.provenance?.parameters?["editedFrom"] == "v1")
            #expect(content.provenance?.parameters?["proposedBy"] == "local-search")

            await #expect(throws: StoreError.self) {
                _ = try await store.saveVersion(Self.uncovered, rosterId: rosterId, parent: 2, note: nil, by: "claire", source: "test")
            }
            #expect(try await store.versions(rosterId: rosterId).map(\.number) == [1, 2])
            // The history's headers carry the engine from the content, without the content.
            let headers = try await store.versionHeaders(rosterId: rosterId)
            #expect(headers.map(\.number) == [1, 2])
            #expect(headers.map(\.engine) == ["local-search", "cadre"])
            #expect(headers.map(\.sha256) == [first.sha256, second.sha256])
            // A version's analysis covers its one uncovered matin.
            let analysis = try await store.analysis(of: try await store.context(rosterId: rosterId, number: 2))
            #expect(analysis.uncoveredPosts.count == 1)
            #expect(try await store.version(rosterId: rosterId, number: 2) == second)
            let summary = try #require(try await store.rosters().first)
            #expect(summary.versions == 2)
            #expect(summary.latestState == .proposed)
            #expect(summary.scenarioName == "job-store-test")
            #expect(summary.unitName == "Médecine test")
            await #expect(throws: StoreError.self) { _ = try await store.version(rosterId: rosterId, number: 3) }
            await #expect(throws: StoreError.self) { _ = try await store.rosterRecord(id: rosterId + 100) }
        }
    }

    @Test(arguments: Backend.available)
    func aVersionIsSignedOnlyOnceEveryItemIsDealtWith(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let (rosterId, _) = try await Self.signedFlow(store, signAt: 2, stopBeforeSigning: true)
            // Something still open: overriding nothing yet, the version cannot be validated.
            let context = try await store.context(rosterId: rosterId, number: 2)
            #expect(context.report.hardViolations.count == 1)
            #expect(context.workflow.state == .underReview)
            await #expect(throws: StoreError.self) { _ = try await store.validate(rosterId: rosterId, number: 2, by: "claire") }
            // An override needs a written justification.
            let hard = try #require(context.checklist.hardViolations.first)
            await #expect(throws: StoreError.self) {
                _ = try await store.override(rosterId: rosterId, number: 2, item: hard.id, justification: "  ", by: "claire")
            }
        }
    }

    @Test(arguments: Backend.available)
    func aSignatureRecordsTheContentAndFreezesTheVersion(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let (rosterId, signature) = try await Self.signedFlow(store, signAt: 2, stopBeforeSigning: false)
            let signature_ = try #require(signature)
            let signed = try await store.version(rosterId: rosterId, number: 2)
            #expect(signed.state == .signed)
            #expect(signature_.signer == "claire")
            #expect(signature_.rosterSHA256 == signed.sha256)
            let context = try await store.context(rosterId: rosterId, number: 2)
            #expect(context.workflow.signature == signature_)
            #expect(context.workflow.overrides.count == 1)
            #expect(context.workflow.overrides.first?.justification == "IDE de renfort appelée pour le matin du 3 juin")
            // Signed means frozen: no further step.
            await #expect(throws: StoreError.self) { _ = try await store.startReview(rosterId: rosterId, number: 2, by: "claire") }
            await #expect(throws: StoreError.self) { _ = try await store.sign(rosterId: rosterId, number: 2, by: "claire") }
            #expect(try await store.verifyContent().isEmpty)
            let audit = try await store.verifyAudit()
            #expect(audit.problems.isEmpty)
        }
    }

    @Test(arguments: Backend.available)
    func aDerivedJobSavesNewVersionsOfItsSourceUnderTheLease(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            let scenario = try await store.importScenario(JobStoreFixture.scenarioData, source: "fixture", by: "admin").scenario
            let first = try await store.saveProposal(JobStoreFixture.roster, scenarioId: try #require(scenario.id), label: nil, by: "claire", source: "test")
            let job = try await store.submitDerivedJob(kind: .variants, rosterId: first.rosterId, version: 1, timeLimitSeconds: 5, seed: 3,
                                                       options: #"{"profiles":["fairness"]}"#, by: "claire")
            #expect(job.kind == .variants)
            #expect(job.sourceVersionId == first.id)
            // The worker gets the source version's content with the scenario.
            let claimed = try #require(try await store.claimNextJob(worker: "w1", leaseSeconds: 60))
            #expect(claimed.job.id == job.id)
            #expect(claimed.job.options == #"{"profiles":["fairness"]}"#)
            #expect(claimed.sourceRosterContent == first.content)
            // A stale lease writes nothing.
            let stale = JobLease(jobId: claimed.lease.jobId, worker: "w2", attempt: claimed.lease.attempt)
            await #expect(throws: StoreError.self) {
                _ = try await store.completeDerivedJob(stale, rosters: [DerivedRoster(roster: Self.uncovered, note: "x")], summary: "{}")
            }
            let numbers = try await store.completeDerivedJob(
                claimed.lease, rosters: [DerivedRoster(roster: Self.uncovered, note: "Variante « équité »"),
                                         DerivedRoster(roster: JobStoreFixture.roster, note: "Variante « stabilité »")], summary: #"{"ok":true}"#)
            #expect(numbers == [2, 3])
            let done = try await store.job(id: try #require(job.id))
            #expect(done.state == .succeeded)
            #expect(done.savedVersionNumbers == [2, 3])
            let versions = try await store.versions(rosterId: first.rosterId)
            #expect(versions.map(\.parentVersionId) == [nil, first.id, first.id])
            #expect(versions.map(\.note) == [nil, "Variante « équité »", "Variante « stabilité »"])
            let edits = try await store.edits(versionId: try #require(versions[1].id))
            #expect(edits.map(\.editedBy) == ["variants:calcul \(job.id ?? 0)"])
            #expect(try await store.edits(versionId: try #require(versions[2].id)).isEmpty)
            #expect(try await store.versionNumber(id: try #require(versions[2].id)) == 3)
            #expect(try await store.verifyAudit().problems.isEmpty)
        }
    }

    @Test(arguments: Backend.available)
    func jobsArePagedNewestFirst(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let ids = try await JobStoreFixture.queue(5, in: subject.store)
            let firstPage = try await subject.store.jobs(limit: 2, after: nil)
            #expect(firstPage.compactMap(\.id) == [ids[4], ids[3]])
            let secondPage = try await subject.store.jobs(limit: 2, after: firstPage.last?.id)
            #expect(secondPage.compactMap(\.id) == [ids[2], ids[1]])
            #expect(try await subject.store.jobs(limit: 10, after: ids[1]).compactMap(\.id) == [ids[0]])
        }
    }

    @Test(arguments: Backend.available)
    func aSessionLivesUntilItExpiresOrIsClosed(_ backend: Backend) async throws {
        try await StoreUnderTest.with(backend) { subject in
            let store = subject.store
            _ = try await store.importScenario(JobStoreFixture.scenarioData, source: "fixture", by: "admin")
            let account = try await store.addAccount(name: "claire", role: .cadre, passwordHash: "$2b$hash", units: ["Médecine test"], by: "admin")
            let accountId = try #require(account.id)
            try await store.openSession(StoredSession(tokenHash: "h1", csrfToken: "c1", accountId: accountId, openedAt: "t", expiresAt: 1_000))
            try await store.openSession(StoredSession(tokenHash: "h2", csrfToken: "c2", accountId: accountId, openedAt: "t", expiresAt: 2_000))
            let live = try #require(try await store.signedIn(tokenHash: "h1", now: 999))
            #expect(live.session.csrfToken == "c1")
            #expect(live.account.name == "claire" && live.account.role == .cadre)
            #expect(live.units == ["Médecine test"])
            #expect(try await store.signedIn(tokenHash: "h1", now: 1_000) == nil, "expired at its expiry time")
            #expect(try await store.signedIn(tokenHash: "nope", now: 0) == nil)
            // Another connection (another service instance) sees the same session.
            #expect(try await subject.connect().signedIn(tokenHash: "h2", now: 1_500)?.session.csrfToken == "c2")
            #expect(try await store.deleteExpiredSessions(now: 1_500) == 1)
            try await store.closeSession(tokenHash: "h2")
            #expect(try await store.signedIn(tokenHash: "h2", now: 1_500) == nil)
        }
    }

    /// The same steps on both backends leave the same audit trail (actions, subjects, payloads):
    /// what is recorded does not depend on where it is stored.
    @Test func bothBackendsWriteTheSameAuditTrail() async throws {
        var trails: [Backend: [String]] = [:]
        for backend in Backend.available {
            try await StoreUnderTest.with(backend) { subject in
                _ = try await Self.signedFlow(subject.store, signAt: 2, stopBeforeSigning: false)
                let entries = try await subject.store.auditEntries()
                trails[backend] = entries.map { entry in
                    // An edited version's content carries its creation time, so its digest differs
                    // from run to run: keep what does not.
                    var payload = (try? JSONDecoder().decode([String: String].self, from: Data(entry.payload.utf8))) ?? [:]
                    payload.removeValue(forKey: "sha256")
                    return "\(entry.sequence) \(entry.action) \(entry.subject) \(payload.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))"
                }
            }
        }
        let sqlite = try #require(trails[.sqlite])
        #expect(sqlite.map { $0.split(separator: " ")[1] } == [
            "scenario.import", "account.add", "roster.propose", "roster.edit", "review.start-review", "review.override",
        ] + Array(repeating: "review.acknowledge", count: sqlite.count - 8) + ["review.validate", "review.sign"])
        if let postgres = trails[.postgres] { #expect(postgres == sqlite) }
    }

    /// Imports the fixture, adds a cadre, proposes the covered roster (v1), saves the uncovered
    /// one (v2), starts the review of v2, overrides its hard violation, acknowledges every point
    /// of attention, validates and (unless told to stop) signs it.
    static func signedFlow(_ store: any RosterRepository, signAt number: Int, stopBeforeSigning: Bool) async throws -> (Int64, SignatureRecord?) {
        let scenario = try await store.importScenario(JobStoreFixture.scenarioData, source: "fixture", by: "admin").scenario
        _ = try await store.addAccount(name: "claire", role: .cadre, passwordHash: "$2b$hash", units: ["Médecine test"], by: "admin")
        let first = try await store.saveProposal(JobStoreFixture.roster, scenarioId: try #require(scenario.id), label: nil, by: "claire", source: "test")
        _ = try await store.saveVersion(uncovered, rosterId: first.rosterId, parent: 1, note: nil, by: "claire", source: "test")
        _ = try await store.startReview(rosterId: first.rosterId, number: number, by: "claire")
        if stopBeforeSigning { return (first.rosterId, nil) }
        let context = try await store.context(rosterId: first.rosterId, number: number)
        for item in context.checklist.hardViolations {
            _ = try await store.override(rosterId: first.rosterId, number: number, item: item.id, justification: "IDE de renfort appelée pour le matin du 3 juin", by: "claire")
        }
        for item in context.checklist.attentionPoints {
            _ = try await store.acknowledge(rosterId: first.rosterId, number: number, item: item.id, note: nil, by: "claire")
        }
        _ = try await store.validate(rosterId: first.rosterId, number: number, by: "claire")
        return (first.rosterId, try await store.sign(rosterId: first.rosterId, number: number, by: "claire"))
    }
}
