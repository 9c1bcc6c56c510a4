import Foundation
import Testing
@testable import Scheduling

/// Every cell of a proposal says what set it — an engine, the repair, the cadre, a lock, an
/// absence — and rosters written before origins were kept still read and explain as before.
@Suite struct CellOriginTests {
    /// Three IDE, one matin needed each day (at most one); IDE01's Monday matin is locked and
    /// IDE02 is on leave (CA) on Thursday and Friday.
    static let unit = TinyUnit(agents: ["IDE01", "IDE02", "IDE03"]).with {
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1, maximum: 1)]
        $0.locks = [CellLock(staff: "IDE01", date: .jun(1), shift: "M")]
        $0.absences = [Absence(staff: "IDE02", days: DaySelection(from: .jun(4), to: .jun(5)), code: "CA")]
    }

    static func grid(_ problem: PlanningProblem, _ rows: String...) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for (s, row) in rows.enumerated() {
            for (d, code) in TinyUnit.tokens(row).enumerated() { grid[s, d] = code.flatMap { problem.shiftIndex[$0] } ?? -1 }
        }
        return grid
    }

    @Test(arguments: [SolverEngine.hybrid, .mip, .localSearch, .greedy])
    func aSolvedRosterRecordsAnOriginForEveryCell(_ engine: SolverEngine) throws {
        let problem = try Self.unit.problem()
        let result = try RosterSolver.solve(problem, engine: engine, options: SolveOptions(timeLimitSeconds: nil, iterationLimit: 5_000, seed: 3))
        let roster = try #require(result.roster)
        let origins = try #require(problem.origins(for: roster))
        for row in roster.rows { #expect(row.origins?.count == problem.dayCount) }
        #expect(origins[0, 0] == .lock)
        #expect(origins[1, 3] == .absence && origins[1, 4] == .absence)
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where !(s == 0 && d == 0) && !(s == 1 && (d == 3 || d == 4)) {
                #expect(origins[s, d].isSolver, "\(engine) cell \(s),\(d): \(origins[s, d])")
            }
        }
        if engine == .mip { #expect(origins.cells.filter(\.isSolver).allSatisfy { $0 == .mip }) }
        if engine == .greedy { #expect(origins.cells.filter(\.isSolver).allSatisfy { $0 == .greedy }) }
    }

    @Test func anEditedCellIsTheCadresAndTheOthersKeepTheirOrigin() throws {
        let problem = try Self.unit.problem()
        let grid = Self.grid(problem, "M - - - - - -", "- M M - - - -", "- - - M M M M")
        let proposal = problem.roster(from: grid, provenance: Provenance(engine: "hybrid", engineVersion: "t"),
                                      origins: problem.origins(of: grid, setBy: .lns))
        let start = EditedRoster(problem: problem, grid: grid, origins: problem.origins(for: proposal))
        let edited = try start.applying(.swap("IDE02", "IDE03", date: .jun(2)))
        let origins = try #require(problem.origins(for: edited.roster))
        #expect(origins[1, 1] == .cadre && origins[2, 1] == .cadre)
        #expect(origins[1, 2] == .lns && origins[0, 0] == .lock)
        let explanation = CellExplainer(problem: problem).explain(edited.grid, provenance: edited.roster.provenance, origins: origins, staff: 2, day: 1)
        #expect(explanation.origins == [.cell(.cadre), .roster(author: "cadre")])
        #expect(explanation.text().contains("Origine : case fixée par : modification du cadre, planning de cadre"))
        // The diff says who set each changed cell.
        let diff = try RosterDiff.compare(proposal, edited.roster, evaluator: Evaluator(problem: problem))
        #expect(diff.byDate.flatMap(\.changes).map(\.origin) == [.cadre, .cadre])
    }

    @Test func cellsTheRepairMovesAreTheRepairsAndAbsencesAreAbsences() throws {
        let problem = try Self.unit.with { $0.absences = [] }.problem()
        let current = Self.grid(problem, "M M M - - - -", "- - - M M - -", "- - - - - M M")
        let disrupted = try Disruption(absences: [.init(staff: ["IDE01"], from: .jun(2), to: .jun(2))]).applied(to: problem.scenario)
        let result = try RosterRepair.repair(try PlanningProblem(disrupted), current: current,
                                             currentOrigins: problem.origins(of: current, setBy: .mip),
                                             options: SolveOptions(timeLimitSeconds: 2, nodeLimit: 2_000))
        let origins = try #require(result.problem.origins(for: result.roster))
        let moved = try #require(result.changes.first { $0.kind == .repair })
        let s = try #require(problem.staffIndex[moved.staff])
        #expect(origins[s, 1] == .repair)
        #expect(origins[0, 1] == .absence)
        #expect(origins[0, 0] == .lock && origins[0, 2] == .mip)
        #expect(origins.cells.filter { $0 == .repair }.count == result.otherChanges)
    }

    /// A roster file written before origins were kept: no `origins` key in its rows.
    static let oldRosterJSON = """
        {"scenario": "tiny unit", "period": {"start": "2026-06-01", "days": 7},
         "provenance": {"engine": "lns", "engineVersion": "0.1.0"},
         "rows": [{"staff": "IDE01", "shifts": ["M", null, null, null, null, null, null]},
                  {"staff": "IDE02", "shifts": [null, "M", "M", null, null, null, null]},
                  {"staff": "IDE03", "shifts": [null, null, null, "M", "M", "M", "M"]}]}
        """

    @Test func anOldRosterWithoutOriginsStillDecodesAndExplainsAsBefore() throws {
        let problem = try Self.unit.with { $0.absences = [] }.problem()
        let roster = try JSONDecoder().decode(Roster.self, from: Data(Self.oldRosterJSON.utf8))
        #expect(roster.rows.allSatisfy { $0.origins == nil })
        #expect(problem.origins(for: roster) == nil)
        let grid = try problem.grid(for: roster)
        let explanation = CellExplainer(problem: problem).explain(grid, provenance: roster.provenance, origins: problem.origins(for: roster), staff: 1, day: 1)
        #expect(explanation.origins == [.roster(author: "engine:lns")])
        // Written back, it still has no origins, and its content hash does not depend on them.
        #expect(!String(decoding: try JSONEncoder().encode(roster), as: UTF8.self).contains("origins"))
        let withOrigins = problem.roster(from: grid, provenance: roster.provenance, origins: problem.origins(of: grid, setBy: .lns))
        #expect(withOrigins.canonicalContent == roster.canonicalContent)
    }

    @Test func originsAreStoredAsOneLetterPerDayAndReadBack() throws {
        let problem = try Self.unit.problem()
        let grid = Self.grid(problem, "M - - - - - -", "- M M - - - -", "- - - M M M M")
        var origins = problem.origins(of: grid, setBy: .localSearch)
        origins[2, 6] = .repair
        let roster = problem.roster(from: grid, origins: origins)
        let json = String(decoding: try JSONEncoder().encode(roster), as: UTF8.self)
        #expect(json.contains(#""origins":"kllllll""#))
        #expect(json.contains(#""origins":"lllaall""#))
        #expect(json.contains(#""origins":"llllllr""#))
        let decoded = try JSONDecoder().decode(Roster.self, from: Data(json.utf8))
        #expect(decoded == roster)
    }

    @Test(arguments: [#""origins": "gx""#, #""origins": "ggg""#])
    func anUnknownLetterOrAWrongLengthIsRefused(_ field: String) {
        let json = #"{"staff": "IDE01", "shifts": ["M", null], "# + field + "}"
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RosterRow.self, from: Data(json.utf8)) }
    }

    @Test func aNewVersionsChangedCellsAreTheCadresUnlessTheRosterSaysOtherwise() throws {
        let problem = try Self.unit.problem()
        let grid = Self.grid(problem, "M - - - - - -", "- M M - - - -", "- - - M M M M")
        let parent = problem.roster(from: grid, origins: problem.origins(of: grid, setBy: .mip))
        // A hand-edited file: IDE03 gives Sunday's matin to IDE01, the parent's origins copied.
        var child = parent
        child.rows[0].shifts[6] = "M"
        child.rows[2].shifts[6] = nil
        // and a repair moved IDE02's Tuesday to IDE03.
        child.rows[1].shifts[1] = nil
        child.rows[2].shifts[1] = "M"
        child.rows[1].origins?[1] = .repair
        child.rows[2].origins?[1] = .repair
        let saved = child.withEditOrigins(from: parent)
        let origins = try #require(problem.origins(for: saved))
        #expect(origins[0, 6] == .cadre && origins[2, 6] == .cadre)
        #expect(origins[1, 1] == .repair && origins[2, 1] == .repair)
        #expect(origins[1, 2] == .mip && origins[0, 0] == .lock)
        // A parent without origins: changed cells are the cadre's, the others unknown.
        var old = parent
        for i in old.rows.indices { old.rows[i].origins = nil }
        var plain = child
        for i in plain.rows.indices { plain.rows[i].origins = nil }
        let fromOld = try #require(problem.origins(for: plain.withEditOrigins(from: old)))
        #expect(fromOld[0, 6] == .cadre && fromOld[1, 2] == .unknown)
    }
}
