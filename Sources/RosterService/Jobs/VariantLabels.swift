import Scheduling

/// The French names of the variants' priorities (`PriorityProfile`), for the pages and notes.
enum VariantLabels {
    static func label(_ profile: String) -> String {
        switch PriorityProfile(rawValue: profile) {
        case .standard: "pondérations de l'unité"
        case .requests: "demandes d'abord"
        case .fairness: "équité d'abord"
        case .leastOvertime: "moins d'heures supplémentaires"
        case .stability: "stabilité"
        case nil: profile
        }
    }

    /// What each priority favours, one sentence.
    static func explanation(_ profile: PriorityProfile) -> String {
        switch profile {
        case .standard: "Les poids de l'unité, sans changement."
        case .requests: "Les désidératas des agents comptent quatre fois plus."
        case .fairness: "La répartition des nuits, week-ends et fériés compte cinq fois plus."
        case .leastOvertime: "Les écarts d'heures au contrat comptent cinq fois plus."
        case .stability: "Chaque case changée par rapport à cette version coûte 100 points."
        }
    }
}
