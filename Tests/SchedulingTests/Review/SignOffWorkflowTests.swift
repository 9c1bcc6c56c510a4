import Testing
@testable import Scheduling

/// The sign-off gate: states in order, no signature over an unjustified hard violation or an
/// unacknowledged point of attention, nothing changes once signed.
@Suite struct SignOffWorkflowTests {
    /// Day 2 has no matin: one COVER-MIN hard violation; IDE2's P1 request is honoured.
    static let uncovered = SignOffFixture.roster("M - M", "- - -")
    /// Every matin covered, IDE2's request honoured, a bound equal to the score.
    static let clean = SignOffFixture.roster("M - M", "- - -").with { $0.rows[0].shifts[1] = "M" }
    static let justification = "Deux IDE en arrêt maladie, intérimaire confirmée par la direction des soins."

    @Test func aCleanRosterGoesThroughEveryStateAndRecordsTheSignature() throws {
        let checklist = try SignOffFixture.checklist(Self.clean)
        #expect(checklist.items.isEmpty)
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        #expect(workflow.state == .underReview)
        try workflow.validate(checklist, by: "Mme Cadre")
        #expect(workflow.state == .validated)
        try workflow.sign(checklist, record: SignOffFixture.record(Self.clean))
        #expect(workflow.state == .signed)
        #expect(workflow.signature?.seed == 7)
        #expect(workflow.signature?.engine == "mip")
        #expect(workflow.signature?.parameters == ["timeLimit": "10"])
    }

