import Scheduling

/// The explainable diff between two versions of a roster (`RosterDiff`), in French: totals,
/// hard rules broken or restored, the changes by person (with her hours, nights, weekends and
/// refused requests before and after, and each cell's effect per rule), by date, on coverage and
/// on requests, and the penalty per rule on each side.
struct DiffPage {
    var session: Session
    var view: VersionDiffView

    func page() -> Page {
        let diff = view.diff
        let roster = view.rosterId
        let a = view.from.number, b = view.to.number
        var body = """
            <h1>\(HTML.escape(view.unit)) — différences de la version \(a) à la version \(b)</h1>
            <p>Planning n° \(roster) — <a href="/plannings/\(roster)/historique">Toutes les versions</a>
            · <a href="/plannings/\(roster)/versions/\(a)">Grille de la version \(a)</a>
            · <a href="/plannings/\(roster)/versions/\(b)">Grille de la version \(b)</a>
            · <a href="/plannings/\(roster)/differences?de=\(b)&amp;a=\(a)">Inverser</a>
            · <a href="/api/v1/rosters/\(roster)/diff?from=\(a)&amp;to=\(b)">JSON</a></p>
            """
        body += summary(diff)
        if diff.changeCount == 0 {
            body += #"<p class="card done">Aucune case ne diffère entre ces deux versions.</p>"#
            return Page(title: "Différences v\(a) → v\(b)", session: session, body: body)
        }
        body += hardChanges(diff)
        body += byPerson(diff)
        body += byDate(diff)
        body += coverage(diff)
        body += requests(diff)
        if !diff.unitWideChanges.isEmpty {
            body += "<h2>Effets d'ensemble (équité, répartition)</h2><ul>"
            for change in diff.unitWideChanges { body += "<li>\(HTML.escape(change.phrase(.fr))) — \(HTML.escape(change.message.fr))</li>" }
            body += "</ul>"
        }
        body += ruleTotals(diff)
        return Page(title: "Différences v\(a) → v\(b)", session: session, body: body)
    }

    func summary(_ diff: RosterDiff) -> String {
        let hardClass = diff.hardCountAfter > diff.hardCountBefore ? "tag-hard" : diff.hardCountAfter < diff.hardCountBefore ? "done" : ""
        return """
            <table class="card" aria-label="Résumé des différences"><tbody>
            <tr><th scope="row">Cases modifiées</th><td><strong>\(diff.changeCount)</strong> (\(diff.byPerson.count) agent(s), \(diff.byDate.count) jour(s))</td></tr>
            <tr><th scope="row">Score (pénalités, plus bas = mieux)</th><td>\(GridPage.decimal(diff.objectiveBefore)) → \(GridPage.decimal(diff.objectiveAfter)) (<strong>\(Self.signed(diff.objectiveDelta))</strong>)</td></tr>
            <tr><th scope="row">Violations de règles impératives</th><td class="\(hardClass)">\(diff.hardCountBefore) → \(diff.hardCountAfter)</td></tr>
            <tr><th scope="row">Demandes des agents honorées</th><td>\(diff.requestsHonouredBefore)/\(diff.requestCount) → \(diff.requestsHonouredAfter)/\(diff.requestCount)</td></tr>
            <tr><th scope="row">Auteurs</th><td>\(HTML.escape(diff.authorBefore ?? "?")) → \(HTML.escape(diff.authorAfter ?? "?"))</td></tr>
            </tbody></table>
            """
    }

    func hardChanges(_ diff: RosterDiff) -> String {
        var html = ""
        if !diff.hardIntroduced.isEmpty {
            html += #"<h2 class="tag-hard">Règles impératives enfreintes par ces changements (\#(diff.hardIntroduced.count))</h2><ul>"#
            for change in diff.hardIntroduced { html += "<li>[\(HTML.escape(change.rule.rawValue))] \(HTML.escape(change.message.fr))</li>" }
            html += "</ul>"
        }
        if !diff.hardResolved.isEmpty {
            html += #"<h2 class="done">Violations impératives résolues (\#(diff.hardResolved.count))</h2><ul>"#
            for change in diff.hardResolved { html += "<li>[\(HTML.escape(change.rule.rawValue))] \(HTML.escape(change.message.fr))</li>" }
            html += "</ul>"
        }
        return html
    }

