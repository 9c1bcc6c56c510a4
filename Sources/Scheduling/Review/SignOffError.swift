/// Why a sign-off step was refused. Each case says what to do, in French and English.
public enum SignOffError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The step is not allowed from the version's current state.
    case invalidTransition(from: SignOffState, action: SignOffAction)
    /// A signed version never changes; edit it to make a new version.
    case signedVersionIsImmutable(version: Int)
    /// Hard violations remain without a written override.
    case hardViolationsNotOverridden([String])
    /// Points of attention remain unacknowledged.
    case attentionPointsNotAcknowledged([String])
    /// The justification of an override is empty or too short to mean anything.
    case justificationTooShort(item: String, minimum: Int)
    /// The key names no item of this version's checklist.
    case unknownItem(String)
    /// An override was given for a point of attention, or an acknowledgement for a hard violation.
    case wrongActionForItem(item: String, kind: ReviewItem.Kind)
    /// The person acting is not named.
    case actorMissing

    public var message: LocalizedText {
        switch self {
        case .invalidTransition(let from, let action):
            LocalizedText(fr: "Action « \(action.label.fr) » impossible : la version est à l'état « \(from.label.fr) ».",
                          en: "Cannot \(action.label.en): the version is \(from.label.en).")
        case .signedVersionIsImmutable(let version):
            LocalizedText(fr: "La version \(version) est signée et ne peut plus être modifiée ; enregistrez une nouvelle version.",
                          en: "Version \(version) is signed and can no longer change; save a new version instead.")
        case .hardViolationsNotOverridden(let keys):
            LocalizedText(fr: "Validation ou signature refusée : \(keys.count) violation(s) de règle impérative sans dérogation justifiée : \(keys.joined(separator: ", ")).",
                          en: "Validation or signature refused: \(keys.count) hard violation(s) without a justified override: \(keys.joined(separator: ", ")).")
        case .attentionPointsNotAcknowledged(let keys):
            LocalizedText(fr: "\(keys.count) point(s) d'attention non pris en compte : \(keys.joined(separator: ", ")).",
                          en: "\(keys.count) point(s) of attention not acknowledged: \(keys.joined(separator: ", ")).")
        case .justificationTooShort(let item, let minimum):
            LocalizedText(fr: "Dérogation « \(item) » : la justification doit compter au moins \(minimum) caractères et expliquer la décision.",
                          en: "Override « \(item) »: the justification must be at least \(minimum) characters and explain the decision.")
        case .unknownItem(let key):
            LocalizedText(fr: "« \(key) » n'est ni une violation ni un point d'attention de cette version (voir `review show`).",
                          en: "« \(key) » is neither a violation nor a point of attention of this version (see `review show`).")
        case .wrongActionForItem(let item, let kind):
            kind.needsOverride
                ? LocalizedText(fr: "« \(item) » est une violation de règle impérative : elle demande une dérogation justifiée, pas une simple prise en compte.",
                                en: "« \(item) » is a hard violation: it needs a justified override, not an acknowledgement.")
                : LocalizedText(fr: "« \(item) » est un point d'attention : il se prend en compte (ack), sans dérogation.",
                                en: "« \(item) » is a point of attention: acknowledge it, no override needed.")
        case .actorMissing:
            LocalizedText(fr: "Le nom de la personne qui agit est obligatoire.", en: "The name of the person acting is required.")
        }
    }

    public var description: String { message.fr + " / " + message.en }
}
