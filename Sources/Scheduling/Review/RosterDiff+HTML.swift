extension RosterDiff {
    /// The diff as one self-contained HTML page (inline style, no script, no external file).
    public func html(_ language: Language = .fr) -> String {
        let l = language
        let colon = l == .fr ? " : " : ": "
        func t(_ fr: String, _ en: String) -> String { ReviewWording.pick(l, fr, en) }
        let e = HTMLText.escape, number = ReviewWording.number, signed = ReviewWording.signed, h = ReviewWording.hours
        var body: [String] = []
        body.append("<h1>" + e(t("Différences entre deux plannings", "Differences between two rosters")) + "</h1>")
        body.append("<p>" + e("\(scenario) — \(period.start) + \(period.days) " + t("jours", "days")) + "<br>"
                    + e(t("Avant", "Before") + "\(colon)\(authorBefore ?? "?") — " + t("Après", "After") + "\(colon)\(authorAfter ?? "?")") + "</p>")
        body.append("<table class=\"summary\"><tr><th>" + e(t("Cellules modifiées", "Changed cells")) + "</th><td>\(changeCount)</td></tr>"
                    + "<tr><th>" + e(t("Objectif", "Objective")) + "</th><td>\(e(number(objectiveBefore))) → \(e(number(objectiveAfter))) (<b>\(e(signed(objectiveDelta)))</b>)</td></tr>"
                    + "<tr><th>" + e(t("Violations impératives", "Hard violations")) + "</th><td>\(hardCountBefore) → \(hardCountAfter)</td></tr>"
                    + "<tr><th>" + e(t("Demandes honorées", "Requests honoured")) + "</th><td>\(requestsHonouredBefore)/\(requestCount) → \(requestsHonouredAfter)/\(requestCount)</td></tr></table>")
        if !hardIntroduced.isEmpty {
            body.append("<h2 class=\"bad\">" + e(t("Règles impératives enfreintes par les changements", "Hard rules broken by the changes")) + "</h2><ul>")
            for v in hardIntroduced { body.append("<li class=\"bad\">[\(e(v.rule.rawValue))] \(e(v.message.text(l)))</li>") }
            body.append("</ul>")
        }
        if !hardResolved.isEmpty {
            body.append("<h2 class=\"good\">" + e(t("Violations impératives résolues", "Hard violations resolved")) + "</h2><ul>")
            for v in hardResolved { body.append("<li class=\"good\">[\(e(v.rule.rawValue))] \(e(v.message.text(l)))</li>") }
            body.append("</ul>")
        }
        body.append("<h2>" + e(t("Par agent", "By agent")) + "</h2>")
        body.append("<table><tr><th>" + [t("Agent", "Agent"), t("Date", "Date"), t("Avant", "Before"), t("Après", "After"), t("Auteur", "Author"),
                                         t("Écart", "Change"), t("Effets par règle", "Effects per rule")].map(e).joined(separator: "</th><th>") + "</th></tr>")
        for person in byPerson {
            let figures = t("heures", "hours") + " \(h(person.workedMinutesBefore)) → \(h(person.workedMinutesAfter))"
                + (person.targetMinutes.map { " (" + t("cible", "target") + " \(h($0)))" } ?? "")
                + ", " + t("nuits", "nights") + " \(person.nightsBefore) → \(person.nightsAfter)"
                + ", " + t("week-ends", "weekends") + " \(person.weekendsBefore) → \(person.weekendsAfter)"
                + ", " + t("demandes refusées", "requests refused") + " \(person.requestsRefusedBefore) → \(person.requestsRefusedAfter)"
            body.append("<tr class=\"person\"><td colspan=\"7\"><b>\(e(person.staff.rawValue))</b> — \(e(figures))</td></tr>")
            for c in person.changes {
                let cls = c.penaltyDelta > 0 ? "bad" : c.penaltyDelta < 0 ? "good" : ""
                let effects = c.effects.map { "<li>" + e($0.phrase(l)) + "</li>" }.joined()
                body.append("<tr><td>\(e(c.staff.rawValue))</td><td>\(e(ReviewWording.date(c.date, l)))</td><td>\(e(ReviewWording.shift(c.before, l)))</td>"
                            + "<td>\(e(ReviewWording.shift(c.after, l)))</td><td>\(e(c.author ?? ""))</td><td class=\"\(cls)\">\(e(signed(c.penaltyDelta)))</td>"
                            + "<td><ul>\(effects)</ul></td></tr>")
            }
        }
        body.append("</table>")
        body.append("<h2>" + e(t("Par date", "By date")) + "</h2><table>")
        for day in byDate {
            let cells = day.changes.map { "\($0.staff) \(ReviewWording.shift($0.before, l)) → \(ReviewWording.shift($0.after, l))" }.joined(separator: " ; ")
            body.append("<tr><th>\(e(ReviewWording.date(day.date, l)))</th><td>\(e(cells))</td></tr>")
        }
        body.append("</table>")
        if !coverage.isEmpty {
            body.append("<h2>" + e(t("Couverture", "Coverage")) + "</h2><table><tr><th>Date</th><th>" + e(t("Poste", "Shift")) + "</th><th>"
                        + e(t("Qualification", "Skill")) + "</th><th>" + e(t("Avant", "Before")) + "</th><th>" + e(t("Après", "After"))
                        + "</th><th>Min</th><th>" + e(t("Cible", "Target")) + "</th></tr>")
            for c in coverage {
                let cls = c.countAfter < c.minimum ? " class=\"bad\"" : ""
                body.append("<tr\(cls)><td>\(e(ReviewWording.date(c.date, l)))</td><td>\(e(c.shift.rawValue))</td><td>\(e(c.skill?.rawValue ?? "*"))</td>"
                            + "<td>\(c.countBefore)</td><td>\(c.countAfter)</td><td>\(c.minimum)</td><td>\(c.target.map(String.init) ?? "")</td></tr>")
            }
            body.append("</table>")
        }
        if !requests.isEmpty {
            body.append("<h2>" + e(t("Demandes", "Requests")) + "</h2><ul>")
            for r in requests {
                let state = { (honoured: Bool) in honoured ? t("honorée", "honoured") : t("refusée", "refused") }
                body.append("<li>" + e("\(r.staff) \(ReviewWording.date(r.date, l)) \(r.kind.rawValue)\(r.shift.map { " \($0)" } ?? "") (\(r.priority?.rawValue ?? "–"), \(number(r.weight)))\(colon)\(state(r.honouredBefore)) → \(state(r.honouredAfter))") + "</li>")
            }
            body.append("</ul>")
        }
        if !unitWideChanges.isEmpty {
            body.append("<h2>" + e(t("Effets d'ensemble", "Unit-wide effects")) + "</h2><ul>")
            for v in unitWideChanges { body.append("<li>" + e(v.phrase(l) + " — " + v.message.text(l)) + "</li>") }
            body.append("</ul>")
        }
        body.append("<h2>" + e(t("Totaux par règle", "Totals per rule")) + "</h2><table><tr><th>" + e(t("Règle", "Rule")) + "</th><th>"
                    + e(t("Avant", "Before")) + "</th><th>" + e(t("Après", "After")) + "</th><th>" + e(t("Écart", "Change")) + "</th><th>"
                    + e(t("Impératives", "Hard")) + "</th></tr>")
        for total in ruleTotals {
            let cls = total.penaltyDelta > 0 || total.hardAfter > total.hardBefore ? "bad" : total.penaltyDelta < 0 ? "good" : ""
            body.append("<tr class=\"\(cls)\"><td>\(e(total.rule.rawValue))</td><td>\(e(number(total.penaltyBefore)))</td><td>\(e(number(total.penaltyAfter)))</td>"
                        + "<td>\(e(signed(total.penaltyDelta)))</td><td>\(total.hardBefore) → \(total.hardAfter)</td></tr>")
        }
        body.append("</table>")
        return HTMLText.page(title: t("Différences", "Diff") + " — \(scenario)", language: l, body: body.joined(separator: "\n"))
    }
}
