import Scheduling

/// The versions of one roster (number, state, author, time, score, hard violations, where it
/// comes from) and a form to compare any two of them.
struct HistoryPage {
    var session: Session
    var history: VersionHistory

    func page() -> Page {
        let roster = history.rosterId
        let month = CivilDate(iso: history.periodStart).map(FrenchCalendar.month) ?? history.periodStart
        var body = """
            <h1>\(HTML.escape(history.unit)) — \(HTML.escape(month)) : versions du planning n° \(roster)</h1>
            <p class="muted">\(HTML.escape(history.label ?? history.scenarioName))</p>
            """
        body += compareForm()
        body += #"<table aria-label="Versions du planning"><thead><tr><th scope="col">Version</th><th scope="col">État</th><th scope="col">Auteur</th>"#
        body += #"<th scope="col">Date</th><th scope="col">Origine</th><th scope="col">Score</th><th scope="col">Violations impératives</th><th scope="col">Comparer</th></tr></thead><tbody>"#
        for entry in history.versions.reversed() {
            let number = entry.version.number
            let origin = entry.parent.map { "depuis la version \($0)" } ?? "proposition initiale"
            let note = entry.version.note.map { " — " + HTML.escape($0) } ?? ""
            let engine = entry.version.engine.map { " (\(HTML.escape($0)))" } ?? ""
            let hardClass = entry.hardViolations > 0 ? "tag-hard" : "done"
            var compare: [String] = []
            if let parent = entry.parent {
                compare.append(#"<a href="/plannings/\#(roster)/differences?de=\#(parent)&amp;a=\#(number)">avec la version \#(parent)</a>"#)
            }
            if number > 1, entry.parent != number - 1 {
                compare.append(#"<a href="/plannings/\#(roster)/differences?de=\#(number - 1)&amp;a=\#(number)">avec la version \#(number - 1)</a>"#)
            }
            body += """
                <tr><td><a href="/plannings/\(roster)/versions/\(number)">Version \(number)</a></td>
                <td><span class="state">\(HomePage.stateLabel(entry.version.state))</span></td>
                <td>\(HTML.escape(entry.version.createdBy))\(engine)</td><td>\(FrenchCalendar.timestamp(entry.version.createdAt))</td>
                <td>\(origin)\(note)</td><td>\(GridPage.decimal(entry.objective))</td>
                <td class="\(hardClass)">\(entry.hardViolations)</td><td>\(compare.joined(separator: " · "))</td></tr>
                """
        }
        body += "</tbody></table>"
        return Page(title: "Versions du planning \(roster)", session: session, body: body)
    }

    /// Two selects and a GET form: any two versions, in either order.
    func compareForm() -> String {
        let numbers = history.versions.map(\.version.number)
        guard numbers.count >= 2 else {
            return #"<p class="card">Une seule version pour l'instant : modifiez une case, générez des variantes ou réparez le planning pour en créer d'autres.</p>"#
        }
        let latest = history.versions.last
        let defaultTo = latest?.version.number ?? numbers[numbers.count - 1]
        let defaultFrom = latest?.parent ?? numbers[numbers.count - 2]
        func options(selected: Int) -> String {
            numbers.map { #"<option value="\#($0)"\#($0 == selected ? " selected" : "")>version \#($0)</option>"# }.joined()
        }
        return """
            <form class="card" method="get" action="/plannings/\(history.rosterId)/differences">
            <strong>Comparer deux versions</strong> :
            <label for="de">version de départ</label> <select id="de" name="de">\(options(selected: defaultFrom))</select>
            <label for="a">version d'arrivée</label> <select id="a" name="a">\(options(selected: defaultTo))</select>
            <button type="submit">Voir les différences</button>
            — <a href="/plannings/\(history.rosterId)/comparaison?versions=\(numbers.suffix(12).map(String.init).joined(separator: ","))">indicateurs \(numbers.count > 12 ? "des 12 dernières versions" : "de toutes les versions") côte à côte</a></form>
            """
    }
}
