import Foundation
import GRDB
import Testing
@testable import RosterStore
import Scheduling

/// The hash chain detects edits made to the database file behind the store's back.
///
/// Each test writes a real file through the store, then opens it with plain GRDB as an
/// intruder would (dropping the append-only triggers first), changes it, and reopens it.
@Suite struct AuditTamperTests {
    /// A database with six audit entries: import, proposal, start, override, validate, sign.
    static func signedDatabase() throws -> String {
        let path = StoreFixture.temporaryFile()
        let store = try RosterDatabase(path: path, clock: StoreFixture.clock())
        let scenario = try store.importScenario(StoreFixture.scenarioData, source: "s.json", by: "Mme Cadre").scenario
        let roster = try store.saveProposal(StoreFixture.uncovered, scenarioId: try #require(scenario.id), by: "sched-cli").rosterId
        _ = try store.startReview(rosterId: roster, number: 1, by: "Mme Cadre")
        let item = try #require(try store.context(rosterId: roster, number: 1).checklist.hardViolations.first?.id)
        _ = try store.override(rosterId: roster, number: 1, item: item, justification: StoreFixture.justification, by: "Mme Cadre")
        _ = try store.validate(rosterId: roster, number: 1, by: "Mme Cadre")
        _ = try store.sign(rosterId: roster, number: 1, by: "Mme Cadre")
        return path
    }

    /// Opens the file with raw SQL, without the store, and runs `sql`.
    static func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER auditEntryNoUpdate; DROP TRIGGER auditEntryNoDelete;")
            try db.execute(sql: sql)
        }
    }

    static func verify(_ path: String) throws -> AuditVerification {
        try RosterDatabase(path: path, create: false).verifyAudit()
    }

    @Test func anUntouchedFileVerifies() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.verify(path)
        #expect(result.isIntact)
        #expect(result.entriesChecked == 6)
    }

    @Test func anAlteredEntryIsNamed() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.tamper(path, "UPDATE auditEntry SET actor = 'M. Intrus' WHERE sequence = 4")
        #expect(try Self.verify(path).problems == [.altered(sequence: 4, rowID: 4)])
    }

    @Test func anAlteredAndRehashedEntryBreaksTheNextLink() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER auditEntryNoUpdate")
            var entry = try #require(try AuditEntry.filter(Column("sequence") == 4).fetchOne(db))
            entry.payload = #"{"item":"forged"}"#
            entry.hash = AuditChain.hash(of: entry)
            try entry.update(db)
        }
        #expect(try Self.verify(path).problems == [.brokenLink(sequence: 5, rowID: 5)])
    }

    @Test func aRemovedEntryIsNamed() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.tamper(path, "DELETE FROM auditEntry WHERE sequence = 3")
        #expect(try Self.verify(path).problems == [.missing(from: 3, to: 3)])
    }

    @Test func aRemovedLastEntryIsNoticedThroughTheHead() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.tamper(path, "DELETE FROM auditEntry WHERE sequence = 6")
        #expect(try Self.verify(path).problems == [.missing(from: 6, to: 6)])
    }

    @Test func reorderedEntriesAreNamed() throws {
        let path = try Self.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Swap rows 2 and 3 wholesale: the storage order no longer follows the sequence.
        try Self.tamper(path, """
            UPDATE auditEntry SET id = 100 WHERE id = 2;
            UPDATE auditEntry SET id = 2 WHERE id = 3;
            UPDATE auditEntry SET id = 3 WHERE id = 100;
            """)
        let problems = try Self.verify(path).problems
        #expect(problems.contains(.missing(from: 2, to: 2)))
        #expect(problems.contains(.outOfOrder(sequence: 2, after: 3)))
    }

    @Test func aMissingFileIsAClearError() throws {
        let path = StoreFixture.temporaryFile()
        #expect(throws: StoreError.self) { try RosterDatabase(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = StoreFixture.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("not a database at all, just some text that is long enough".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try RosterDatabase(path: path, create: false)
            Issue.record("opened a text file as a database")
        } catch {
            #expect(error.description.contains(path))
        }
    }
}

/// Stored contents are checked against their recorded hashes.
@Suite struct ContentTamperTests {
    @Test func aSignedRosterEditedInTheFileIsNamed() throws {
        let path = try AuditTamperTests.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try RosterDatabase(path: path, create: false).verifyContent().isEmpty)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER rosterVersionContentFixed; DROP TRIGGER rosterVersionSignedFixed;")
            let content = try #require(try String.fetchOne(db, sql: "SELECT content FROM rosterVersion WHERE id = 1"))
            // IDE2 now works on 2 June: the roster that was signed said she was off.
            var roster = try ScenarioFile.decode(Roster.self, from: Data(content.utf8), source: "test")
            roster.rows[1].shifts[1] = "M"
            let forged = String(decoding: ScenarioFile.encode(roster), as: UTF8.self)
            #expect(forged != content)
            try db.execute(sql: "UPDATE rosterVersion SET content = ? WHERE id = 1", arguments: [forged])
        }
        #expect(try RosterDatabase(path: path, create: false).verifyContent() == [
            ContentMismatch(subject: "roster 1 v1", recordedIn: "version"),
            ContentMismatch(subject: "roster 1 v1", recordedIn: "signature"),
        ])
    }

    @Test func anEditedScenarioIsNamed() throws {
        let path = try AuditTamperTests.signedDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE scenario SET content = replace(content, '\"minimum\" : 1', '\"minimum\" : 0')")
        }
        #expect(try RosterDatabase(path: path, create: false).verifyContent() == [ContentMismatch(subject: "scenario 1", recordedIn: "scenario")])
    }
}
