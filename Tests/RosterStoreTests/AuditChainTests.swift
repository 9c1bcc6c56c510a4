import Testing
@testable import RosterStore

/// The chain's hash covers every field, and verification reads the chain in storage order.
@Suite struct AuditChainTests {
    static func entry(_ sequence: Int, previous: String) -> AuditEntry {
        var entry = AuditEntry(id: Int64(sequence), sequence: sequence, recordedAt: "2026-05-20T10:00:0\(sequence)Z", actor: "Mme Cadre",
                               action: "review.ack", subject: "roster 1 v1", payload: #"{"item":"x"}"#, previousHash: previous, hash: "")
        entry.hash = AuditChain.hash(of: entry)
        return entry
    }

    static func chain(_ count: Int) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        for n in 1...count { entries.append(entry(n, previous: entries.last?.hash ?? AuditChain.genesisHash)) }
        return entries
    }

    @Test(arguments: [\AuditEntry.recordedAt, \AuditEntry.actor, \AuditEntry.action, \AuditEntry.subject, \AuditEntry.payload, \AuditEntry.previousHash])
    func everyFieldIsCoveredByTheHash(_ field: WritableKeyPath<AuditEntry, String> & Sendable) {
        let original = Self.entry(1, previous: AuditChain.genesisHash)
        var changed = original
        changed[keyPath: field] += "x"
        #expect(AuditChain.hash(of: changed) != original.hash)
    }

    @Test func fieldsCannotBeShiftedIntoEachOther() {
        let a = AuditChain.hash(sequence: 1, recordedAt: "t", actor: "ab", action: "c", subject: "s", payload: "{}", previousHash: "0")
        let b = AuditChain.hash(sequence: 1, recordedAt: "t", actor: "a", action: "bc", subject: "s", payload: "{}", previousHash: "0")
        #expect(a != b)
        #expect(a.count == 64)
    }

    @Test func anIntactChainVerifies() {
        let entries = Self.chain(4)
        let result = AuditChain.verify(entries, head: (4, entries[3].hash))
        #expect(result.isIntact)
        #expect(result.entriesChecked == 4)
        #expect(result.lastHash == entries[3].hash)
    }

    @Test func aChainWithoutItsHeadRowIsReported() {
        #expect(AuditChain.verify(Self.chain(2), head: nil).problems == [.headMissing])
    }

    @Test func anEmptiedLogIsReportedThroughItsHead() {
        #expect(AuditChain.verify([], head: (3, "h")).problems == [.missing(from: 1, to: 3)])
    }

    @Test func aRebuiltSuffixIsCaughtByTheHead() {
        // Entry 3 removed, entry 4 renumbered and rehashed onto entry 2: the links hold, but the
        // head still records four entries, so one is reported missing at the end.
        var entries = Self.chain(4)
        let head = (4, entries[3].hash)
        entries.remove(at: 2)
        entries[2] = Self.entry(3, previous: entries[1].hash)
        #expect(AuditChain.verify(entries, head: head).problems == [.missing(from: 4, to: 4)])
    }
}

extension AuditChainTests {
    @Test func aReplacedLastEntryIsCaughtByTheHead() {
        var entries = Self.chain(3)
        let head = (3, entries[2].hash)
        entries[2].actor = "M. Intrus"
        entries[2].hash = AuditChain.hash(of: entries[2])
        #expect(AuditChain.verify(entries, head: head).problems == [.headMismatch(headSequence: 3, lastSequence: 3)])
    }
}
