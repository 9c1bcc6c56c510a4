import Foundation
import RosterStore
import Scheduling
import Testing

/// Jobs that start from a stored version (variants, repair, stress): queued with their source,
/// claimed with its content, and ended with new versions of the same roster in one transaction
/// under the lease.
@Suite struct DerivedJobStoreTests {
    static func storeWithProposal() throws -> (RosterDatabase, rosterId: Int64) {
        let store = try RosterDatabase.inMemory()
        let scenario = try #require(try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "test").scenario.id)
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: scenario, by: "test").rosterId
        return (store, roster)
    }

    @Test func aClaimedDerivedJobCarriesItsSourceVersionAndEndsWithNewVersionsOfTheSameRoster() throws {
        let (store, roster) = try Self.storeWithProposal()
        let job = try store.submitDerivedJob(kind: .variants, rosterId: roster, version: 1, timeLimitSeconds: 60, seed: 2,
                                             options: #"{"profiles":["requests","fairness"]}"#, by: "cadre")
        #expect(job.kind == .variants && job.state == .queued)
        let claimed = try #require(try store.claimNextJob(worker: "w", leaseSeconds: 30))
        #expect(claimed.job.id == job.id)
        #expect(claimed.sourceRosterContent == (try store.version(rosterId: roster, number: 1)).content)
        #expect(claimed.job.options?.contains("fairness") == true)

        let numbers = try store.completeDerivedJob(claimed.lease, rosters: [
            DerivedRoster(roster: StoreFixture.clean, note: "Variante « demandes d'abord »"),
            DerivedRoster(roster: StoreFixture.roster("M M M", "M - -"), note: "Variante « équité d'abord »"),
        ], summary: "[]")
        #expect(numbers == [2, 3])
        let versions = try store.versions(rosterId: roster)
        #expect(versions.map(\.number) == [1, 2, 3])
        #expect(versions.dropFirst().allSatisfy { $0.parentVersionId == versions[0].id && $0.state == .proposed })
        #expect(try store.edits(versionId: try #require(versions[1].id)).map(\.staff) == ["IDE1"])
        #expect(try store.edits(versionId: try #require(versions[2].id)).count == 2)
        #expect(try store.edits(versionId: try #require(versions[2].id)).allSatisfy { $0.editedBy == "variants:calcul \(job.id ?? 0)" })
        let finished = try store.job(id: try #require(job.id))
        #expect(finished.state == .succeeded && finished.rosterId == roster && finished.savedVersionNumbers == [2, 3])
        let actions = try store.auditEntries().map(\.action)
        #expect(actions.filter { $0 == "roster.derive" }.count == 2 && actions.last == "job.succeeded")
        #expect(try store.verifyAudit().isIntact)
        #expect(try store.verifyContent().isEmpty)
    }

    @Test func aStaleLeaseWritesNothing() throws {
        let (store, roster) = try Self.storeWithProposal()
        let job = try store.submitDerivedJob(kind: .repair, rosterId: roster, version: 1, timeLimitSeconds: 30, seed: 1, options: nil, by: "cadre")
        let claimed = try #require(try store.claimNextJob(worker: "w", leaseSeconds: 30))
        #expect(try store.cancelJob(id: try #require(job.id), reason: "annulé"))
        #expect(throws: StoreError.self) {
            try store.completeDerivedJob(claimed.lease, rosters: [DerivedRoster(roster: StoreFixture.clean, note: "réparation")], summary: "{}")
        }
        #expect(try store.versions(rosterId: roster).count == 1)
        #expect(try store.job(id: try #require(job.id)).state == .cancelled)
    }

    @Test func aDerivedJobNeedsAnExistingVersion() throws {
        let (store, roster) = try Self.storeWithProposal()
        #expect(throws: StoreError.self) {
            try store.submitDerivedJob(kind: .stress, rosterId: roster, version: 7, timeLimitSeconds: 30, seed: 1, options: nil, by: "cadre")
        }
        #expect(try store.jobs().isEmpty)
    }
}
