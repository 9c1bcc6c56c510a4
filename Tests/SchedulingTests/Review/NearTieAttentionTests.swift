import Testing
@testable import Scheduling

/// A near tie — a solver-set cell whose best legal alternative costs barely more, or less — is
/// a point of attention the cadre must acknowledge before signing.
@Suite struct NearTieAttentionTests {
    /// IDE01 and IDE02 both asked for Wednesday 3 June off (P2, 50 each); one IDE is needed that
    /// night. Whoever works it, one request is refused: the two are interchangeable, and the
    /// solver's choice is a coin toss the cadre should see.
    static let unit: TinyUnit = {
        var unit = TinyUnit(agents: ["IDE01", "IDE02"])
        unit.requests = ["IDE01", "IDE02"].map { StaffRequest(staff: $0, days: .on(.jun(3)), kind: .dayOff, priority: .p2) }
        unit.demand = [DemandRule(days: .on(.jun(3)), shift: "N", skill: "IDE", minimum: 1)]
        return unit
    }()

    /// IDE01 on the night, with a proven-optimal provenance (no quality point).
    static func roster(_ problem: PlanningProblem, origin: CellOrigin = .mip) throws -> (Roster, EvaluationReport) {
        var grid = ShiftGrid(staffCount: 2, dayCount: 7)
        grid[0, 2] = try #require(problem.shiftIndex["N"])
        let report = Evaluator(problem: problem).evaluate(grid)
        let roster = problem.roster(from: grid, provenance: Provenance(engine: "mip", engineVersion: "t", objective: report.objective, bound: report.objective),
                                    origins: problem.origins(of: grid, setBy: origin))
        return (roster, report)
    }

    @Test func twoAgentsInterchangeableForANightMakeANearTiePoint() throws {
        let problem = try Self.unit.problem()
        let (roster, report) = try Self.roster(problem)
        let checklist = try ReviewChecklist(problem: problem, roster: roster, report: report)
        let point = try #require(checklist.attentionPoints.first { $0.kind == .nearTie })
        #expect(point.id == "attention/near-tie/IDE01/2026-06-03")
        #expect(point.message.fr.hasPrefix("Quasi-égalité : IDE01 le 3 juin (N) — la meilleure autre possibilité légale coûte ±0 : si IDE02 prenait N à la place de IDE01"))
        #expect(checklist.attentionPoints.map(\.kind) == [.nearTie])
    }

    @Test func signingWithoutAcknowledgingTheNearTieIsRefused() throws {
        let problem = try Self.unit.problem()
        let (roster, report) = try Self.roster(problem)
        let checklist = try ReviewChecklist(problem: problem, roster: roster, report: report)
        let id = "attention/near-tie/IDE01/2026-06-03"
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        #expect(throws: SignOffError.attentionPointsNotAcknowledged([id])) { try workflow.validate(checklist, by: "Mme Cadre") }
        var forced = SignOffWorkflow(version: 1, state: .validated)
        let record = SignatureRecord(signer: "Mme Cadre", signedAt: "2026-05-20T10:00:00Z", rosterSHA256: String(repeating: "a", count: 64),
                                     scenarioSHA256: String(repeating: "b", count: 64), provenance: roster.provenance)
        #expect(throws: SignOffError.attentionPointsNotAcknowledged([id])) { try forced.sign(checklist, record: record) }
        try workflow.acknowledge(id, in: checklist, by: "Mme Cadre", at: "t1", note: "IDE01 a accepté la nuit")
        try workflow.validate(checklist, by: "Mme Cadre")
        try workflow.sign(checklist, record: record)
        #expect(workflow.state == .signed)
    }

    @Test func aCellTheCadreSetIsNotANearTie() throws {
        let problem = try Self.unit.problem()
        let (roster, report) = try Self.roster(problem, origin: .cadre)
        let checklist = try ReviewChecklist(problem: problem, roster: roster, report: report)
        #expect(checklist.attentionPoints.isEmpty)
    }

    @Test func thePolicyBoundsTheNearTiesAndCanTurnThemOff() throws {
        let problem = try Self.unit.problem()
        let (roster, report) = try Self.roster(problem)
        let off = try ReviewChecklist(problem: problem, roster: roster, report: report, policy: SignOffPolicy(nearTieTolerance: nil))
        #expect(off.attentionPoints.isEmpty)
        let none = try ReviewChecklist(problem: problem, roster: roster, report: report, policy: SignOffPolicy(nearTieLimit: 0))
        #expect(none.attentionPoints.isEmpty)
        // A tolerance below zero keeps only cells the roster could improve: none here.
        let strict = try ReviewChecklist(problem: problem, roster: roster, report: report, policy: SignOffPolicy(nearTieTolerance: -1))
        #expect(strict.attentionPoints.isEmpty)
    }
}
