import Foundation
import GRDB
@testable import RosterStore
import Scheduling
import Testing

/// Derived data of stored versions is kept (`EvaluationCache`) and is always what computing it
/// again gives; an edit is a new version with its own evaluation; sign-off progress is never
/// kept, so it shows at once.
@Suite struct EvaluationCacheTests {
    /// A file store with a proposal (2 June uncovered: one hard violation) and its version 2,
    /// fully covered by the cadre.
    static func editedStore(_ path: String) throws -> (store: RosterDatabase, roster: Int64) {
        let store = try RosterDatabase(path: path, clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.context(rosterId: roster, number: 1)
        _ = try store.saveVersion(StoreFixture.roster("M - M", "- M -"), rosterId: roster, parent: 1, note: "2 juin couvert", by: "Mme Cadre")
        return (store, roster)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func aKeptEvaluationEqualsOneComputedAfresh() throws {
        let path = StoreFixture.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (store, roster) = try Self.editedStore(path)
        // Version 2 was kept when it was saved; version 1 when it was first read.
        let kept = try [1, 2].map { try store.context(rosterId: roster, number: $0) }
        #expect(store.evaluations.versions.statistics.hits >= 2)
        // A second store on the same file starts with nothing kept.
        let fresh = try RosterDatabase(path: path, create: false)
        for (number, cached) in zip([1, 2], kept) {
            let computed = try fresh.context(rosterId: roster, number: number)
            #expect(cached.roster == computed.roster, "version \(number)")
            #expect(try Self.json(cached.report) == (try Self.json(computed.report)), "version \(number)")
            #expect(cached.checklist == computed.checklist, "version \(number)")
            #expect(try Self.json(store.analysis(of: cached).indicators) == (try Self.json(fresh.analysis(of: computed).indicators)))
        }
        #expect(fresh.evaluations.versions.statistics.hits == 0)
    }

    @Test func anEditIsANewVersionWithItsOwnEvaluation() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        #expect(try store.context(rosterId: roster, number: 1).report.hardViolations.count == 1)
        _ = try store.saveVersion(StoreFixture.roster("M - M", "- M -"), rosterId: roster, parent: 1, by: "Mme Cadre")

        let edited = try store.context(rosterId: roster, number: 2)
        #expect(edited.roster.rows[1].shifts == [nil, "M", nil])
        #expect(edited.report.hardViolations.isEmpty)
        #expect(try store.analysis(of: edited).uncoveredPosts.isEmpty)
        // The parent is unchanged.
        let parent = try store.context(rosterId: roster, number: 1)
        #expect(parent.roster.rows[1].shifts == [nil, nil, nil])
        #expect(parent.report.hardViolations.count == 1)
        #expect(try store.analysis(of: parent).uncoveredPosts.count == 1)
    }

    @Test func signOffProgressShowsAtOnceOnAKeptVersion() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        let before = try store.context(rosterId: roster, number: 1)
        #expect(before.workflow.state == .proposed)
        _ = try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre")
        let item = try #require(before.checklist.hardViolations.first?.id)
        _ = try store.override(rosterId: roster, number: 1, item: item, justification: StoreFixture.justification, by: "Mme Cadre")
        let after = try store.context(rosterId: roster, number: 1)
        #expect(after.workflow.state == .underReview)
        #expect(after.workflow.overrides.map(\.item) == [item])
        #expect(store.evaluations.versions.statistics.hits >= 1)
    }

    @Test func versionHeadersListTheVersionsWithoutTheirContent() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.saveVersion(StoreFixture.roster("M - M", "- M -"), rosterId: roster, parent: 1, note: "échange", by: "Mme Cadre")
        let versions = try store.versions(rosterId: roster)
        let headers = try store.versionHeaders(rosterId: roster)
        #expect(headers.map(\.number) == [1, 2])
        #expect(headers.map(\.sha256) == versions.map(\.sha256))
        #expect(headers.map(\.parentVersionId) == versions.map(\.parentVersionId))
        #expect(headers.map(\.note) == [nil, "échange"])
        #expect(headers.map(\.engine) == ["mip", "cadre"])
        #expect(throws: StoreError.notFound("roster 99")) { try store.versionHeaders(rosterId: 99) }
    }

    @Test func theRosterListCountsVersionsAndShowsTheLatestState() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let first = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.saveProposal(StoreFixture.clean, scenarioId: try #require(scenario.id), label: "bis", by: "sched-cli")
        _ = try store.saveVersion(StoreFixture.roster("M - M", "- M -"), rosterId: first, parent: 1, by: "Mme Cadre")
        _ = try store.startReview(rosterId: first, number: 2, by: "Mme Cadre")
        let summaries = try store.rosters()
        #expect(summaries.map(\.versions) == [2, 1])
        #expect(summaries.map(\.latestState) == [.underReview, .proposed])
        #expect(summaries.map(\.scenarioName) == ["store-test", "store-test"])
        #expect(summaries.map(\.roster.label) == [nil, "bis"])
    }

    @Test func jobsComeInPagesNewestFirst() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try #require(try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario.id)
        for seed in 1...5 { _ = try store.submitJob(scenarioId: scenario, timeLimitSeconds: 5, seed: Int64(seed), by: "Mme Cadre") }
        #expect(try store.jobs(limit: 2, after: nil).map(\.seed) == [5, 4])
        #expect(try store.jobs(limit: 2, after: 4).map(\.seed) == [3, 2])
        #expect(try store.jobs(limit: 2, after: 2).map(\.seed) == [1])
        #expect(try store.jobs(limit: 10, after: nil).map(\.id) == (try store.jobs().map(\.id)))
    }

    @Test func aFileStoreReadsInWALMode() throws {
        let path = StoreFixture.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try RosterDatabase(path: path)
        let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}

/// The least-recently-used bound of `BoundedCache`.
@Suite struct BoundedCacheTests {
    @Test func theLeastRecentlyUsedValueGoesFirst() {
        let cache = BoundedCache<Int, String>(capacity: 2)
        cache.insert("un", for: 1)
        cache.insert("deux", for: 2)
        #expect(cache.value(for: 1) == "un")  // 1 is now the most recent
        cache.insert("trois", for: 3)         // 2 goes
        #expect(cache.value(for: 2) == nil)
        #expect(cache.value(for: 1) == "un")
        #expect(cache.value(for: 3) == "trois")
        #expect(cache.count == 2)
        #expect(cache.keysByRecency == [3, 1])
    }

    @Test func aValueIsMadeOnceThenKept() {
        let cache = BoundedCache<String, Int>(capacity: 8)
        var made = 0
        for _ in 0..<3 {
            #expect(cache.value(for: "clé") { made += 1; return 42 } == 42)
        }
        #expect(made == 1)
        #expect(cache.statistics == .init(hits: 2, misses: 1))
    }

    @Test func replacingAValueKeepsOneEntry() {
        let cache = BoundedCache<Int, Int>(capacity: 3)
        for round in 0..<10 { cache.insert(round, for: round % 4) }
        #expect(cache.count == 3)
        #expect(cache.keysByRecency == [1, 0, 3])
        #expect(cache.value(for: 1) == 9)
    }
}
