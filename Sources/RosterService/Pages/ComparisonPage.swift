import Foundation
import Scheduling

/// Versions side by side (variants, repairs, edits): one column per version, one row per
/// indicator of `RosterComparison` — posts missing, requests granted, spreads of nights,
/// weekends and holidays, hours deviation, overtime, hard violations, penalties, score, gap —,
/// the best value of each row in bold, and links to the diff between any two.
struct ComparisonPage {
    var session: Session
    var view: VersionComparisonView

    /// One row of the table: its label, each version's text, and a number to rank (lower is better).
    struct Line {
        var label: String
        var values: [String]
        var ranks: [Double]?
    }

    func page() -> Page {
        let roster = view.rosterId
        let numbers = view.versions.map(\.version.number)
        var body = """
            <h1>\(HTML.escape(view.unit)) — comparaison des versions \(numbers.map(String.init).joined(separator: ", "))</h1>
            <p>Planning n° \(roster) — <a href="/plannings/\(roster)/historique">Toutes les versions</a>
            · <a href="/api/v1/rosters/\(roster)/comparison?versions=\(numbers.map(String.init).joined(separator: ","))">JSON</a></p>
            <p class="muted">Toutes les versions sont jugées avec les poids de l'unité. En gras : la meilleure valeur de chaque ligne.</p>
            """
        body += #"<div class="grid-wrap"><table aria-label="Indicateurs des versions côte à côte"><thead><tr><th scope="col">Indicateur</th>"#
        for row in view.versions {
            let number = row.version.number
            body += #"<th scope="col"><a href="/plannings/\#(roster)/versions/\#(number)">Version \#(number)</a><br><span class="muted">\#(HTML.escape(row.version.note ?? row.version.createdBy))</span></th>"#
        }
        body += "</tr></thead><tbody>"
        for line in lines() {
            let best = line.ranks.flatMap { $0.min() }
            body += #"<tr><th scope="row">\#(HTML.escape(line.label))</th>"#
            for (i, value) in line.values.enumerated() {
                let isBest = best != nil && line.ranks?[i] == best && view.versions.count > 1
                body += "<td>\(isBest ? "<strong>\(HTML.escape(value))</strong>" : HTML.escape(value))</td>"
            }
            body += "</tr>"
        }
        body += "</tbody></table></div>"
        body += diffLinks()
        return Page(title: "Comparaison des versions", session: session, body: body)
    }

    func lines() -> [Line] {
        let rows = view.versions.map(\.indicators)
        func line(_ label: String, _ value: (RosterComparison) -> Double, _ text: (RosterComparison) -> String, higherIsBetter: Bool = false) -> Line {
            Line(label: label, values: rows.map(text), ranks: rows.map { higherIsBetter ? -value($0) : value($0) })
        }
        let priorities = Set(rows.flatMap { $0.requestsAsked.keys }).sorted()
        var lines = [
            line("Violations de règles impératives", { Double($0.hardViolations) }, { String($0.hardViolations) }),
            line("Postes manquants sous le minimum", { Double($0.minimumPersonsMissing) }, { String($0.minimumPersonsMissing) }),
            line("Postes manquants sous la cible", { Double($0.targetPersonsMissing) }, { String($0.targetPersonsMissing) }),
        ]
        for priority in priorities {
            lines.append(line("Demandes honorées (\(priority))", { Double($0.requestsGranted[priority] ?? 0) },
                              { "\($0.requestsGranted[priority] ?? 0)/\($0.requestsAsked[priority] ?? 0)" }, higherIsBetter: true))
        }
        lines += [
            line("Écart de nuits entre agents", { $0.nightsSpread }, { GridPage.decimal($0.nightsSpread) }),
            line("Écart de week-ends entre agents", { $0.weekendsSpread }, { GridPage.decimal($0.weekendsSpread) }),
            line("Écart de fériés entre agents", { $0.holidaysSpread }, { GridPage.decimal($0.holidaysSpread) }),
            line("Écart d'heures au contrat (total)", { $0.hoursDeviationTotal }, { "\(GridPage.decimal($0.hoursDeviationTotal)) h" }),
            line("Écart d'heures au contrat (le plus grand)", { $0.hoursDeviationMax }, { "\(GridPage.decimal($0.hoursDeviationMax)) h" }),
            line("Heures au-delà de l'objectif", { $0.overtimeHours }, { "\(GridPage.decimal($0.overtimeHours)) h (\($0.agentsOverTarget) agent(s))" }),
            line("Pénalités souples", { $0.softPenalty }, { GridPage.decimal($0.softPenalty) }),
            line("Score (plus bas = mieux)", { $0.objective }, { GridPage.decimal($0.objective) }),
        ]
        lines.append(Line(label: "Écart prouvé à l'optimum", values: rows.map { row in row.gap.map { "\(GridPage.decimal($0 * 100)) %" } ?? "non prouvé" }, ranks: nil))
        lines.append(Line(label: "Moteur", values: rows.map { $0.engine ?? "—" }, ranks: nil))
        return lines
    }

    /// A link to the diff of each pair of versions shown, and a form for any other pair.
    func diffLinks() -> String {
        let numbers = view.versions.map(\.version.number)
        guard numbers.count >= 2 else { return "" }
        var html = "<h2>Différences entre deux versions</h2><ul>"
        for (i, a) in numbers.enumerated() {
            for b in numbers[(i + 1)...] {
                html += #"<li><a href="/plannings/\#(view.rosterId)/differences?de=\#(a)&amp;a=\#(b)">de la version \#(a) à la version \#(b)</a></li>"#
            }
        }
        return html + "</ul>"
    }
}
