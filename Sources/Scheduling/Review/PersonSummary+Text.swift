extension PersonSummary {
    /// The summary as terminal text, in French (default) or English.
    public func text(_ language: Language = .fr) -> String {
        let l = language
        let colon = l == .fr ? " : " : ": ", colonEnd = l == .fr ? " :" : ":"
        func t(_ fr: String, _ en: String) -> String { ReviewWording.pick(l, fr, en) }
        let h = ReviewWording.hours
        var lines: [String] = []
        lines.append("\(staff) — \(name) (\(grade)\(quotite.map { ", " + t("quotité", "part-time") + " \($0) %" } ?? ""))")
        var hours = t("Heures", "Hours") + "\(colon)\(h(workedMinutes))"
        if let targetMinutes {
            let gap = workedMinutes - targetMinutes
            hours += " / " + t("cible", "target") + " \(h(targetMinutes)) (\(gap >= 0 ? "+" : "")\(h(gap)))"
            if hourBalanceMinutes != 0, let contractTargetMinutes {
                hours += t(" — cible du contrat \(h(contractTargetMinutes)), solde reporté \(h(hourBalanceMinutes))",
                           " — contract target \(h(contractTargetMinutes)), carried balance \(h(hourBalanceMinutes))")
            }
        }
        if lowerBoundMinutes != nil || upperBoundMinutes != nil {
            hours += t(" ; bornes ", "; bounds ") + "[\(lowerBoundMinutes.map(h) ?? "–"), \(upperBoundMinutes.map(h) ?? "–")]"
        }
        lines.append(hours)
        lines.append(t("Postes", "Shifts") + colon + (shiftCounts.isEmpty ? "0" : shiftCounts.map { "\($0.count) \($0.shift)" }.joined(separator: ", "))
                     + " — " + t("nuits", "nights") + " \(nights), " + t("week-ends travaillés", "weekends worked") + " \(weekends), "
                     + t("fériés travaillés", "holidays worked") + " \(holidays), " + t("jours d'absence", "days of absence") + " \(absenceDays)")
        lines.append(t("Demandes : \(requestsHonoured) honorée(s), \(requestsRefused) refusée(s)", "Requests: \(requestsHonoured) honoured, \(requestsRefused) refused")
                     + (requests.isEmpty ? "" : colonEnd))
        for r in requests {
            let what = r.kind.rawValue + (r.shift.map { " \($0)" } ?? "")
            var line = "  \(ReviewWording.date(r.date, l)) \(what) (\(r.priority?.rawValue ?? "–"), \(ReviewWording.number(r.weight)))\(colon)"
                + (r.honoured ? t("honorée", "honoured") : t("refusée", "refused") + " — " + t("planifiée en", "rostered on") + " " + ReviewWording.shift(r.rostered, l))
            if !r.honoured {
                if let way = r.cheapestWayToHonour {
                    let why = r.obstacles.map { $0.phrase(l) }
                    line += "\n    " + t("Pourquoi", "Why") + colon + (why.isEmpty ? t("rien ne s'y oppose (à revoir)", "nothing stands in the way (worth a look)") : why.joined(separator: ", "))
                    line += "\n    " + t("Meilleure façon de l'honorer", "Cheapest way to honour it") + colon + way.sentence.text(l)
                } else {
                    line += "\n    " + t("Pourquoi : aucun changement de sa cellule ni échange ne l'honore (absence, postes autorisés).",
                                         "Why: no change of her cell and no swap honours it (absence, allowed shifts).")
                }
            }
            lines.append(line)
        }
        if !violations.isEmpty {
            lines.append(t("Règles enfreintes ou pénalisées pour elle/lui :", "Rules broken or penalised for this agent:"))
            for v in violations { lines.append("  [\(v.rule)]\(v.hard ? t(" impérative", " hard") : " " + ReviewWording.number(v.penalty)) \(v.message.text(l))") }
        }
        lines.append(t("Règles appliquées (poids par unité) :", "Rules applied (weight per unit):"))
        for r in rules {
            let weight = r.hard ? t("impérative", "hard") : t("souple, poids ", "soft, weight ") + ReviewWording.number(r.weight ?? 0)
            lines.append("  " + r.rule.rawValue.padding(toLength: max(18, r.rule.rawValue.count), withPad: " ", startingAt: 0) + " \(r.setting.text(l)) — \(weight)")
        }
        lines.append(t("Ce que le mois précédent impose :", "What last month imposes:") + (history.isEmpty ? t(" rien de connu.", " nothing known.") : ""))
        for fact in history { lines.append("  " + fact.message.text(l)) }
        return lines.joined(separator: "\n")
    }
}