    func byPerson(_ diff: RosterDiff) -> String {
        var html = #"<h2>Par agent</h2><table aria-label="Changements par agent"><thead><tr><th scope="col">Date</th><th scope="col">Avant</th><th scope="col">Après</th>"#
        html += #"<th scope="col">Auteur</th><th scope="col">Écart de score</th><th scope="col">Effet sur chaque règle</th></tr></thead><tbody>"#
        for person in diff.byPerson {
            var figures = "heures \(FrenchCalendar.hours(person.workedMinutesBefore)) → \(FrenchCalendar.hours(person.workedMinutesAfter))"
            figures += person.targetMinutes.map { " (objectif \(FrenchCalendar.hours($0)))" } ?? ""
            figures += ", nuits \(person.nightsBefore) → \(person.nightsAfter), week-ends \(person.weekendsBefore) → \(person.weekendsAfter)"
            figures += ", demandes refusées \(person.requestsRefusedBefore) → \(person.requestsRefusedAfter)"
            html += #"<tr><th scope="rowgroup" colspan="6">\#(HTML.escape(person.staff.rawValue)) — \#(HTML.escape(figures))</th></tr>"#
            for change in person.changes {
                let tone = change.penaltyDelta > 0 ? "tag-hard" : change.penaltyDelta < 0 ? "done" : ""
                let effects = change.effects.isEmpty ? "<span class=\"muted\">aucun</span>"
                    : "<ul>" + change.effects.map { "<li>\(HTML.escape($0.phrase(.fr)))</li>" }.joined() + "</ul>"
                html += """
                    <tr><td>\(HTML.escape(FrenchCalendar.long(change.date)))</td><td>\(HTML.escape(Self.shift(change.before)))</td>
                    <td><strong>\(HTML.escape(Self.shift(change.after)))</strong></td><td>\(HTML.escape(change.author ?? ""))</td>
                    <td class="\(tone)">\(Self.signed(change.penaltyDelta))</td><td>\(effects)</td></tr>
                    """
            }
        }
        return html + "</tbody></table>"
    }

    func byDate(_ diff: RosterDiff) -> String {
        var html = #"<h2>Par date</h2><table aria-label="Changements par date"><tbody>"#
        for day in diff.byDate {
            let cells = day.changes.map { "\($0.staff.rawValue) \(Self.shift($0.before)) → \(Self.shift($0.after))" }.joined(separator: " ; ")
            html += #"<tr><th scope="row">\#(HTML.escape(FrenchCalendar.long(day.date)))</th><td>\#(HTML.escape(cells))</td></tr>"#
        }
        return html + "</tbody></table>"
    }

    func coverage(_ diff: RosterDiff) -> String {
        guard !diff.coverage.isEmpty else { return "" }
        var html = #"<h2>Effectifs modifiés</h2><table aria-label="Effectifs modifiés"><thead><tr><th scope="col">Date</th><th scope="col">Poste</th>"#
        html += #"<th scope="col">Qualification</th><th scope="col">Avant</th><th scope="col">Après</th><th scope="col">Minimum</th><th scope="col">Cible</th></tr></thead><tbody>"#
        for line in diff.coverage {
            let short = line.countAfter < line.minimum
            html += """
                <tr><td>\(HTML.escape(FrenchCalendar.long(line.date)))</td><td>\(HTML.escape(line.shift.rawValue))</td><td>\(HTML.escape(line.skill?.rawValue ?? "toutes"))</td>
                <td>\(line.countBefore)</td><td class="\(short ? "cover-short" : "")">\(line.countAfter)\(short ? " (sous le minimum)" : "")</td>
                <td>\(line.minimum)</td><td>\(line.target.map(String.init) ?? "—")</td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    func requests(_ diff: RosterDiff) -> String {
        guard !diff.requests.isEmpty else { return "" }
        var html = "<h2>Demandes des agents</h2><ul>"
        for request in diff.requests {
            let state = { (honoured: Bool) in honoured ? "honorée" : "refusée" }
            let shift = request.shift.map { " \($0.rawValue)" } ?? ""
            html += "<li>\(HTML.escape(request.staff.rawValue)), \(HTML.escape(FrenchCalendar.long(request.date))), \(HTML.escape(request.kind.rawValue))\(HTML.escape(shift)) : \(state(request.honouredBefore)) → <strong>\(state(request.honouredAfter))</strong></li>"
        }
        return html + "</ul>"
    }

    func ruleTotals(_ diff: RosterDiff) -> String {
        var html = #"<h2>Totaux par règle</h2><table aria-label="Totaux par règle"><thead><tr><th scope="col">Règle</th><th scope="col">Pénalité avant</th>"#
        html += #"<th scope="col">Pénalité après</th><th scope="col">Écart</th><th scope="col">Violations impératives</th></tr></thead><tbody>"#
        for total in diff.ruleTotals {
            let tone = total.penaltyDelta > 0 || total.hardAfter > total.hardBefore ? "tag-hard" : total.penaltyDelta < 0 ? "done" : ""
            html += """
                <tr><td>\(HTML.escape(total.rule.rawValue))</td><td>\(GridPage.decimal(total.penaltyBefore))</td><td>\(GridPage.decimal(total.penaltyAfter))</td>
                <td class="\(tone)">\(Self.signed(total.penaltyDelta))</td><td>\(total.hardBefore) → \(total.hardAfter)</td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    /// A shift code, or « repos » for a day off.
    static func shift(_ code: ShiftCode?) -> String { code?.rawValue ?? "repos" }

    /// « +450 », « −12,5 », « 0 ».
    static func signed(_ value: Double) -> String {
        let text = GridPage.decimal(abs(value))
        return value > 0.05 ? "+" + text : value < -0.05 ? "−" + text : "0"
    }
}
