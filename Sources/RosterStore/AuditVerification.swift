/// The outcome of `AuditChain.verify`: no problem means the log is intact.
public struct AuditVerification: Sendable, Hashable {
    public var entriesChecked: Int
    public var lastHash: String?
    public var problems: [AuditProblem]
    public var isIntact: Bool { problems.isEmpty }
}
