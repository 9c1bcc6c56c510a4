/// One thing the cadre must act on before signing: a hard violation to override with a
/// justification, or a point of attention (*point d'attention*) to acknowledge.
public struct ReviewItem: Codable, Sendable, Hashable, Identifiable {
    /// Stable key, the same every time the same roster is checked against the same scenario,
    /// e.g. `hard/FPH-30/IDE03/2026-06-04` or `attention/request/IDE07/2026-06-12`.
    public var id: String
    public var kind: Kind
    public var message: LocalizedText

    public init(id: String, kind: Kind, message: LocalizedText) {
        self.id = id
        self.kind = kind
        self.message = message
    }

    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A hard rule broken: signing needs a written override.
        case hardViolation = "hard-violation"
        /// A soft penalty above the policy's threshold.
        case softViolation = "soft-violation"
        /// A person far from the group on nights, weekends or hours.
        case fairnessOutlier = "fairness-outlier"
        /// A refused request of high weight (priority 1 désidérata…).
        case heavyRequest = "heavy-request"
        /// A proposal whose quality is unproven: no lower bound, or a large gap.
        case unprovenQuality = "unproven-quality"
        /// A cell whose best legal alternative costs barely more (or less) than its content.
        case nearTie = "near-tie"

        public var needsOverride: Bool { self == .hardViolation }
    }
}
