import Foundation
import Testing
@testable import Scheduling

/// A cell's explanation names the demand it covers, the request it refuses, and ranks the
/// alternatives by their exact cost difference per rule.
@Suite struct CellExplanationTests {
    /// IDE01 works the night of Wednesday 3 June although she asked for that day off (P2, 50);
    /// one IDE is needed that night. IDE02 already works the night of Friday 5 June. Nights are
    /// shared fairly at 10 per unit of spread. IDE02 works only matins and nights.
    static let unit: TinyUnit = {
        var unit = TinyUnit(staff: [TinyUnit.agent("IDE01"), TinyUnit.agent("IDE02", allowedShifts: ["M", "N"])],
                            rules: RuleSettings(fairness: FairnessSetting(nightsWeight: 10)))
        unit.requests = [StaffRequest(staff: "IDE01", days: .on(.jun(3)), kind: .dayOff, priority: .p2)]
        unit.demand = [DemandRule(days: .on(.jun(3)), shift: "N", skill: "IDE", minimum: 1)]
        return unit
    }()

    static func grid(_ problem: PlanningProblem, _ rows: String...) -> ShiftGrid {
        var grid = ShiftGrid(staffCount: problem.staffCount, dayCount: problem.dayCount)
        for (s, row) in rows.enumerated() {
            for (d, code) in TinyUnit.tokens(row).enumerated() { grid[s, d] = code.map { problem.shiftIndex[$0]! } ?? -1 }
        }
        return grid
    }

