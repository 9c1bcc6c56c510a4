import Foundation
import GRDB
import Testing
@testable import RosterStore
import Scheduling

/// Store behaviour on fresh in-memory databases.
@Suite struct RosterDatabaseTests {
    @Test func migrationsAreAppliedInOrderUnderTheirNames() throws {
        let store = try RosterDatabase.inMemory()
        #expect(try store.appliedMigrations() == ["v1-scenarios-and-rosters", "v1-audit-log", "v1-immutability-triggers", "v2-service-accounts-and-jobs",
                                                       "v3-solve-job-leases", "v4-derived-jobs", "v5-sessions"])
    }

    @Test func aScenarioIsStoredOnceWithTheSHA256OfItsBytes() throws {
        let store = try RosterDatabase.inMemory()
        let first = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre")
        let again = try store.importScenario(StoreFixture.scenarioData, source: "copy.json", by: "Mme Cadre")
        #expect(first.isNew)
        #expect(!again.isNew)
        #expect(again.scenario.id == first.scenario.id)
        #expect(first.scenario.sha256 == ContentDigest.sha256(StoreFixture.scenarioData))
        #expect(try store.auditEntries().map(\.action) == ["scenario.import"])
    }

    @Test func aBadScenarioIsRefusedNamingTheField() throws {
        let store = try RosterDatabase.inMemory()
        let data = Data(#"{"formatVersion": 1, "name": 3}"#.utf8)
        do {
            _ = try store.importScenario(data, source: "bad.json", by: "X")
            Issue.record("a bad scenario was accepted")
        } catch {
            guard case .input(let scenarioError) = error else { Issue.record("unexpected \(error)"); return }
            #expect(scenarioError.file == "bad.json")
            #expect(scenarioError.issues.first?.path == "name")
        }
        #expect(try store.auditEntries().isEmpty)
    }

    @Test func signingIsRefusedOverAHardViolationUntilItIsOverridden() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let version = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli")
        let roster = version.rosterId
        _ = try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre")
        let item = try #require(try store.context(rosterId: roster, number: 1).checklist.hardViolations.first?.id)
        #expect(throws: StoreError.self) { try store.validate(rosterId: roster, number: 1, by: "Mme Cadre") }
        #expect(throws: StoreError.self) { try store.sign(rosterId: roster, number: 1, by: "Mme Cadre") }
        #expect(try store.version(rosterId: roster, number: 1).state == .underReview)

        _ = try store.override(rosterId: roster, number: 1, item: item, justification: StoreFixture.justification, by: "Mme Cadre")
        _ = try store.validate(rosterId: roster, number: 1, by: "Mme Cadre")
        let signature = try store.sign(rosterId: roster, number: 1, by: "Mme Cadre")
        #expect(signature.signer == "Mme Cadre")
        #expect(signature.rosterSHA256 == ContentDigest.sha256(StoreFixture.uncovered.canonicalContent))
        #expect(signature.scenarioSHA256 == scenario.sha256)
        #expect(signature.seed == 42)
        #expect(signature.engineVersion == "1.0-test")
        #expect(signature.parameters == ["timeLimit": "10"])

        let context = try store.context(rosterId: roster, number: 1)
        #expect(context.workflow.state == .signed)
        #expect(context.workflow.signature == signature)
        #expect(context.workflow.overrides.map(\.item) == [item])
        #expect(try store.auditEntries().map(\.action) == [
            "scenario.import", "roster.propose", "review.start-review", "review.override", "review.validate", "review.sign",
        ])
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func aSignedVersionIsImmutableAndAChangeMakesANewVersion() throws {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.clean, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.validate(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.sign(rosterId: roster, number: 1, by: "Mme Cadre")

        #expect(throws: StoreError.self) { try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre") }
        // Even raw SQL cannot change a signed version: the triggers abort.
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE rosterVersion SET state = 'proposed' WHERE rosterId = ?", arguments: [roster]) }
        }
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE rosterVersion SET content = '{}' WHERE rosterId = ?", arguments: [roster]) }
        }

        let edited = StoreFixture.roster("M - M", "- M -")
        let (version, edits) = try store.saveVersion(edited, rosterId: roster, parent: 1, note: "échange", by: "Mme Cadre")
        #expect(version.number == 2)
        #expect(version.state == .proposed)
        #expect(version.parentVersionId == (try store.version(rosterId: roster, number: 1).id))
        #expect(edits.map { "\($0.staff) \($0.date) \($0.before ?? "-")→\($0.after ?? "-")" } == [
            "IDE1 2026-06-02 M→-", "IDE2 2026-06-02 -→M",
        ])
        #expect(try store.version(rosterId: roster, number: 1).state == .signed)
        let provenance = try #require(try store.version(rosterId: roster, number: 2).roster().provenance)
        #expect(provenance.engine == "cadre")
        #expect(provenance.seed == 42)
        #expect(provenance.parameters == ["timeLimit": "10", "proposedBy": "mip", "editedFrom": "v1"])
        #expect(provenance.bound == 0)
        #expect(provenance.objective == (try store.context(rosterId: roster, number: 2).report.objective))
        #expect(throws: StoreError.nothingChanged(roster: roster, parent: 2)) {
            try store.saveVersion(edited, rosterId: roster, parent: 2, by: "Mme Cadre")
        }
    }

    @Test func aRosterThatDoesNotFitTheScenarioIsRefused() throws {
        let store = try RosterDatabase.inMemory()
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        var wrong = StoreFixture.clean
        wrong.rows[1].staff = "IDE9"
        do {
            _ = try store.saveProposal(wrong, scenarioId: try #require(scenario.id), by: "X", source: "r.json")
            Issue.record("accepted a roster with an unknown agent")
        } catch {
            #expect(String(describing: error).contains("r.json"))
            #expect(String(describing: error).contains("IDE9"))
        }
    }

    @Test func theAuditIsAppendOnlyForTheApplication() throws {
        let store = try RosterDatabase.inMemory()
        _ = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre")
        #expect(throws: StoreError.self) { try store.write { db in try db.execute(sql: "DELETE FROM auditEntry") } }
        #expect(throws: StoreError.self) { try store.write { db in try db.execute(sql: "UPDATE auditEntry SET actor = 'x'") } }
        #expect(try store.verifyAudit().isIntact)
    }
}

extension StoreError: Equatable {
    public static func == (lhs: StoreError, rhs: StoreError) -> Bool { lhs.description == rhs.description }
}

/// A database file keeps its data and its migrations across openings.
@Suite struct RosterDatabaseFileTests {
    @Test func reopeningAFileKeepsEverythingAndMigratesNothingTwice() throws {
        let path = StoreFixture.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let store = try RosterDatabase(path: path)
            let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
            _ = try store.saveProposal(StoreFixture.clean, scenarioId: try #require(scenario.id), by: "sched-cli")
        }
        let reopened = try RosterDatabase(path: path, create: false)
        #expect(try reopened.appliedMigrations() == ["v1-scenarios-and-rosters", "v1-audit-log", "v1-immutability-triggers", "v2-service-accounts-and-jobs",
                                                       "v3-solve-job-leases", "v4-derived-jobs", "v5-sessions"])
        #expect(try reopened.rosters().map(\.versions) == [1])
        #expect(try reopened.version(rosterId: 1, number: 1).roster().rows == StoreFixture.clean.rows)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        }
        #expect(tables == ["account", "accountUnit", "acknowledgement", "auditEntry", "auditHead", "edit", "override", "roster", "rosterVersion", "scenario", "session",
                          "signOff", "solveJob", "unit"])
    }
}
