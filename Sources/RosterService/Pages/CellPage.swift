import Scheduling

/// The panel of one cell: the agent and the day, what the rules say of it now, and each
/// alternative (a day off, each shift the agent may work) with its effect on the whole
/// roster; a writer picks one, which saves a new version.
struct CellPage {
    var session: Session
    var rosterId: Int64
    var unit: String
    var cell: CellChange
    var alternatives: [CellChange.Alternative]

    func page() -> Page {
        let context = cell.context
        let number = context.version.number
        let date = cell.date
        let member = cell.member
        let canWrite = session.access.canWrite(unit: unit) && context.workflow.state != .signed
        let messages = context.report.violations.filter { $0.staff == member.id && $0.dates.contains(date) }
        var body = """
            <h1>\(HTML.escape(member.name)) — \(HTML.escape(FrenchCalendar.long(date)))</h1>
            <p>Planning n° \(rosterId), version \(number) — <a href="/plannings/\(rosterId)/versions/\(number)">Retour à la grille</a></p>
            <div class="card"><p>Poste actuel : <strong>\(HTML.escape(cell.current?.rawValue ?? "repos"))</strong>
            \(context.problem.absence[cell.staffIndex][cell.dayIndex].map { " — absence \(HTML.escape($0.rawValue))" } ?? "")
            \(context.problem.lock[cell.staffIndex][cell.dayIndex] != nil ? " — case verrouillée" : "")</p>
            """
        if let origin = context.problem.origins(for: context.roster)?[cell.staffIndex, cell.dayIndex], origin != .unknown {
            body += "<p>Case fixée par : \(HTML.escape(origin.label.fr))</p>"
        }
        if messages.isEmpty {
            body += #"<p class="done">Aucune règle ne signale cette case.</p>"#
        } else {
            body += "<ul>" + messages.map { violation in
                "<li>\(violation.hard ? #"<span class="tag-hard">impérative</span>"# : #"<span class="tag-soft">souple</span>"#) \(HTML.escape(violation.message.fr))</li>"
            }.joined() + "</ul>"
        }
        body += "</div><h2>Alternatives et leur coût</h2>"
        body += #"<table><thead><tr><th scope="col">Poste</th><th scope="col">Violations impératives</th><th scope="col">Score du planning</th><th scope="col">Écart</th>"#
        body += canWrite ? #"<th scope="col">Choisir</th></tr></thead><tbody>"# : "</tr></thead><tbody>"
        let action = "/plannings/\(rosterId)/versions/\(number)/cases/\(member.id.rawValue)/\(date)"
        for option in alternatives.sorted(by: { ($0.hardViolations, $0.objective) < ($1.hardViolations, $1.objective) }) {
            let code = option.shift?.rawValue ?? ""
            let name = option.shift.map { "\($0.rawValue) — \(option.label)" } ?? "repos"
            let delta = option.current ? "actuel" : (option.delta > 0 ? "+" : "") + GridPage.decimal(option.delta)
            body += "<tr><td>\(HTML.escape(name))</td><td>\(option.hardViolations)</td><td>\(GridPage.decimal(option.objective))</td><td>\(delta)</td>"
            if canWrite {
                body += option.current ? "<td></td>" : """
                    <td><form method="post" action="\(HTML.escape(action))">\(HTML.csrfField(session))
                    <input type="hidden" name="shift" value="\(HTML.escape(code))">
                    <button type="submit">Mettre \(HTML.escape(option.shift?.rawValue ?? "repos"))</button></form></td>
                    """
            }
            body += "</tr>"
        }
        body += "</tbody></table>"
        if canWrite { body += #"<p class="muted">Choisir une alternative enregistre une nouvelle version (proposition) ; la version \#(number) reste inchangée.</p>"# }
        return Page(title: "Case \(member.name)", session: session, body: body)
    }
}