    @Test func aHardViolationWithoutOverrideBlocksValidationAndSignature() throws {
        let checklist = try SignOffFixture.checklist(Self.uncovered)
        let hard = try #require(checklist.hardViolations.first)
        #expect(checklist.hardViolations.count == 1)
        #expect(hard.id == "hard/COVER-MIN/-/2026-06-02/M/IDE")
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        #expect(throws: SignOffError.hardViolationsNotOverridden([hard.id])) { try workflow.validate(checklist, by: "Mme Cadre") }
        // Even a workflow forced to `validated` cannot sign over the open violation.
        var forced = SignOffWorkflow(version: 1, state: .validated)
        #expect(throws: SignOffError.hardViolationsNotOverridden([hard.id])) {
            try forced.sign(checklist, record: SignOffFixture.record(Self.uncovered))
        }
        #expect(forced.state == .validated)
        #expect(forced.signature == nil)
    }

    @Test func aJustifiedOverrideLetsTheRosterBeSigned() throws {
        let checklist = try SignOffFixture.checklist(Self.uncovered)
        let hard = try #require(checklist.hardViolations.first)
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        try workflow.override(hard.id, justification: Self.justification, in: checklist, by: "Mme Cadre", at: "t1")
        try workflow.validate(checklist, by: "Mme Cadre")
        try workflow.sign(checklist, record: SignOffFixture.record(Self.uncovered))
        #expect(workflow.state == .signed)
        #expect(workflow.overrides.map(\.justification) == [Self.justification])
    }

    @Test(arguments: ["", "   ", "ok", "vu ....... !!!! ????"])
    func anEmptyOrMeaninglessJustificationIsRefused(_ text: String) throws {
        let checklist = try SignOffFixture.checklist(Self.uncovered)
        let hard = try #require(checklist.hardViolations.first)
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        #expect(throws: SignOffError.justificationTooShort(item: hard.id, minimum: 20)) {
            try workflow.override(hard.id, justification: text, in: checklist, by: "Mme Cadre", at: "t1")
        }
        #expect(workflow.overrides.isEmpty)
    }

    @Test func aRefusedPriorityOneRequestMustBeAcknowledgedNotOverridden() throws {
        // IDE2 works on 2 June, the day she asked off (P1, weight 500). Swapping with IDE1 that
        // day would honour it (−500): her cell is also a near tie, in a point of its own.
        let roster = SignOffFixture.roster("M - M", "- M -")
        let checklist = try SignOffFixture.checklist(roster)
        #expect(checklist.hardViolations.isEmpty)
        let point = try #require(checklist.attentionPoints.first { $0.kind == .heavyRequest })
        #expect(checklist.attentionPoints.map(\.id) == [point.id, "attention/near-tie/IDE2/2026-06-02"])
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        try workflow.acknowledge("attention/near-tie/IDE2/2026-06-02", in: checklist, by: "Mme Cadre", at: "t", note: "vu")
        #expect(throws: SignOffError.attentionPointsNotAcknowledged([point.id])) { try workflow.validate(checklist, by: "Mme Cadre") }
        #expect(throws: SignOffError.wrongActionForItem(item: point.id, kind: .heavyRequest)) {
            try workflow.override(point.id, justification: Self.justification, in: checklist, by: "Mme Cadre", at: "t")
        }
        try workflow.acknowledge(point.id, in: checklist, by: "Mme Cadre", at: "t", note: "vu avec l'agent")
        try workflow.validate(checklist, by: "Mme Cadre")
        #expect(workflow.state == .validated)
    }

    @Test func aProposalWithoutBoundOrWithALargeGapIsAPointOfAttention() throws {
        let noBound = try SignOffFixture.checklist(SignOffFixture.roster("M M M", "- - -", bound: nil))
        #expect(noBound.attentionPoints.map(\.id) == ["attention/quality/no-bound"])
        var gapped = SignOffFixture.roster("M M M", "- - -")
        gapped.provenance?.objective = 100
        gapped.provenance?.bound = 50
        #expect(try SignOffFixture.checklist(gapped).attentionPoints.map(\.id) == ["attention/quality/gap"])
    }

    @Test func aFairnessOutlierIsAPointOfAttention() throws {
        // IDE1 works three nights, IDE2 none: mean 1.5, IDE1 is 1.5 above; with an excess of 1 she is an outlier.
        let roster = SignOffFixture.roster("N N N", "M M M").with { $0.rows[1].shifts[1] = "M" }
        let policy = SignOffPolicy(requestWeightThreshold: 10_000, fairnessExcess: 1)
        let checklist = try SignOffFixture.checklist(roster, policy: policy)
        #expect(checklist.attentionPoints.map(\.id).contains("attention/fairness/nights/IDE1"))
        #expect(!checklist.attentionPoints.map(\.id).contains("attention/fairness/nights/IDE2"))
    }

    @Test func aSignedVersionRefusesEveryFurtherStep() throws {
        let checklist = try SignOffFixture.checklist(Self.clean)
        var workflow = SignOffWorkflow(version: 3, state: .signed, signature: SignOffFixture.record(Self.clean))
        #expect(throws: SignOffError.signedVersionIsImmutable(version: 3)) { try workflow.startReview(by: "X") }
        #expect(throws: SignOffError.signedVersionIsImmutable(version: 3)) { try workflow.validate(checklist, by: "X") }
        #expect(throws: SignOffError.signedVersionIsImmutable(version: 3)) {
            try workflow.sign(checklist, record: SignOffFixture.record(Self.clean))
        }
    }

    @Test func stepsOutOfOrderAreRefusedWithTheirState() throws {
        let checklist = try SignOffFixture.checklist(Self.clean)
        var workflow = SignOffWorkflow(version: 1)
        #expect(throws: SignOffError.invalidTransition(from: .proposed, action: .sign)) {
            try workflow.sign(checklist, record: SignOffFixture.record(Self.clean))
        }
        #expect(throws: SignOffError.invalidTransition(from: .proposed, action: .validate)) { try workflow.validate(checklist, by: "X") }
        #expect(throws: SignOffError.actorMissing) { try workflow.startReview(by: "  ") }
        let error = SignOffError.invalidTransition(from: .proposed, action: .sign)
        #expect(error.message.fr.contains("signer"))
        #expect(error.message.en.contains("sign"))
    }

    @Test func unknownKeysAreNamed() throws {
        let checklist = try SignOffFixture.checklist(Self.uncovered)
        var workflow = SignOffWorkflow(version: 1)
        try workflow.startReview(by: "Mme Cadre")
        #expect(throws: SignOffError.unknownItem("hard/NOPE")) {
            try workflow.override("hard/NOPE", justification: Self.justification, in: checklist, by: "Mme Cadre", at: "t")
        }
    }

    @Test func theCanonicalContentIgnoresProvenanceButNotCells() {
        let a = SignOffFixture.roster("M M M", "- - -")
        var b = a
        b.provenance = nil
        #expect(a.canonicalContent == b.canonicalContent)
        b.rows[1].shifts[2] = "N"
        #expect(a.canonicalContent != b.canonicalContent)
    }
}

extension Roster {
    func with(_ change: (inout Roster) -> Void) -> Roster {
        var copy = self
        change(&copy)
        return copy
    }
}
