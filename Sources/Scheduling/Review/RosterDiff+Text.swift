extension RosterDiff {
    /// The diff as terminal text, in French (default) or English.
    public func text(_ language: Language = .fr) -> String {
        let l = language
        let colon = l == .fr ? " : " : ": "
        func t(_ fr: String, _ en: String) -> String { ReviewWording.pick(l, fr, en) }
        let h = ReviewWording.hours, signed = ReviewWording.signed, number = ReviewWording.number
        var lines: [String] = []
        lines.append(t("Différences entre deux plannings", "Differences between two rosters") + " — \(scenario), \(period.start) + \(period.days) " + t("jours", "days"))
        lines.append(t("Avant", "Before") + "\(colon)\(authorBefore ?? "?")   " + t("Après", "After") + "\(colon)\(authorAfter ?? "?")")
        lines.append(t("\(changeCount) cellule(s) modifiée(s), \(byPerson.count) agent(s), \(byDate.count) date(s).",
                       "\(changeCount) changed cell(s), \(byPerson.count) agent(s), \(byDate.count) date(s)."))
        lines.append(t("Objectif", "Objective") + "\(colon)\(number(objectiveBefore)) → \(number(objectiveAfter)) (\(signed(objectiveDelta)))   "
                     + t("Violations impératives", "Hard violations") + "\(colon)\(hardCountBefore) → \(hardCountAfter)")
        if !hardIntroduced.isEmpty {
            lines.append("")
            lines.append(t("✘ Règles impératives enfreintes par les changements :", "✘ Hard rules broken by the changes:"))
            for v in hardIntroduced { lines.append("  [\(v.rule)] \(v.message.text(l))") }
        }
        if !hardResolved.isEmpty {
            lines.append("")
            lines.append(t("✔ Violations impératives résolues :", "✔ Hard violations resolved:"))
            for v in hardResolved { lines.append("  [\(v.rule)] \(v.message.text(l))") }
        }
        if changeCount == 0 {
            lines.append("")
            lines.append(t("Les deux plannings sont identiques.", "The two rosters are identical."))
            return lines.joined(separator: "\n")
        }
        lines.append("")
        lines.append(t("Par agent :", "By agent:"))
        for person in byPerson {
            var facts = [t("heures", "hours") + " \(h(person.workedMinutesBefore)) → \(h(person.workedMinutesAfter))"
                         + (person.targetMinutes.map { " (" + t("cible", "target") + " \(h($0)))" } ?? "")]
            if person.nightsBefore != person.nightsAfter { facts.append(t("nuits", "nights") + " \(person.nightsBefore) → \(person.nightsAfter)") }
            if person.weekendsBefore != person.weekendsAfter { facts.append(t("week-ends", "weekends") + " \(person.weekendsBefore) → \(person.weekendsAfter)") }
            if person.holidaysBefore != person.holidaysAfter { facts.append(t("fériés", "holidays") + " \(person.holidaysBefore) → \(person.holidaysAfter)") }
            if person.requestsRefusedBefore != person.requestsRefusedAfter {
                facts.append(t("demandes refusées", "requests refused") + " \(person.requestsRefusedBefore) → \(person.requestsRefusedAfter)")
            }
            facts.append(t("pénalités personnelles", "personal penalties") + " \(number(person.penaltyBefore)) → \(number(person.penaltyAfter))")
            lines.append("  \(person.staff) — " + facts.joined(separator: ", "))
            for change in person.changes { lines.append("    " + cellLine(change, l, withStaff: false)) }
        }
        lines.append("")
        lines.append(t("Par date :", "By date:"))
        for day in byDate {
            let cells = day.changes.map { "\($0.staff) \(ReviewWording.shift($0.before, l)) → \(ReviewWording.shift($0.after, l))" }
            lines.append("  \(ReviewWording.date(day.date, l))\(colon)" + cells.joined(separator: " ; "))
        }
        if !coverage.isEmpty {
            lines.append("")
            lines.append(t("Couverture (effectif avant → après ; minimum, cible) :", "Coverage (head count before → after; minimum, target):"))
            for c in coverage {
                let status = c.countAfter < c.minimum ? t(" ✘ sous le minimum", " ✘ below minimum") : ""
                lines.append("  \(ReviewWording.date(c.date, l)) \(c.shift) (\(c.skill?.rawValue ?? t("tous", "all")))\(colon)\(c.countBefore) → \(c.countAfter) ; min \(c.minimum)"
                             + (c.target.map { ", " + t("cible", "target") + " \($0)" } ?? "") + (c.maximum.map { ", max \($0)" } ?? "") + status)
            }
        }
        lines.append("")
        lines.append(t("Demandes honorées", "Requests honoured") + "\(colon)\(requestsHonouredBefore)/\(requestCount) → \(requestsHonouredAfter)/\(requestCount)")
        for r in requests {
            let what = r.kind.rawValue + (r.shift.map { " \($0)" } ?? "")
            let state = { (honoured: Bool) in honoured ? t("honorée", "honoured") : t("refusée", "refused") }
            lines.append("  \(r.staff) \(ReviewWording.date(r.date, l)) \(what) (\(r.priority?.rawValue ?? "–"), \(number(r.weight)))\(colon)\(state(r.honouredBefore)) → \(state(r.honouredAfter))")
        }
        if !unitWideChanges.isEmpty {
            lines.append("")
            lines.append(t("Effets d'ensemble (non attribués à une cellule) :", "Unit-wide effects (not attributed to one cell):"))
            for v in unitWideChanges { lines.append("  " + v.phrase(l) + " — " + v.message.text(l)) }
        }
        lines.append("")
        lines.append(t("Totaux par règle (pénalité avant → après, écart ; impératives avant → après) :",
                       "Totals per rule (penalty before → after, change; hard before → after):"))
        for total in ruleTotals {
            let name = total.rule.rawValue.padding(toLength: max(18, total.rule.rawValue.count), withPad: " ", startingAt: 0)
            lines.append("  \(name) \(number(total.penaltyBefore)) → \(number(total.penaltyAfter)) (\(signed(total.penaltyDelta)))"
                         + (total.hardBefore + total.hardAfter > 0 ? " ; \(total.hardBefore) → \(total.hardAfter)" : ""))
        }
        return lines.joined(separator: "\n")
    }

    func cellLine(_ change: CellChange, _ language: Language, withStaff: Bool) -> String {
        let l = language
        let colon = l == .fr ? " : " : ": "
        var line = (withStaff ? "\(change.staff) " : "") + ReviewWording.date(change.date, l) + colon
            + ReviewWording.shift(change.before, l) + " → " + ReviewWording.shift(change.after, l)
        let setBy = [change.author, change.origin.map { $0.label.text(l) }].compactMap { $0 }
        if !setBy.isEmpty { line += " [\(setBy.joined(separator: ", "))]" }
        if change.effects.isEmpty {
            line += ReviewWording.pick(l, " — sans effet sur les règles", " — no effect on the rules")
        } else {
            line += " — " + ReviewWording.signed(change.penaltyDelta) + colon + change.effects.map { $0.phrase(l) }.joined(separator: " ; ")
        }
        return line
    }
}
