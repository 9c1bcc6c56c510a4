import Foundation
import RosterStore
import Scheduling

/// What a repair did: how many other cells it moved around the cadre's kept cells, hard
/// violations and score before and after, and the changes person by person with their effect
/// on each rule (the diff from the source version to the repaired one).
struct RepairReportPage {
    var session: Session
    var job: StoredJob
    var view: VersionDiffView

    func page() -> Page {
        let diff = view.diff
        let roster = view.rosterId
        let kept = DerivedJobOptions(stored: job.options).locks?.count ?? 0
        let from = view.from.number, to = view.to.number
        var body = """
            <h1>\(HTML.escape(view.unit)) — réparation de la version \(from) (calcul n° \(job.id ?? 0))</h1>
            <p><a href="/plannings/\(roster)/versions/\(to)">Grille réparée (version \(to))</a>
            · <a href="/plannings/\(roster)/differences?de=\(from)&amp;a=\(to)">Différences détaillées</a>
            · <a href="/plannings/\(roster)/versions/\(from)/calculs">Retour aux calculs de la version \(from)</a></p>
            <div class="card"><p><strong>\(diff.changeCount) autre(s) case(s) déplacée(s)</strong> pour \(diff.byPerson.count) agent(s),
            \(kept == 0 ? "sans case gardée à la main." : kept == 1 ? "autour de la case que vous avez gardée." : "autour des \(kept) cases que vous avez gardées.")</p>
            <p>Violations de règles impératives : \(diff.hardCountBefore) → <strong>\(diff.hardCountAfter)</strong>
            · score : \(GridPage.decimal(diff.objectiveBefore)) → \(GridPage.decimal(diff.objectiveAfter)) (\(DiffPage.signed(diff.objectiveDelta)))</p></div>
            """
        let page = DiffPage(session: session, view: view)
        if diff.changeCount == 0 {
            body += #"<p class="card done">La réparation n'a rien changé : cette version était déjà la meilleure autour de vos cases.</p>"#
        } else {
            body += page.hardChanges(diff)
            body += "<h2>Agents à prévenir</h2><p>\(diff.byPerson.map { HTML.escape($0.staff.rawValue) }.joined(separator: ", "))</p>"
            body += page.byPerson(diff)
        }
        return Page(title: "Réparation — version \(from)", session: session, body: body)
    }
}
