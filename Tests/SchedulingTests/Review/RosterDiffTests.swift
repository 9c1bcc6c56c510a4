import Foundation
import Testing
@testable import Scheduling

/// The diff names exactly the violations a change introduces or resolves, attributes each to
/// the cells it concerns, and prices it exactly.
@Suite struct RosterDiffTests {
    /// Two IDE over a week. IDE01 asked for a day off on Wednesday 3 June (P2, 50); one IDE is
    /// needed on the matin that day (minimum and target 1); daily rest 12 h; nights shared fairly
    /// (10 per unit of spread).
    static let unit: TinyUnit = {
        var unit = TinyUnit(agents: ["IDE01", "IDE02"], rules: RuleSettings(dailyRest: MinimumMinutesSetting(minutes: 720),
                                                                               fairness: FairnessSetting(nightsWeight: 10)))
        unit.requests = [StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, priority: .p2)]
        unit.demand = [DemandRule(days: .on(.jun(3)), shift: "M", skill: "IDE", minimum: 1, target: 1)]
        return unit
    }()

    static func roster(_ rows: String..., author: String? = nil) throws -> Roster {
        let problem = try unit.problem()
        return Roster(scenario: problem.scenario.name, period: problem.scenario.period,
                      rows: zip(problem.staff, rows).map { RosterRow(staff: $0.id, shifts: TinyUnit.tokens($1)) },
                      provenance: author.map { Provenance(engine: "cadre", engineVersion: "test", parameters: ["author": $0]) })
    }

    static func diff(_ before: Roster, _ after: Roster) throws -> RosterDiff {
        try RosterDiff.compare(before, after, evaluator: Evaluator(problem: try unit.problem()))
    }

    static let proposal = "- - M - - - -"
    static let nobody = "- - - - - - -"

    @Test func aSwapThatHonoursARequestIsWorthItsWeight() throws {
        let diff = try Self.diff(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.nobody, Self.proposal, author: "cadre:Martin"))
        #expect(diff.changeCount == 2)
        #expect(diff.objectiveDelta == -50)
        #expect(diff.violationChanges.map(\.rule) == ["REQUEST"])
        let person = try #require(diff.byPerson.first { $0.staff == "IDE01" })
        let change = try #require(person.changes.first)
        #expect(change.date == .jun(3) && change.before == "M" && change.after == nil)
        #expect(change.author == "cadre:Martin")
        #expect(change.effects.map(\.kind) == [.resolved])
        #expect(change.penaltyDelta == -50)
        let other = try #require(diff.byPerson.first { $0.staff == "IDE02" }?.changes.first)
        #expect(other.effects.isEmpty)
        #expect(diff.coverage.isEmpty)  // one IDE on the matin before and after
        #expect(diff.requestsHonouredBefore == 0 && diff.requestsHonouredAfter == 1 && diff.requestCount == 1)
        #expect(diff.requests == [RosterDiff.RequestChange(staff: "IDE01", date: .jun(3), kind: .dayOff, shift: nil, priority: .p2, weight: 50,
                                                           honouredBefore: false, honouredAfter: true)])
        #expect(diff.byDate.map(\.date) == [.jun(3)] && diff.byDate[0].changes.count == 2)
        #expect(diff.ruleTotals.map { [$0.rule.rawValue, "\($0.penaltyBefore)", "\($0.penaltyAfter)"] } == [["REQUEST", "50.0", "0.0"]])
        #expect(diff.hardIntroduced.isEmpty && diff.hardResolved.isEmpty)
    }

    @Test func aCellAuthorOverridesTheRostersAuthor() throws {
        let problem = try Self.unit.problem()
        let authors = CellAuthor.table([CellAuthor(staff: "IDE02", date: .jun(3), author: "cadre:Durand")])
        let diff = try RosterDiff.compare(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.nobody, Self.proposal, author: "cadre:Martin"),
                                          evaluator: Evaluator(problem: problem), cellAuthors: authors)
        #expect(diff.byDate.first?.changes.map { "\($0.staff) \($0.author ?? "?")" } == ["IDE01 cadre:Martin", "IDE02 cadre:Durand"])
        #expect(diff.authorAfter == "cadre:Martin")
    }

    @Test func theAuthorOfARosterComesFromItsProvenance() {
        #expect(Provenance(engine: "lns", engineVersion: "1").author == "engine:lns")
        #expect(Provenance(engine: "cadre", engineVersion: "1", parameters: ["editedFrom": "v1"]).author == "cadre")
        #expect(Provenance(engine: "cadre", engineVersion: "1", parameters: ["author": "cadre:Martin"]).author == "cadre:Martin")
    }

    @Test func leavingThePostUncoveredIsAHardViolationAttributedToTheCell() throws {
        let diff = try Self.diff(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.nobody, Self.nobody))
        let change = try #require(diff.byPerson.first?.changes.first)
        #expect(change.effects.map(\.rule) == ["COVER-MIN", "COVER-TARGET", "REQUEST"])
        #expect(change.effects.map(\.penaltyDelta) == [10_000, 1_000, -50])
        #expect(change.penaltyDelta == 10_950)
        #expect(diff.objectiveDelta == 10_950)
        #expect(diff.hardIntroduced.map(\.rule) == ["COVER-MIN"])
        #expect(diff.hardCountBefore == 0 && diff.hardCountAfter == 1)
        #expect(diff.coverage == [RosterDiff.CoverageChange(date: .jun(3), shift: "M", skill: "IDE", countBefore: 1, countAfter: 0,
                                                            minimum: 1, target: 1, maximum: nil)])
        let total = try #require(diff.ruleTotals.first { $0.rule == "COVER-MIN" })
        #expect(total.penaltyBefore == 0 && total.penaltyAfter == 10_000 && total.hardBefore == 0 && total.hardAfter == 1)
    }

    /// IDE02 takes a soir on Tuesday before the matin on Wednesday: 9 h 30 of rest instead of 12.
    /// The rest violation spans both days, so both of her changed cells carry it; IDE01's cell
    /// carries only her honoured request.
    @Test func aViolationSpanningTwoChangedCellsIsAttributedToBoth() throws {
        let diff = try Self.diff(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.nobody, "- S M - - - -"))
        let ide02 = try #require(diff.byPerson.first { $0.staff == "IDE02" })
        #expect(ide02.changes.map(\.date) == [.jun(2), .jun(3)])
        for change in ide02.changes {
            #expect(change.effects.map(\.rule) == ["FPH-30"])
            #expect(change.effects.first?.kind == .introduced)
            #expect(change.effects.first?.hard == true)
        }
        #expect(diff.byPerson.first { $0.staff == "IDE01" }?.changes.first?.effects.map(\.rule) == ["REQUEST"])
        #expect(diff.hardIntroduced.map(\.rule) == ["FPH-30"])
        #expect(ide02.workedMinutesBefore == 0 && ide02.workedMinutesAfter == 900)
    }

    /// A night for IDE02 opens a spread of one night between the two IDE: 10 of fairness, which
    /// concerns no single cell and is reported as unit-wide.
    @Test func fairnessIsAUnitWideEffect() throws {
        let diff = try Self.diff(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.proposal, "- - - - N - -"))
        #expect(diff.unitWideChanges.map(\.rule) == ["FAIR-NIGHTS"])
        #expect(diff.unitWideChanges.first?.penaltyDelta == 10)
        #expect(diff.byPerson.first?.changes.first?.effects.isEmpty == true)
        #expect(diff.byPerson.first?.nightsBefore == 0 && diff.byPerson.first?.nightsAfter == 1)
        #expect(diff.objectiveDelta == 10)
    }

    @Test func identicalRostersHaveNoChange() throws {
        let roster = try Self.roster(Self.proposal, Self.nobody)
        let diff = try Self.diff(roster, roster)
        #expect(diff.changeCount == 0 && diff.violationChanges.isEmpty && diff.objectiveDelta == 0)
        #expect(diff.text(.en).contains("The two rosters are identical."))
    }

    @Test func rostersOfDifferentUnitsPeriodsOrStaffAreRefused() throws {
        let a = try Self.roster(Self.proposal, Self.nobody)
        var other = a
        other.scenario = "another unit"
        #expect(throws: RosterDiffError.differentUnit(before: "tiny unit", after: "another unit")) { try Self.diff(a, other) }
        var shifted = a
        shifted.period = PlanningPeriod(start: .jun(8), days: 7)
        #expect(throws: RosterDiffError.differentPeriod(before: a.period, after: shifted.period)) { try Self.diff(a, shifted) }
        var fewer = a
        fewer.rows.removeLast()
        #expect(throws: RosterDiffError.differentStaff(onlyBefore: ["IDE02"], onlyAfter: [])) { try Self.diff(a, fewer) }
        var unknownShift = a
        unknownShift.rows[0].shifts[0] = "X"
        #expect {
            try Self.diff(a, unknownShift)
        } throws: { error in
            guard case RosterDiffError.rosterDoesNotFit(let inner) = error else { return false }
            return inner.issues.contains { $0.message.contains("unknown shift code « X »") }
        }
    }

    @Test func renderingsCarryTheKeyFacts() throws {
        let diff = try Self.diff(try Self.roster(Self.proposal, Self.nobody), try Self.roster(Self.nobody, Self.nobody, author: "cadre:Martin"))
        let fr = diff.text()
        #expect(fr.contains("Objectif : 50 → 11000 (+10950)"))
        #expect(fr.contains("3 juin : M → repos [cadre:Martin] — +10950 :"))
        #expect(fr.contains("demande de IDE01 (3 juin) honorée −50"))
        #expect(fr.contains("effectif minimum (3 juin M IDE) enfreinte +10000 [impérative]"))
        #expect(fr.contains("3 juin M (IDE) : 1 → 0 ; min 1, cible 1 ✘ sous le minimum"))
        #expect(fr.contains("Demandes honorées : 0/1 → 1/1"))
        let en = diff.text(.en)
        #expect(en.contains("request of IDE01 (2026-06-03) honoured −50"))
        #expect(en.contains("✘ Hard rules broken by the changes:"))

        let json = ScenarioFile.encode(diff)
        let decoded = try JSONDecoder().decode(RosterDiff.self, from: json)
        #expect(decoded.objectiveDelta == 10_950)
        #expect(decoded.byPerson.first?.changes.first?.effects.map(\.rule) == ["COVER-MIN", "COVER-TARGET", "REQUEST"])
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let hard = try #require(object["hardIntroduced"] as? [[String: Any]])
        #expect(hard.first?["penaltyDelta"] as? Double == 10_000)

        let html = diff.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<link"))
        #expect(html.contains("<td>IDE01</td><td>3 juin</td><td>M</td><td>repos</td><td>cadre:Martin</td><td class=\"bad\">+10950</td>"))
        #expect(html.contains("demande de IDE01 (3 juin) honorée −50"))
    }

    @Test func htmlEscapesWhatItQuotes() {
        #expect(HTMLText.escape("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;")
    }
}