    /// The issue's own example: if IDE02 took this night instead of IDE01, IDE01's request would
    /// be honoured (−50) and IDE02 would work a second night, a spread of 2 (+20 fairness).
    @Test func theBestAlternativeIsTheSwapWithItsCostPerRule() throws {
        let problem = try Self.unit.problem()
        let grid = Self.grid(problem, "- - N - - - -", "- - - - N - -")
        let explanation = CellExplainer(problem: problem).explain(grid, provenance: Provenance(engine: "lns", engineVersion: "t"), staff: 0, day: 2)
        #expect(explanation.shift == "N")
        #expect(explanation.origins == [.roster(author: "engine:lns")])
        #expect(explanation.demand == [CellExplanation.DemandStatus(shift: "N", skill: "IDE", count: 1, minimum: 1, target: nil, maximum: nil)])
        #expect(explanation.requests == [CellExplanation.RequestStatus(kind: .dayOff, shift: nil, priority: .p2, weight: 50, honoured: false)])
        #expect(explanation.violations.map(\.rule) == ["REQUEST"])
        // five other shifts, the day off, and one swap
        #expect(explanation.alternativesConsidered == 7)
        let best = try #require(explanation.alternatives.first)
        #expect(best.move == .swap(with: "IDE02", theirShift: nil))
        #expect(best.ruleDeltas == [CellExplanation.RuleDelta(rule: "FAIR-NIGHTS", penaltyDelta: 20, hardDelta: 0),
                                    CellExplanation.RuleDelta(rule: "REQUEST", penaltyDelta: -50, hardDelta: 0)])
        #expect(best.totalDelta == -30)
        #expect(!best.breaksHardRule)
        #expect(best.sentence.fr == "si IDE02 prenait N à la place de IDE01 le 3 juin (IDE01 : repos) : équité des nuits enfreinte +20, demande de IDE01 (3 juin) honorée −50 — total −30")
        // leaving the night uncovered honours the request but costs the minimum staffing
        let off = try #require(explanation.alternatives.dropFirst().first)
        #expect(off.move == .reassign(to: nil))
        #expect(off.totalDelta == 10_000 - 50 + 10)
        #expect(off.breaksHardRule)
        #expect(explanation.alternatives.count == 3)
        #expect(explanation.nearTie)
        let text = explanation.text()
        #expect(text.contains("N (IDE) : 1 présent(s), min 1 — indispensable au minimum"))
        #expect(text.contains("Demande dayOff (P2, 50) : refusée"))
        #expect(text.contains("1. si IDE02 prenait N à la place de IDE01"))
        #expect(text.contains("par règle : FAIR-NIGHTS +20, REQUEST −50"))
        #expect(explanation.text(.en).contains("Near tie"))
    }

    @Test func nearTieCellsAreTheCellsWithACheapLegalAlternative() throws {
        let problem = try Self.unit.problem()
        let grid = Self.grid(problem, "- - N - - - -", "- - - - N - -")
        let explainer = CellExplainer(problem: problem)
        // IDE01's night: −30 by swapping. IDE02's night: +10 at best (off, or on the matin).
        #expect(explainer.nearTieCells(grid, tolerance: 5).map { "\($0.staff) \($0.date) \($0.best.totalDelta)" } == ["IDE01 2026-06-03 -30.0"])
        #expect(explainer.nearTieCells(grid, tolerance: 10).map(\.staff) == ["IDE01", "IDE02"])
    }

    /// With no rule to trade, every alternative changes nothing: equivalent choices, not near ties.
    @Test func movesThatChangeNothingAreNotNearTies() throws {
        let problem = try TinyUnit(agents: ["IDE01", "IDE02"]).problem()
        let grid = Self.grid(problem, "M - - - - - -", "- M - - - - -")
        let explainer = CellExplainer(problem: problem)
        let explanation = explainer.explain(grid, staff: 0, day: 0)
        #expect(explanation.alternatives.first?.totalDelta == 0 && explanation.alternatives.first?.effects.isEmpty == true)
        #expect(!explanation.nearTie)
        #expect(explainer.nearTieCells(grid).isEmpty)
    }

    @Test func historyDaysAndLockedCellsSayWhereTheyComeFrom() throws {
        var unit = Self.unit.history("N N")
        unit.locks = [CellLock(staff: "IDE02", date: .jun(1), shift: "M")]
        let problem = try unit.problem()
        let grid = Self.grid(problem, "- - N - - - -", "M - - - N - -")
        let explainer = CellExplainer(problem: problem)
        let history = explainer.explain(grid, staff: 0, day: -1)
        #expect(history.fromHistory && history.shift == "N" && history.origins == [.history] && history.alternatives.isEmpty)
        #expect(history.text().contains("Jour du mois précédent"))
        let locked = explainer.explain(grid, provenance: nil, staff: 1, day: 0)
        #expect(locked.origins == [.locked, .unknown])
        // changing a locked cell breaks the lock: never a legal alternative
        #expect(locked.alternatives.allSatisfy { $0.effects.contains { $0.rule == "LOCK" } })
    }

    /// Every alternative's per-rule effects are exactly what two full evaluations give, on a
    /// bundled scenario with every FPH rule on (a wrong local re-evaluation fails here).
    @Test func localReevaluationAgreesWithTheFullEvaluator() throws {
        let problem = try PlanningProblem(try ScenarioFile.load(path: RepositoryPaths.scenario("s1-medecine-juin-2026.json")))
        let grid = GreedyConstructor(problem: problem).build()
        let evaluator = Evaluator(problem: problem)
        let local = LocalChangeEvaluator(problem: problem)
        let before = evaluator.evaluate(grid).violations
        var generator = SplitMix(seed: 7)
        var baseline = LocalChangeEvaluator.Baseline(grid)  // shared: what it keeps must stay right
        for _ in 0..<60 {
            let s = Int(generator.next() % UInt64(problem.staffCount)), d = Int(generator.next() % UInt64(problem.dayCount))
            let partner = Int(generator.next() % UInt64(problem.staffCount))
            let t = Int(generator.next() % UInt64(problem.shiftCount + 1)) - 1
            let moves = partner == s
                ? [CellChange(staff: s, day: d, shift: t)]
                : [CellChange(staff: s, day: d, shift: grid[partner, d]), CellChange(staff: partner, day: d, shift: grid[s, d])]
            var after = grid
            for m in moves { after[m.staff, m.day] = m.shift }
            let expected = ViolationChange.compare(before: before, after: evaluator.evaluate(after).violations)
            #expect(local.changes(&baseline, setting: moves) == expected, "staff \(s) partner \(partner) day \(d) shift \(t)")
        }
    }
}

/// A small seeded generator so that the random checks repeat.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
