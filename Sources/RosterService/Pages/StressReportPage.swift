import Foundation
import RosterStore
import Scheduling

/// The report of a stress batch on a version (`StressReport`): the starting coverage, a summary
/// table (one row per disruption: coverage before and after the repair, posts left uncovered,
/// hours above target, cells changed, agents to notify, hard violations, time), an inline SVG
/// chart of coverage and hours above target per disruption, and each disruption's details.
struct StressReportPage {
    var session: Session
    var job: StoredJob
    var rosterId: Int64
    var sourceVersion: Int
    var unit: String
    var report: StressReport

    func page() -> Page {
        let baseline = report.baseline
        var body = """
            <h1>\(HTML.escape(unit)) — test de charge de la version \(sourceVersion) (calcul n° \(job.id ?? 0))</h1>
            <p><a href="/plannings/\(rosterId)/versions/\(sourceVersion)">Grille de la version \(sourceVersion)</a>
            · <a href="/plannings/\(rosterId)/versions/\(sourceVersion)/calculs">Retour aux calculs</a>
            · <a href="/api/v1/jobs/\(job.id ?? 0)/report">Rapport JSON</a></p>
            <p class="card">Planning de départ : \(baseline.hardViolations) violation(s) impérative(s), couverture des minimums
            \(Self.coverage(baseline.coverage)). Graine \(report.seed) ; \(HTML.escape(report.budget)) ; \(report.workers) réparation(s) en parallèle ;
            \(GridPage.decimal(report.elapsedSeconds)) s au total.</p>
            """
        body += summaryTable()
        body += "<h2>Couverture et heures au-delà de l'objectif</h2>" + chart()
        body += details()
        return Page(title: "Test de charge — version \(sourceVersion)", session: session, body: body)
    }

