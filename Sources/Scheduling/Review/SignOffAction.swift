/// A step of the sign-off workflow.
public enum SignOffAction: String, Codable, Sendable, Hashable, CaseIterable {
    case startReview = "start-review"
    case acknowledge
    case override
    case validate
    case sign

    public var label: LocalizedText {
        switch self {
        case .startReview: LocalizedText(fr: "commencer la revue", en: "start the review")
        case .acknowledge: LocalizedText(fr: "prendre en compte", en: "acknowledge")
        case .override: LocalizedText(fr: "déroger", en: "override")
        case .validate: LocalizedText(fr: "valider", en: "validate")
        case .sign: LocalizedText(fr: "signer", en: "sign")
        }
    }
}
