import Scheduling

/// One sign-off step worked out before anything is written: the new workflow and the rows and
/// audit entry the backend then writes in the transaction that loaded `context`.
package struct SignOffStep: Sendable {
    package let workflow: SignOffWorkflow
    /// The version's new state, when the step changed it.
    package let newState: SignOffState?
    package let newOverrides: [Override]
    package let newAcknowledgements: [Acknowledgement]
    package let newSignature: SignatureRecord?
    package let auditAction: String
    package let auditSubject: String
    package let auditPayload: [String: String]

    /// Applies `request` to the version of `context`; throws `StoreError.signOff` when the
    /// workflow refuses it.
    package init(_ request: SignOffRequest, context: VersionContext, rosterId: Int64, by actor: String, at time: String) throws(StoreError) {
        var workflow = context.workflow
        do throws(SignOffError) { try request.apply(to: &workflow, in: context, by: actor, at: time) } catch { throw .signOff(error) }
        let before = context.workflow
        self.workflow = workflow
        newState = workflow.state != before.state ? workflow.state : nil
        newOverrides = workflow.overrides.filter { !before.overrides.contains($0) }
        newAcknowledgements = workflow.acknowledgements.filter { !before.acknowledgements.contains($0) }
        newSignature = before.signature == nil ? workflow.signature : nil
        var details = request.auditPayload
        details["state"] = workflow.state.rawValue
        details["sha256"] = context.version.sha256
        if let signature = newSignature {
            details["scenarioSHA256"] = signature.scenarioSHA256
            details["engine"] = signature.engine ?? ""
            details["engineVersion"] = signature.engineVersion ?? ""
            details["seed"] = signature.seed.map { String($0) } ?? ""
            details["parameters"] = signature.parameters.map { CanonicalJSON.string($0) } ?? ""
        }
        auditAction = "review.\(request.action.rawValue)"
        auditSubject = "roster \(rosterId) v\(context.version.number)"
        auditPayload = details
    }
}