    func summaryTable() -> String {
        var html = #"<h2>Synthèse</h2><table aria-label="Synthèse du test de charge"><thead><tr><th scope="col">n°</th><th scope="col">Perturbation</th>"#
        html += #"<th scope="col">Couverture avant réparation</th><th scope="col">Couverture après</th><th scope="col">Postes non couverts</th>"#
        html += #"<th scope="col">Heures au-delà (agents)</th><th scope="col">Cases modifiées</th><th scope="col">À prévenir</th><th scope="col">Impératives</th><th scope="col">Temps</th></tr></thead><tbody>"#
        for entry in report.entries {
            let uncovered = entry.uncoveredPosts.reduce(0) { $0 + $1.missing }
            let over = entry.overtime.filter { $0.overtimeMinutes > 0 }.count
            html += """
                <tr><td>\(entry.number)</td><td><strong>\(HTML.escape(entry.kind))</strong> : \(HTML.escape(entry.label))</td>
                <td>\(Self.coverage(entry.coverageBefore))</td><td class="\(entry.coverage.percent < 100 ? "cover-short" : "")">\(Self.coverage(entry.coverage))</td>
                <td>\(uncovered)</td><td>\(FrenchCalendar.hours(entry.overtimeMinutes)) (\(over))</td><td>\(entry.changedCells)</td><td>\(entry.toNotify.count)</td>
                <td class="\(entry.hardViolations > 0 ? "tag-hard" : "done")">\(entry.hardViolations)</td><td>\(GridPage.decimal(entry.elapsedSeconds)) s</td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    /// Two bar panels, one row per disruption: coverage of the minimums (0–100 %) and hours
    /// above target (0 to the largest). Each bar carries its value as text; the table above
    /// gives the same figures for screen readers.
    func chart() -> String {
        let rowHeight = 26, top = 36, labelWidth = 40, panel = 300, gap = 80
        let height = top + rowHeight * report.entries.count + 10
        let width = labelWidth + 2 * panel + gap + 80
        let right = labelWidth + panel + gap
        let maxMinutes = max(60, report.entries.map(\.overtimeMinutes).max() ?? 0)
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="Couverture des minimums et heures au-delà de l'objectif par perturbation" font-family="system-ui, sans-serif" font-size="12">"#
        svg += #"<text x="\#(labelWidth)" y="16" font-weight="bold">Couverture des minimums (%)</text>"#
        svg += #"<text x="\#(right)" y="16" font-weight="bold">Heures au-delà de l'objectif</text>"#
        svg += ##"<line x1="\##(labelWidth)" y1="\##(top - 8)" x2="\##(labelWidth)" y2="\##(height - 6)" stroke="#4a5360"/>"##
        svg += ##"<line x1="\##(right)" y1="\##(top - 8)" x2="\##(right)" y2="\##(height - 6)" stroke="#4a5360"/>"##
        for (i, entry) in report.entries.enumerated() {
            let y = top + i * rowHeight
            let coverageWidth = Int((max(0, min(100, entry.coverage.percent)) / 100 * Double(panel)).rounded())
            let hoursWidth = Int((Double(entry.overtimeMinutes) / Double(maxMinutes) * Double(panel)).rounded())
            let colour = entry.coverage.percent < 100 ? "#b00020" : "#0b5cad"
            svg += "<g><title>\(entry.number). \(HTML.escape(entry.kind)) : \(HTML.escape(entry.label))</title>"
            svg += #"<text x="4" y="\#(y + 13)">n° \#(entry.number)</text>"#
            svg += #"<rect class="couverture" x="\#(labelWidth)" y="\#(y)" width="\#(coverageWidth)" height="18" fill="\#(colour)"/>"#
            svg += #"<text x="\#(labelWidth + coverageWidth + 4)" y="\#(y + 13)">\#(GridPage.decimal(entry.coverage.percent)) %</text>"#
            svg += ##"<rect class="heures" x="\##(right)" y="\##(y)" width="\##(hoursWidth)" height="18" fill="#8a5a00"/>"##
            svg += #"<text x="\#(right + hoursWidth + 4)" y="\#(y + 13)">\#(FrenchCalendar.hours(entry.overtimeMinutes))</text></g>"#
        }
        return #"<div class="card">"# + svg + "</svg></div>"
    }

    func details() -> String {
        var html = "<h2>Détail par perturbation</h2>"
        for entry in report.entries {
            html += #"<section class="card"><h3>\#(entry.number). \#(HTML.escape(entry.kind)) — \#(HTML.escape(entry.label))</h3><ul>"#
            html += "<li>\(entry.changedCells) case(s) modifiée(s), dont \(entry.cancelledShifts) annulée(s) par absence et \(entry.otherChanges) autre(s)</li>"
            if !entry.absentStaff.isEmpty {
                html += "<li>Absents : \(HTML.escape(entry.absentStaff.map(\.rawValue).joined(separator: ", ")))</li>"
            }
            if !entry.uncoveredPosts.isEmpty {
                let posts = entry.uncoveredPosts.map { "\(FrenchCalendar.long($0.date)) \($0.shift.rawValue)\($0.skill.map { "/\($0.rawValue)" } ?? "") (\($0.missing))" }
                html += "<li class=\"tag-hard\">Postes non couverts : \(HTML.escape(posts.joined(separator: ", ")))</li>"
            }
            let over = entry.overtime.filter { $0.overtimeMinutes > 0 }
            if !over.isEmpty {
                let text = over.map { "\($0.staff.rawValue) +\(FrenchCalendar.hours($0.overtimeMinutes))\($0.beyondCapMinutes > 0 ? " (au-delà du plafond)" : "")" }
                html += "<li>Au-delà de l'objectif : \(HTML.escape(text.joined(separator: ", ")))</li>"
            }
            if !entry.toNotify.isEmpty {
                html += "<li>À prévenir : \(HTML.escape(entry.toNotify.map(\.rawValue).joined(separator: ", ")))</li>"
            }
            for message in entry.hardViolationMessages.prefix(20) { html += "<li class=\"tag-hard\">\(HTML.escape(message))</li>" }
            html += "</ul></section>"
        }
        return html
    }

    /// « 99,5 % (432/434) ».
    static func coverage(_ coverage: StressReport.Coverage) -> String {
        "\(GridPage.decimal(coverage.percent)) % (\(coverage.filledPosts)/\(coverage.requiredPosts))"
    }
}
