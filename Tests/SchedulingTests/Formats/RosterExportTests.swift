import Foundation
import Testing
@testable import Scheduling

/// Exports: iCalendar per agent (RFC 5545 framing), wall HTML, CSV, each with the notice.
@Suite struct RosterExportTests {
    static let signature = SignatureRecord(
        signer: "Mme Dupont-Lefèvre, cadre de santé", signedAt: "2026-05-20T10:04:00Z",
        rosterSHA256: String(repeating: "c", count: 64), scenarioSHA256: String(repeating: "d", count: 64), provenance: nil)
    static let signed = TransparencyNotice(signature: signature, version: 2)
    static let unsigned = TransparencyNotice(signature: nil, version: 1)

    static func problem() throws -> PlanningProblem { try PlanningProblem(SignOffFixture.scenario()) }

    @Test func theNoticeSaysWhoSignedAndWhenOrThatItIsOnlyAProposal() {
        #expect(Self.signed.text == "Planning préparé avec l'aide d'un algorithme d'optimisation, validé et signé par Mme Dupont-Lefèvre, cadre de santé le 20/05/2026 à 10:04 UTC (version 2).")
        #expect(Self.unsigned.text == "Planning préparé avec l'aide d'un algorithme d'optimisation, non signé — proposition (version 1).")
    }

    @Test func icsLinesEndWithCRLFAndAreFoldedAt75Octets() throws {
        let roster = SignOffFixture.roster("M N -", "- - M")
        let ics = RosterICalendar.calendar(roster.rows[0], roster: roster, problem: try Self.problem(), notice: Self.signed,
                                           stamp: "2026-05-20T10:04:00Z", sequence: 2)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(ics.utf8)
        for (i, byte) in bytes.enumerated() where byte == 10 {
            #expect(i > 0 && bytes[i - 1] == 13, "bare LF at octet \(i)")
        }
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") }, "the long DESCRIPTION must have been folded")
        // Unfolding gives back the whole escaped notice, accents intact.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:" + RosterICalendar.escape(Self.signed.detailedText) + "\r\n"))
        #expect(unfolded.contains("Dupont-Lefèvre\\, cadre de santé"))
    }

    @Test func foldingNeverSplitsAMultiByteCharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = RosterICalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func eventsUseTheShiftTimesAndANightEndsTheNextDay() throws {
        let roster = SignOffFixture.roster("M N -", "- - M")
        let ics = RosterICalendar.calendar(roster.rows[0], roster: roster, problem: try Self.problem(), notice: Self.unsigned,
                                           stamp: "2026-05-20T10:04:00Z")
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(ics.contains("DTSTART;TZID=Europe/Paris:20260601T064500\r\nDTEND;TZID=Europe/Paris:20260601T141500\r\n"))
        #expect(ics.contains("DTSTART;TZID=Europe/Paris:20260602T210000\r\nDTEND;TZID=Europe/Paris:20260603T070000\r\n"))
        #expect(ics.contains("DTSTAMP:20260520T100400Z\r\n"))
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"))
    }

    @Test func theUIDOfACellStaysTheSameWhenItsShiftChanges() throws {
        let problem = try Self.problem()
        let first = SignOffFixture.roster("M - -", "- - -")
        let second = SignOffFixture.roster("N - -", "- - -")
        func uids(_ roster: Roster) -> [String] {
            RosterICalendar.calendar(roster.rows[0], roster: roster, problem: problem, notice: Self.unsigned, stamp: "2026-05-20T10:04:00Z")
                .components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        #expect(uids(first) == ["UID:medecine-test-IDE1-20260601@planning-hospitalier"])
        #expect(uids(first) == uids(second))
    }

    @Test func oneCalendarFilePerAgent() throws {
        let roster = SignOffFixture.roster("M N -", "- - M")
        let files = RosterICalendar.calendars(roster, problem: try Self.problem(), notice: Self.unsigned, stamp: "2026-05-20T10:04:00Z")
        #expect(files.map(\.fileName) == ["IDE1.ics", "IDE2.ics"])
        #expect(files[1].content.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
    }

    @Test func theWallPageIsA3LandscapeInFrenchWithLegendAndNotice() throws {
        let roster = SignOffFixture.roster("M N -", "- - M")
        let html = RosterHTML.render(roster, problem: try Self.problem(), notice: Self.signed)
        #expect(html.contains("@page { size: A3 landscape;"))
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains(RosterHTML.escape(Self.signed.text)))
        #expect(html.contains("title=\"lundi 1 juin\">lun<br>1</th>"))
        #expect(html.contains("title=\"mercredi 3 juin\">mer<br>3</th>"))
        #expect(html.contains("<td class=\"matin\">M</td>"))
        #expect(html.contains("<td class=\"nuit\">N</td>"))
        #expect(html.contains("Légende"))
        #expect(html.contains("N — Nuit 21:00–07:00 (nuit)"))
        #expect(html.contains("juin 2026"))
    }

    @Test func theWallPageOfAnUnsignedProposalSaysSo() throws {
        let html = RosterHTML.render(SignOffFixture.roster("M - -", "- - -"), problem: try Self.problem(), notice: Self.unsigned)
        #expect(html.contains("non signé — proposition"))
        #expect(!html.contains("validé et signé"))
    }

    @Test func shiftKindsFollowNightFlagSpanAndStartTime() {
        #expect(RosterHTML.ShiftKind(ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450)) == .morning)
        #expect(RosterHTML.ShiftKind(ShiftType(code: "S", label: "Soir", start: ClockTime("13:45"), end: ClockTime("21:15"), paidMinutes: 450)) == .evening)
        #expect(RosterHTML.ShiftKind(ShiftType(code: "J12", label: "Jour", start: ClockTime("07:00"), end: ClockTime("19:00"), paidMinutes: 720)) == .long)
        #expect(RosterHTML.ShiftKind(ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true)) == .night)
    }

    @Test func theCSVGridCarriesTheNoticeAndStillParses() throws {
        let roster = SignOffFixture.roster("M N -", "- - M")
        let csv = RosterCSV.export(roster, notice: Self.unsigned)
        #expect(csv.hasPrefix("staff,2026-06-01,2026-06-02,2026-06-03\nIDE1,M,N,\nIDE2,,,M\n"))
        #expect(csv.hasSuffix("# " + Self.unsigned.text + "\n"))
        let parsed = try RosterCSV.parse(csv, scenario: SignOffFixture.scenario(), source: "r.csv")
        #expect(parsed.rows == roster.rows)
    }
}
