import Scheduling

/// A sign-off step asked of the store, with what it carries (the item and its note or
/// justification). Both backends apply it the same way (`SignOffStep`) inside one transaction.
public enum SignOffRequest: Sendable, Hashable {
    case startReview
    case acknowledge(item: String, note: String?)
    case override(item: String, justification: String)
    case validate
    case sign

    public var action: SignOffAction {
        switch self {
        case .startReview: .startReview
        case .acknowledge: .acknowledge
        case .override: .override
        case .validate: .validate
        case .sign: .sign
        }
    }

    /// What the audit entry records besides the new state and the content digest.
    var auditPayload: [String: String] {
        switch self {
        case .startReview, .validate, .sign: [:]
        case .acknowledge(let item, let note): ["item": item, "note": note ?? ""]
        case .override(let item, let justification): ["item": item, "justification": justification]
        }
    }

    /// Applies the step to the workflow of `context`'s version.
    func apply(to workflow: inout SignOffWorkflow, in context: VersionContext, by actor: String, at time: String) throws(SignOffError) {
        switch self {
        case .startReview:
            try workflow.startReview(by: actor)
        case .acknowledge(let item, let note):
            try workflow.acknowledge(item, in: context.checklist, by: actor, at: time, note: note)
        case .override(let item, let justification):
            try workflow.override(item, justification: justification, in: context.checklist, by: actor, at: time)
        case .validate:
            try workflow.validate(context.checklist, by: actor)
        case .sign:
            let record = SignatureRecord(signer: actor, signedAt: time, rosterSHA256: ContentDigest.sha256(context.roster.canonicalContent),
                                         scenarioSHA256: context.scenario.sha256, provenance: context.roster.provenance)
            try workflow.sign(context.checklist, record: record)
        }
    }
}
