import Testing
import RosterStore
import Scheduling

/// A later change to a signed roster is a new version, explained against the signed one: each
/// changed cell with what set it and its effect on the rules.
@Suite struct SignedVersionDiffTests {
    /// Version 1 (fully covered) signed, then version 2 where IDE2 takes IDE1's 2 June matin.
    static func signedThenEdited() throws -> (RosterDatabase, Int64) {
        let store = try RosterDatabase.inMemory(clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.clean, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.validate(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.sign(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.saveVersion(StoreFixture.roster("M - M", "- M -"), rosterId: roster, parent: 1, note: "échange", by: "Mme Cadre")
        return (store, roster)
    }

    @Test func theNewVersionIsExplainedAgainstTheSignedOne() throws {
        let (store, roster) = try Self.signedThenEdited()
        #expect(try store.signedAncestor(rosterId: roster, of: 2)?.number == 1)
        #expect(try store.signedAncestor(rosterId: roster, of: 1) == nil)
        let diff = try store.diff(rosterId: roster, from: 1, to: 2)
        #expect(diff.changeCount == 2)
        #expect(diff.authorBefore == "engine:mip" && diff.authorAfter == "cadre")
        #expect(diff.byDate.flatMap(\.changes).map { "\($0.staff) \($0.before?.rawValue ?? "-")→\($0.after?.rawValue ?? "-") \($0.origin?.rawValue ?? "?")" }
                == ["IDE1 M→- cadre", "IDE2 -→M cadre"])
        #expect(diff.text().contains("2 cellule(s) modifiée(s)"))
    }

    @Test func aSavedVersionRecordsTheCadresCellsAndKeepsTheHashOfItsGrid() throws {
        let (store, roster) = try Self.signedThenEdited()
        let version = try store.version(rosterId: roster, number: 2)
        let saved = try version.roster()
        // The proposal recorded no origins: the changed cells are the cadre's, the others unknown.
        #expect(saved.rows.map { String(($0.origins ?? []).map(\.letter)) } == ["?c?", "?c?"])
        #expect(version.sha256 == ContentDigest.sha256(StoreFixture.roster("M - M", "- M -").canonicalContent))
    }
}
