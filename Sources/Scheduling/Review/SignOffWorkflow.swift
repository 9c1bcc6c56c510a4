import Foundation

/// The sign-off of one roster version as a value: its state, the overrides and
/// acknowledgements given so far, and the signature once signed.
///
/// Every step checks that it is allowed and throws a `SignOffError` otherwise; the store
/// persists the result. No step is possible once the version is signed.
public struct SignOffWorkflow: Codable, Sendable, Hashable {
    public var version: Int
    public private(set) var state: SignOffState
    public private(set) var overrides: [Override]
    public private(set) var acknowledgements: [Acknowledgement]
    public private(set) var signature: SignatureRecord?
    public let policy: SignOffPolicy

    public init(version: Int, state: SignOffState = .proposed, overrides: [Override] = [], acknowledgements: [Acknowledgement] = [],
                signature: SignatureRecord? = nil, policy: SignOffPolicy = .standard) {
        self.version = version
        self.state = state
        self.overrides = overrides
        self.acknowledgements = acknowledgements
        self.signature = signature
        self.policy = policy
    }

    /// proposed → under review.
    public mutating func startReview(by actor: String) throws(SignOffError) {
        try require(.startReview, in: [.proposed], actor: actor)
        state = .underReview
    }

    /// Acknowledges one point of attention (under review only). Acknowledging twice keeps the first.
    public mutating func acknowledge(_ item: String, in checklist: ReviewChecklist, by actor: String, at time: String, note: String? = nil) throws(SignOffError) {
        try require(.acknowledge, in: [.underReview], actor: actor)
        guard let found = checklist.item(item) else { throw .unknownItem(item) }
        guard !found.kind.needsOverride else { throw .wrongActionForItem(item: item, kind: found.kind) }
        guard !acknowledgements.contains(where: { $0.item == item }) else { return }
        acknowledgements.append(Acknowledgement(item: item, by: actor, at: time, note: note))
    }

    /// Overrides one hard violation with a written justification (under review only).
    public mutating func override(_ item: String, justification: String, in checklist: ReviewChecklist, by actor: String, at time: String) throws(SignOffError) {
        try require(.override, in: [.underReview], actor: actor)
        guard let found = checklist.item(item) else { throw .unknownItem(item) }
        guard found.kind.needsOverride else { throw .wrongActionForItem(item: item, kind: found.kind) }
        let text = justification.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.meaningfulLength(text) >= policy.minimumJustificationLength else {
            throw .justificationTooShort(item: item, minimum: policy.minimumJustificationLength)
        }
        overrides.removeAll { $0.item == item }
        overrides.append(Override(item: item, justification: text, by: actor, at: time))
    }

    /// under review → validated, once nothing is left open.
    public mutating func validate(_ checklist: ReviewChecklist, by actor: String) throws(SignOffError) {
        try require(.validate, in: [.underReview], actor: actor)
        try checkNothingOpen(checklist)
        state = .validated
    }

    /// validated → signed. The checklist is checked again: the roster or scenario may not have changed since.
    public mutating func sign(_ checklist: ReviewChecklist, record: SignatureRecord) throws(SignOffError) {
        try require(.sign, in: [.validated], actor: record.signer)
        try checkNothingOpen(checklist)
        signature = record
        state = .signed
    }

    /// What still blocks the signature: hard violations without override, unacknowledged points.
    public func openItems(_ checklist: ReviewChecklist) -> (hard: [String], attention: [String]) {
        let overridden = Set(overrides.map(\.item))
        let acknowledged = Set(acknowledgements.map(\.item))
        return (checklist.hardViolations.map(\.id).filter { !overridden.contains($0) },
                checklist.attentionPoints.map(\.id).filter { !acknowledged.contains($0) })
    }

    func checkNothingOpen(_ checklist: ReviewChecklist) throws(SignOffError) {
        let open = openItems(checklist)
        guard open.hard.isEmpty else { throw .hardViolationsNotOverridden(open.hard) }
        guard open.attention.isEmpty else { throw .attentionPointsNotAcknowledged(open.attention) }
    }

    func require(_ action: SignOffAction, in states: [SignOffState], actor: String) throws(SignOffError) {
        if state == .signed { throw .signedVersionIsImmutable(version: version) }
        guard !actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .actorMissing }
        guard states.contains(state) else { throw .invalidTransition(from: state, action: action) }
    }

    /// Letters and digits only: "........" or "ok ok ok" padding does not count.
    static func meaningfulLength(_ text: String) -> Int {
        text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
    }
}
