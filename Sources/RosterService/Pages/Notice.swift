/// The confirmation shown after a form post, carried as `?ok=CODE` by the redirection: a
/// closed set, so that a crafted link cannot make a page display arbitrary text.
enum Notice: String, Sendable, CaseIterable {
    case jobRequested = "calcul-demande"
    case jobCancelled = "calcul-annule"
    case reviewStarted = "revue-commencee"
    case acknowledged = "point-pris-en-compte"
    case overridden = "justification-enregistree"
    case validated = "version-validee"
    case signed = "version-signee"
    case cellChanged = "case-modifiee"
    case variantsRequested = "variantes-demandees"
    case repairRequested = "reparation-demandee"
    case stressRequested = "test-de-charge-demande"

    var text: String {
        switch self {
        case .jobRequested: "Calcul demandé : la page se met à jour toute seule."
        case .jobCancelled: "Calcul annulé."
        case .reviewStarted: "Revue commencée."
        case .acknowledged: "Point d'attention pris en compte."
        case .overridden: "Justification enregistrée."
        case .validated: "Version validée : elle peut être signée."
        case .signed: "Version signée."
        case .cellChanged: "Case modifiée : nouvelle version enregistrée, les changements sont encadrés en bleu."
        case .variantsRequested: "Variantes demandées : la page se met à jour toute seule ; chaque variante sera une nouvelle version."
        case .repairRequested: "Réparation demandée : la page se met à jour toute seule ; le planning réparé sera une nouvelle version."
        case .stressRequested: "Test de charge demandé : la page se met à jour toute seule."
        }
    }

    /// The notice named by the `ok` query parameter, if it is one.
    static func from(query value: String?) -> String? {
        value.flatMap(Notice.init(rawValue:))?.text
    }
}
