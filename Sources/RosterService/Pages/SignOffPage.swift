import RosterStore
import Scheduling

/// The sign-off page: the version's state, each hard violation with its justification field,
/// each point of attention (*point d'attention*) to acknowledge, then validate and sign.
/// Someone who may only read the unit sees the same list without forms.
struct SignOffPage {
    var session: Session
    var rosterId: Int64
    var unit: String
    var context: VersionContext
    var error: String?
    var message: String?

    func page() -> Page {
        let workflow = context.workflow
        let number = context.version.number
        let canWrite = session.access.canWrite(unit: unit)
        let action = "/plannings/\(rosterId)/versions/\(number)/revue"
        var body = """
            <h1>Revue et signature — \(HTML.escape(unit))</h1>
            <p>Planning n° \(rosterId), version \(number) — état : <span class="state" id="etat">\(HomePage.stateLabel(workflow.state))</span>
            — <a href="/plannings/\(rosterId)/versions/\(number)">Voir la grille</a></p>
            """
        if let error { body += #"<p class="alert alert-error" role="alert">\#(HTML.escape(error))</p>"# }
        if let message { body += #"<p class="alert alert-ok" role="status">\#(HTML.escape(message))</p>"# }
        if let signature = workflow.signature {
            body += """
                <div class="card"><strong class="done">Version signée</strong> par \(HTML.escape(signature.signer)) le \(FrenchCalendar.timestamp(signature.signedAt)).
                <br><span class="muted">Empreinte SHA-256 du planning : \(HTML.escape(signature.rosterSHA256))</span></div>
                """
        }
        if workflow.state == .proposed && canWrite {
            body += """
                <form method="post" action="\(action)">\(HTML.csrfField(session))<input type="hidden" name="action" value="start">
                <button type="submit">Commencer la revue</button></form>
                """
        }
        let open = workflow.openItems(context.checklist)
        let openSet = Set(open.hard + open.attention)
        let editable = canWrite && workflow.state == .underReview
        body += "<h2>Violations de règles impératives (\(context.checklist.hardViolations.count))</h2>"
        body += items(context.checklist.hardViolations, openSet: openSet, editable: editable, action: action)
        body += "<h2>Points d'attention (\(context.checklist.attentionPoints.count))</h2>"
        body += items(context.checklist.attentionPoints, openSet: openSet, editable: editable, action: action)
        if editable {
            let blocked = !openSet.isEmpty
            body += """
                <div class="card"><form method="post" action="\(action)">\(HTML.csrfField(session))<input type="hidden" name="action" value="validate">
                <button type="submit"\(blocked ? " disabled aria-disabled=\"true\"" : "")>Valider la version \(number)</button>
                \(blocked ? "<span class=\"muted\">\(open.hard.count) violation(s) à justifier, \(open.attention.count) point(s) à prendre en compte.</span>" : "")
                </form></div>
                """
        }
        if canWrite && workflow.state == .validated {
            body += """
                <div class="card"><form method="post" action="\(action)">\(HTML.csrfField(session))<input type="hidden" name="action" value="sign">
                <p>En signant, vous prenez la responsabilité de ce planning ; la version signée ne pourra plus être modifiée.</p>
                <button type="submit">Signer la version \(number)</button></form></div>
                """
        }
        return Page(title: "Revue et signature", session: session, body: body)
    }

    func items(_ items: [ReviewItem], openSet: Set<String>, editable: Bool, action: String) -> String {
        guard !items.isEmpty else { return #"<p class="done">Aucun.</p>"# }
        var html = #"<ul class="items">"#
        for (index, item) in items.enumerated() {
            let done = !openSet.contains(item.id)
            let prefix = item.kind.needsOverride ? "j" : "a"
            html += "<li><div>\(done ? "<span class=\"done\">✓ </span>" : "")\(HTML.escape(item.message.fr)) <span class=\"muted\">(\(HTML.escape(item.id)))</span></div>"
            if let decision = context.workflow.overrides.first(where: { $0.item == item.id }) {
                html += "<div class=\"muted\">Justification de \(HTML.escape(decision.by)) : « \(HTML.escape(decision.justification)) »</div>"
            }
            if let decision = context.workflow.acknowledgements.first(where: { $0.item == item.id }) {
                html += "<div class=\"muted\">Pris en compte par \(HTML.escape(decision.by))\(decision.note.map { " : « \(HTML.escape($0)) »" } ?? "")</div>"
            }
            if editable && !done {
                let id = "\(prefix)\(index)"
                if item.kind.needsOverride {
                    html += """
                        <form method="post" action="\(action)">\(HTML.csrfField(session))<input type="hidden" name="action" value="override">
                        <input type="hidden" name="item" value="\(HTML.escape(item.id))">
                        <label for="\(id)">Justification écrite (au moins 20 lettres ou chiffres)</label>
                        <textarea id="\(id)" name="justification" required minlength="20"></textarea>
                        <button type="submit">Justifier la dérogation</button></form>
                        """
                } else {
                    html += """
                        <form method="post" action="\(action)">\(HTML.csrfField(session))<input type="hidden" name="action" value="acknowledge">
                        <input type="hidden" name="item" value="\(HTML.escape(item.id))">
                        <label for="\(id)">Note (facultative)</label> <input id="\(id)" name="note" size="40">
                        <button type="submit">Prendre en compte</button></form>
                        """
                }
            }
            html += "</li>"
        }
        return html + "</ul>"
    }
}
