import RosterStore
import Scheduling

/// From one version: generate variants under named priorities, repair around the cadre's own
/// cells, run the stress batch — each a background job — and the jobs already run on the roster
/// with links to their results. Reloads itself every 5 s while one of them waits or runs.
struct VersionJobsPage {
    struct JobRow {
        var job: StoredJob
        var sourceVersion: Int?
    }

    var session: Session
    var rosterId: Int64
    var unit: String
    var context: VersionContext
    var jobs: [JobRow]
    /// Cells the cadre changed on the way to this version: kept by a repair, or refused by the
    /// scenario (a shift the agent may not work, a day of absence, a cell it locks already).
    var cadreCells: (kept: [CellLock], refused: [CellLock])
    var notice: String? = nil

    func page() -> Page {
        let number = context.version.number
        let base = "/plannings/\(rosterId)/versions/\(number)"
        var body = """
            <h1>\(HTML.escape(unit)) — version \(number) : variantes, réparation, test de charge</h1>
            <p><a href="\(base)">Grille de la version \(number)</a> · <a href="/plannings/\(rosterId)/historique">Historique et comparaison des versions</a></p>
            """
        if let notice { body += #"<p class="alert alert-ok" role="status">\#(HTML.escape(notice))</p>"# }
        if session.access.canWrite(unit: unit) {
            body += variantsForm(base)
            body += repairForm(base)
            body += stressForm(base)
        } else {
            body += #"<p class="card muted">Lecture seule : seule la cadre de l'unité peut lancer ces calculs.</p>"#
        }
        body += jobTable()
        let busy = jobs.contains { $0.job.state == .queued || $0.job.state == .running }
        return Page(title: "Variantes et tests — version \(number)", session: session, body: body, refreshSeconds: busy ? 5 : nil)
    }

    func variantsForm(_ base: String) -> String {
        var boxes = ""
        for profile in PriorityProfile.allCases {
            let checked = profile == .requests || profile == .fairness || profile == .stability ? " checked" : ""
            boxes += """
                <li><input type="checkbox" id="p-\(profile.rawValue)" name="profil-\(profile.rawValue)"\(checked)>
                <label for="p-\(profile.rawValue)">\(HTML.escape(VariantLabels.label(profile.rawValue)))</label>
                <span class="muted">— \(HTML.escape(VariantLabels.explanation(profile)))</span></li>
                """
        }
        return """
            <section class="card" aria-labelledby="variantes"><h2 id="variantes">Générer des variantes</h2>
            <p>Une variante par priorité cochée, chacune enregistrée comme nouvelle version issue de la version \(context.version.number) ;
            toutes sont ensuite comparées avec les poids de l'unité.</p>
            <form method="post" action="\(base)/variantes">\(HTML.csrfField(session))
            <fieldset><legend>Priorités</legend><ul class="items">\(boxes)</ul></fieldset>
            \(Self.budget(id: "v", options: [(60, "1 min"), (120, "2 min"), (300, "5 min"), (600, "10 min")], selected: 120))
            <button type="submit">Générer les variantes</button></form></section>
            """
    }

    func repairForm(_ base: String) -> String {
        var kept = switch (cadreCells.kept.count, cadreCells.refused.isEmpty) {
        case (0, true): "Aucune case n'a été modifiée à la main sur le chemin de cette version : la réparation corrigera au mieux en changeant le moins de cases possible."
        case (0, false): "Aucune des cases modifiées à la main ne peut être gardée."
        case (1, _): "La case que vous avez modifiée est gardée telle quelle ; les autres ne bougent que si cela rétablit une règle ou la couverture."
        case (let count, _): "Les \(count) cases que vous avez modifiées sont gardées telles quelles ; les autres ne bougent que si cela rétablit une règle ou la couverture."
        }
        if !cadreCells.refused.isEmpty {
            let cells = cadreCells.refused.map { "\($0.staff.rawValue) le \(FrenchCalendar.long($0.date)) (\($0.shift?.rawValue ?? "repos"))" }
            kept += " Le scénario ne permet pas de garder " + cells.joined(separator: ", ")
                + " (poste non autorisé pour l'agent, jour d'absence ou case déjà verrouillée) : la réparation pourra les changer."
        }
        return """
            <section class="card" aria-labelledby="reparation"><h2 id="reparation">Réparer autour de vos modifications</h2>
            <p>\(HTML.escape(kept)) Chaque case changée coûte \(GridPage.decimal(RosterRepair.defaultChangeWeight)) points.</p>
            <form method="post" action="\(base)/reparation">\(HTML.csrfField(session))
            \(Self.budget(id: "r", options: [(10, "10 s"), (30, "30 s"), (60, "1 min"), (120, "2 min")], selected: 30))
            <button type="submit">Réparer le planning</button></form></section>
            """
    }

    func stressForm(_ base: String) -> String {
        """
        <section class="card" aria-labelledby="charge"><h2 id="charge">Test de charge</h2>
        <p>Le planning est soumis aux perturbations types de l'unité — vagues d'absences de 10 % (semaine 2) et 20 % (semaine 3),
        un agent de plus sur la nuit la plus chargée (semaine 4) et sur le jour le plus chargé (semaine 2), perte de la compétence la plus rare —,
        chacune réparée avec le moins de changements possible. Le rapport donne la couverture, les heures au-delà de l'objectif, les cases changées et les agents à prévenir.</p>
        <form method="post" action="\(base)/test-de-charge">\(HTML.csrfField(session))
        <fieldset><legend>Ou vos propres perturbations (laisser vide pour le lot type ; plusieurs séparées par « ; »)</legend>
        <p><label for="s-vague">Vague d'absences</label> <input id="s-vague" name="vague" size="22" placeholder="15%:week3 ou 20%/IDE:weeks2-3">
        <label for="s-afflux">Afflux</label> <input id="s-afflux" name="afflux" size="22" placeholder="N/IDE+1@week4"></p>
        <p><label for="s-perte">Perte de compétence</label> <input id="s-perte" name="perte" size="22" placeholder="ASH:2026-06-08..2026-06-10">
        <label for="s-absents">Absences nommées</label> <input id="s-absents" name="absents" size="22" placeholder="IDE01,IDE02:week2"></p>
        <p><input type="checkbox" id="s-anap" name="anap"> <label for="s-anap">Exercice ANAP : 10 IDE en arrêt maladie la semaine du milieu,
        puis 11 IDE par poste jusqu'à la fin du mois, heures supplémentaires autorisées</label></p></fieldset>
        <p><input type="checkbox" id="hs" name="heures-sup"> <label for="hs">Autoriser les heures supplémentaires (dans le plafond légal)</label></p>
        \(Self.budget(id: "s", options: [(30, "30 s"), (60, "1 min"), (180, "3 min"), (300, "5 min")], selected: 60))
        <button type="submit">Lancer le test de charge</button></form></section>
        """
    }

    func jobTable() -> String {
        guard !jobs.isEmpty else { return #"<h2>Calculs sur ce planning</h2><p class="muted">Aucun pour l'instant.</p>"# }
        var html = #"<h2>Calculs sur ce planning</h2><table aria-label="Calculs sur ce planning"><thead><tr><th scope="col">Calcul</th><th scope="col">Nature</th>"#
        html += #"<th scope="col">Depuis</th><th scope="col">Demandé par</th><th scope="col">État</th><th scope="col">Résultat</th></tr></thead><tbody>"#
        for row in jobs {
            let job = row.job
            let id = job.id ?? 0
            var result = ""
            switch job.state {
            case .queued: result = "en attente d'un processeur libre"
            case .running: result = "en cours (budget \(Int(job.timeLimitSeconds)) s)"
            case .succeeded:
                let versions = job.savedVersionNumbers
                let links = versions.map { #"<a href="/plannings/\#(rosterId)/versions/\#($0)">version \#($0)</a>"# }.joined(separator: ", ")
                switch job.kind {
                case .variants: result = #"\#(links) — <a href="/calculs/\#(id)/rapport">Comparer les variantes</a>"#
                case .repair: result = #"\#(links) — <a href="/calculs/\#(id)/rapport">Changements de la réparation</a>"#
                case .stress, .solve: result = #"<a href="/calculs/\#(id)/rapport">Rapport du test de charge</a>"#
                }
            case .failed, .cancelled: result = HTML.escape(job.failure ?? "")
            }
            if session.access.canWrite(unit: unit) && (job.state == .queued || job.state == .running) {
                result += #" <form class="inline" method="post" action="/calculs/\#(id)/annuler">\#(HTML.csrfField(session))<button type="submit" class="secondary">Annuler</button></form>"#
            }
            html += """
                <tr><td>n° \(id) (graine \(job.seed))</td><td>\(Self.kindLabel(job.kind))</td><td>\(row.sourceVersion.map { "version \($0)" } ?? "—")</td>
                <td>\(HTML.escape(job.submittedBy))</td><td><span class="state">\(HomePage.jobLabel(job.state))</span></td><td>\(result)</td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    static func kindLabel(_ kind: JobKind) -> String {
        switch kind {
        case .solve: "proposition"
        case .variants: "variantes"
        case .repair: "réparation"
        case .stress: "test de charge"
        }
    }

    /// The budget select and the seed field of a job form.
    static func budget(id: String, options: [(Int, String)], selected: Int) -> String {
        let choices = options.map { #"<option value="\#($0.0)"\#($0.0 == selected ? " selected" : "")>\#($0.1)</option>"# }.joined()
        return """
            <p><label for="\(id)-duree">Durée totale</label> <select id="\(id)-duree" name="duree">\(choices)</select>
            <label for="\(id)-graine">Graine</label> <input id="\(id)-graine" name="graine" value="1" size="4" inputmode="numeric"></p>
            """
    }
}
