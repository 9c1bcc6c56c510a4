/// Where a roster version stands in the cadre's sign-off workflow.
///
/// `proposed` → `underReview` → `validated` → `signed`. A signed version never changes again:
/// a later change is a new version whose parent is the signed one.
public enum SignOffState: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Written by a solver or an import, nobody has looked at it yet.
    case proposed
    /// The cadre (cadre de santé, the head nurse who owns the unit's roster) is reviewing it.
    case underReview = "under-review"
    /// Every hard violation is overridden and every point of attention acknowledged.
    case validated
    /// Signed: immutable.
    case signed

    public var description: String { rawValue }

    /// French label for printed documents.
    public var label: LocalizedText {
        switch self {
        case .proposed: LocalizedText(fr: "proposé", en: "proposed")
        case .underReview: LocalizedText(fr: "en revue", en: "under review")
        case .validated: LocalizedText(fr: "validé", en: "validated")
        case .signed: LocalizedText(fr: "signé", en: "signed")
        }
    }
}
