import RosterStore
import Scheduling

/// « Mes unités »: for each unit the person may see, its scenarios (with the button that
/// generates a proposal), its rosters and the solve jobs.
struct HomePage {
    var session: Session
    var scenarios: [ScenarioView]
    var rosters: [RosterView]
    var jobs: [JobView]
    var message: String?

    func page() -> Page {
        let units = Set(scenarios.map(\.unit)).union(rosters.map(\.unit)).sorted()
        var body = "<h1>Mes unités</h1>"
        if let message { body += #"<p class="alert alert-ok" role="status">\#(HTML.escape(message))</p>"# }
        if units.isEmpty {
            body += #"<p class="card">Aucune unité pour l'instant. Un administrateur importe le scénario du mois (<code>POST /api/v1/scenarios</code> ou <code>sched-cli store import</code>).</p>"#
        }
        for unit in units {
            body += #"<section class="card" aria-labelledby="u-\#(Self.slug(unit))"><h2 id="u-\#(Self.slug(unit))">\#(HTML.escape(unit))</h2>"#
            body += scenarioTable(scenarios.filter { $0.unit == unit }, canWrite: session.access.canWrite(unit: unit))
            body += rosterTable(rosters.filter { $0.unit == unit })
            body += jobTable(jobs.filter { $0.unit == unit }, canWrite: session.access.canWrite(unit: unit))
            body += "</section>"
        }
        let busy = jobs.contains { $0.state == .queued || $0.state == .running }
        return Page(title: "Mes unités", session: session, body: body, refreshSeconds: busy ? 5 : nil)
    }

    func scenarioTable(_ scenarios: [ScenarioView], canWrite: Bool) -> String {
        guard !scenarios.isEmpty else { return "" }
        var html = "<h3>Mois à planifier</h3><table><thead><tr><th scope=\"col\">Scénario</th><th scope=\"col\">Période</th>"
        html += canWrite ? "<th scope=\"col\">Générer une proposition</th>" : ""
        html += "</tr></thead><tbody>"
        for scenario in scenarios {
            let start = CivilDate(iso: scenario.periodStart)
            let period = start.map { "du \(FrenchCalendar.long($0)), \(scenario.periodDays) jours" } ?? scenario.periodStart
            html += "<tr><td>\(HTML.escape(scenario.name))</td><td>\(HTML.escape(period))</td>"
            if canWrite {
                html += """
                    <td><form method="post" action="/calculs">\(HTML.csrfField(session))
                    <input type="hidden" name="scenario" value="\(scenario.id)">
                    <label for="d\(scenario.id)">Durée</label>
                    <select id="d\(scenario.id)" name="duree"><option value="10">10 s</option><option value="30" selected>30 s</option><option value="60">1 min</option><option value="300">5 min</option></select>
                    <label for="m\(scenario.id)">Moteur</label>
                    <select id="m\(scenario.id)" name="moteur"><option value="hybrid" selected>hybride (GLPK + recherche locale)</option><option value="local-search">recherche locale seule</option><option value="greedy">glouton (rapide)</option></select>
                    <label for="g\(scenario.id)">Graine</label> <input id="g\(scenario.id)" name="graine" value="1" size="4" inputmode="numeric">
                    <button type="submit">Générer une proposition</button></form></td>
                    """
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    func rosterTable(_ rosters: [RosterView]) -> String {
        guard !rosters.isEmpty else { return "<p class=\"muted\">Aucun planning enregistré.</p>" }
        var html = "<h3>Plannings</h3><table><thead><tr><th scope=\"col\">Planning</th><th scope=\"col\">Scénario</th><th scope=\"col\">Versions</th><th scope=\"col\">État</th><th scope=\"col\">Actions</th></tr></thead><tbody>"
        for roster in rosters {
            let latest = roster.versions
            html += """
                <tr><td>n° \(roster.id) — \(HTML.escape(roster.label ?? ""))</td><td>\(HTML.escape(roster.scenarioName))</td><td>\(roster.versions)</td>
                <td><span class="state">\(Self.stateLabel(roster.latestState))</span></td>
                <td><a href="/plannings/\(roster.id)/versions/\(latest)">Voir la grille</a> · <a href="/plannings/\(roster.id)/versions/\(latest)/signature">Revue et signature</a></td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    func jobTable(_ jobs: [JobView], canWrite: Bool) -> String {
        guard !jobs.isEmpty else { return "" }
        var html = "<h3>Calculs</h3><table><thead><tr><th scope=\"col\">Calcul</th><th scope=\"col\">Demandé par</th><th scope=\"col\">État</th><th scope=\"col\">Détail</th></tr></thead><tbody>"
        for job in jobs.prefix(10) {
            var detail = ""
            switch job.state {
            case .queued: detail = "en attente d'un processeur libre"
            case .running:
                detail = "en cours depuis \(Int(job.elapsedSeconds ?? 0)) s sur \(Int(job.timeLimitSeconds)) s"
                if let progress = job.progress {
                    detail += progress.bestObjective.map { " — meilleur score \(GridPage.decimal($0))" } ?? ""
                    detail += progress.gap.map { ", écart prouvé \(GridPage.decimal($0 * 100)) %" } ?? ", pas encore de borne"
                }
            case .succeeded where job.kind != .solve:
                detail = #"\#(VersionJobsPage.kindLabel(job.kind)) : <a href="/calculs/\#(job.id)/rapport">voir le résultat</a>"#
            case .succeeded:
                if let roster = job.rosterId { detail = #"<a href="/plannings/\#(roster)/versions/1">Voir la proposition</a>"# }
                if let summary = job.summary {
                    detail += " — \(summary.hardViolations ?? 0) violation(s) de règles impératives"
                    if let gap = summary.gap { detail += ", écart prouvé \(String(format: "%.1f", gap * 100).replacingOccurrences(of: ".", with: ",")) %" }
                }
            case .failed, .cancelled: detail = HTML.escape(job.failure ?? "")
            }
            var cancel = ""
            if canWrite && (job.state == .queued || job.state == .running) {
                cancel = #" <form class="inline" method="post" action="/calculs/\#(job.id)/annuler">\#(HTML.csrfField(session))<button type="submit" class="secondary">Annuler</button></form>"#
            }
            html += "<tr><td>n° \(job.id) (graine \(job.seed))</td><td>\(HTML.escape(job.submittedBy))</td><td><span class=\"state\">\(Self.jobLabel(job.state))</span></td><td>\(detail)\(cancel)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func stateLabel(_ state: SignOffState?) -> String {
        switch state {
        case .proposed: "proposition"
        case .underReview: "en revue"
        case .validated: "validé"
        case .signed: "signé"
        case nil: "—"
        }
    }

    static func jobLabel(_ state: JobState) -> String {
        switch state {
        case .queued: "en attente"
        case .running: "en cours"
        case .succeeded: "terminé"
        case .failed: "échec"
        case .cancelled: "annulé"
        }
    }

    static func slug(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isAlphabetic || $0.properties.numericType != nil ? Character($0) : "-" }.prefix(40))
    }
}
