extension CellExplanation {
    /// The explanation as terminal text, in French (default) or English.
    public func text(_ language: Language = .fr) -> String {
        let l = language
        let colon = l == .fr ? " : " : ": ", colonEnd = l == .fr ? " :" : ":"
        func t(_ fr: String, _ en: String) -> String { ReviewWording.pick(l, fr, en) }
        var lines: [String] = []
        lines.append("\(staff) — \(ReviewWording.date(date, l))\(colon)" + ReviewWording.shift(shift, l))
        let origin = origins.map { origin -> String in
            switch origin {
            case .history: t("historique du mois précédent", "history of last month")
            case .locked: t("verrouillée par le cadre", "locked by the cadre")
            case .absence(let code): t("absence \(code)", "absence \(code)")
            case .cell(let origin): t("case fixée par : ", "cell set by: ") + origin.label.text(l)
            case .roster(let author): t("planning de \(author)", "roster by \(author)")
            case .unknown: t("origine inconnue", "unknown origin")
            }
        }
        lines.append(t("Origine", "Origin") + colon + origin.joined(separator: ", "))
        if fromHistory {
            lines.append(t("Jour du mois précédent : il contraint ce mois (repos, jours consécutifs) mais ne se modifie pas ici.",
                           "A day of last month: it constrains this month (rest, consecutive days) but cannot be changed here."))
            return lines.joined(separator: "\n")
        }
        if !demand.isEmpty {
            lines.append(t("Besoin couvert", "Demand covered") + colonEnd)
            for c in demand {
                lines.append("  \(c.shift) (\(c.skill?.rawValue ?? t("tous", "all")))\(colon)\(c.count) " + t("présent(s)", "present") + ", min \(c.minimum)"
                             + (c.target.map { ", " + t("cible", "target") + " \($0)" } ?? "") + (c.maximum.map { ", max \($0)" } ?? "")
                             + (c.count <= c.minimum ? t(" — indispensable au minimum", " — needed for the minimum") : ""))
            }
        } else if shift != nil {
            lines.append(t("Aucun besoin déclaré pour ce poste et ses qualifications ce jour.", "No demand declared for this shift and her skills that day."))
        }
        for r in requests {
            lines.append(t("Demande", "Request") + " \(r.kind.rawValue)\(r.shift.map { " \($0)" } ?? "") (\(r.priority?.rawValue ?? "–"), \(ReviewWording.number(r.weight)))\(colon)"
                         + (r.honoured ? t("honorée", "honoured") : t("refusée", "refused")))
        }
        if !violations.isEmpty {
            lines.append(t("Règles en jeu sur cette cellule", "Rules at stake on this cell") + colonEnd)
            for v in violations { lines.append("  [\(v.rule)] \(v.message.text(l))") }
        }
        lines.append(t("Meilleures alternatives (\(alternatives.count) sur \(alternativesConsidered) essayées) :",
                       "Best alternatives (\(alternatives.count) of \(alternativesConsidered) tried):"))
        for (i, a) in alternatives.enumerated() {
            lines.append("  \(i + 1). " + a.sentence.text(l))
            let perRule = a.ruleDeltas.filter { $0.penaltyDelta != 0 || $0.hardDelta != 0 }
                .map { "\($0.rule) \(ReviewWording.signed($0.penaltyDelta))" + ($0.hardDelta != 0 ? " (" + t("impér.", "hard") + " \($0.hardDelta > 0 ? "+" : "")\($0.hardDelta))" : "") }
            if !perRule.isEmpty { lines.append("     " + t("par règle", "per rule") + colon + perRule.joined(separator: ", ")) }
        }
        if nearTie {
            lines.append(t("⚠ Quasi-égalité : une alternative légale qui change l'arbitrage entre règles coûte à peine plus (ou moins) que ce choix ; à vérifier par le cadre.",
                           "⚠ Near tie: a legal alternative that trades one rule against another costs barely more (or less) than this choice; worth a look by the cadre."))
        }
        return lines.joined(separator: "\n")
    }
}
