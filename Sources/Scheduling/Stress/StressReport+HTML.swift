import Foundation

/// The stress report as one self-contained HTML page in French: no external asset, the chart
/// as inline SVG, laid out for printing (A4 landscape). Every text from the input is escaped.
extension StressReport {
    public var html: String {
        let e = HTMLEscaping.escape
        var out = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <title>Test de charge — \(e(scenario))</title>
        <style>
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; margin: 2em; color: #222; }
        h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; } h3 { font-size: 11pt; margin-bottom: 0.3em; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        td.n { text-align: right; white-space: nowrap; }
        .alerte { color: #a00000; font-weight: bold; }
        .note { color: #555; font-size: 9pt; }
        section { margin-bottom: 1em; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print { body { margin: 0; } section, figure, tr { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>Test de charge du planning — \(e(scenario))</h1>
        <p>\(unit.map { e($0) + ". " } ?? "")Période du \(period.start) au \(period.lastDate), \(staffCount) agents. Graine \(seed) ; budget \(e(budget)) ; \(workers) réparation(s) en parallèle ; durée totale \(Self.seconds(elapsedSeconds)).</p>
        <p>Planning de départ (\(e(baseline.source))) : \(baseline.hardViolations) violation(s) impérative(s), couverture des minimums \(Self.coverage(baseline.coverage)).</p>
        <h2>Synthèse</h2>
        <table>
        <thead><tr><th>#</th><th>Perturbation</th><th>Couverture des minimums</th><th>Postes non couverts</th><th>Heures au-delà de l'objectif (agents)</th><th>Au-delà du plafond</th><th>Cases modifiées</th><th>Agents à prévenir</th><th>Violations impératives</th><th>Temps</th></tr></thead>
        <tbody>

        """
        for entry in entries {
            let missing = entry.uncoveredPosts.reduce(0) { $0 + $1.missing }
            let beyond = entry.overtime.filter { $0.beyondCapMinutes > 0 }.count
            out += "<tr class=\"perturbation\"><td class=\"n\">\(entry.number)</td><td><strong>\(e(entry.kind))</strong><br>\(e(entry.label))<br><code>\(e(entry.option)) \(e(entry.notation))</code></td>"
                + "<td class=\"n\">\(Self.coverage(entry.coverage))</td><td class=\"n\(missing > 0 ? " alerte" : "")\">\(missing)</td>"
                + "<td class=\"n\">\(Self.hours(entry.overtimeMinutes)) (\(entry.overtime.count))</td><td class=\"n\(beyond > 0 ? " alerte" : "")\">\(beyond)</td>"
                + "<td class=\"n\">\(entry.changedCells)</td><td class=\"n\">\(entry.toNotify.count)</td>"
                + "<td class=\"n\(entry.hardViolations > 0 ? " alerte" : "")\">\(entry.hardViolations)</td><td class=\"n\">\(Self.seconds(entry.elapsedSeconds))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<h2>Graphique</h2>\n<figure>\n\(chart)\n<figcaption class=\"note\">À gauche, part des postes minimum couverts après réparation ; à droite, heures travaillées au-delà de l'objectif, tous agents confondus.</figcaption>\n</figure>\n<h2>Détail par perturbation</h2>\n"
        for entry in entries { out += section(entry) }
        out += """
        <p class="note">Simulation : chaque perturbation est appliquée au planning de départ puis réparée en modifiant le moins de cases possible ; chaque planning réparé est vérifié par l'évaluateur des règles. Les agents absents sont tirés au sort avec la graine indiquée. Ce rapport aide le cadre à anticiper ; il ne remplace pas sa décision.</p>
        </body>
        </html>

        """
        return out
    }

    /// What one disruption leaves: uncovered posts, hours, agents to notify, hard violations.
    private func section(_ entry: Entry) -> String {
        let e = HTMLEscaping.escape
        var out = "<section>\n<h3>\(entry.number). \(e(entry.kind)) — \(e(entry.label))</h3>\n<ul>\n"
        out += "<li>Couverture des minimums : \(Self.coverage(entry.coverageBefore)) avant réparation, \(Self.coverage(entry.coverage)) après.</li>\n"
        out += "<li>\(entry.changedCells) case(s) modifiée(s), dont \(entry.cancelledShifts) annulée(s) par les absences et \(entry.otherChanges) autre(s) changement(s).</li>\n"
        if !entry.absentStaff.isEmpty { out += "<li>Agents absents : \(e(entry.absentStaff.map(\.rawValue).joined(separator: ", ")))</li>\n" }
        out += "<li>Postes non couverts : \(entry.uncoveredPosts.isEmpty ? "aucun" : e(entry.uncoveredPosts.map(Self.post).joined(separator: ", ")))</li>\n"
        out += "<li>À prévenir : \(entry.toNotify.isEmpty ? "personne" : e(entry.toNotify.map(\.rawValue).joined(separator: ", ")))</li>\n"
        if !entry.hardViolationMessages.isEmpty {
            out += "<li class=\"alerte\">Violations impératives restantes :<ul>" + entry.hardViolationMessages.map { "<li>\(e($0))</li>" }.joined() + "</ul></li>\n"
        }
        out += "</ul>\n"
        if !entry.overtime.isEmpty {
            out += "<table><thead><tr><th>Agent</th><th>Travaillé</th><th>Objectif</th><th>Au-delà de l'objectif</th><th>Plafond\(entry.overtime[0].allowed ? "" : " (heures sup non autorisées)")</th><th>Au-delà du plafond</th><th>Écart avec le planning de départ</th></tr></thead><tbody>\n"
            for o in entry.overtime {
                out += "<tr><td>\(e(o.staff.rawValue))</td><td class=\"n\">\(Self.hours(o.workedMinutes))</td><td class=\"n\">\(Self.hours(o.targetMinutes))</td>"
                    + "<td class=\"n\">\(Self.hours(o.overtimeMinutes))</td><td class=\"n\">\(Self.hours(o.capMinutes))</td>"
                    + "<td class=\"n\(o.beyondCapMinutes > 0 ? " alerte" : "")\">\(Self.hours(o.beyondCapMinutes))</td><td class=\"n\">\(o.addedMinutes >= 0 ? "+" : "−")\(Self.hours(abs(o.addedMinutes)))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    /// Two bar panels, one row per disruption: coverage % (0–100) and overtime hours (0–max).
    var chart: String {
        let rowHeight = 24, top = 34, labelWidth = 40, panelWidth = 300, gap = 70
        let height = top + rowHeight * entries.count + 10
        let width = labelWidth + 2 * panelWidth + gap + 60
        let maxHours = max(1, entries.map { Double($0.overtimeMinutes) / 60 }.max() ?? 0)
        let right = labelWidth + panelWidth + gap
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Couverture et heures au-delà de l'objectif par perturbation\" font-family=\"sans-serif\" font-size=\"11\">\n"
        svg += "<text x=\"\(labelWidth)\" y=\"14\" font-weight=\"bold\">Couverture des minimums (%)</text>\n"
        svg += "<text x=\"\(right)\" y=\"14\" font-weight=\"bold\">Heures au-delà de l'objectif</text>\n"
        svg += "<line x1=\"\(labelWidth)\" y1=\"\(top - 6)\" x2=\"\(labelWidth)\" y2=\"\(height - 6)\" stroke=\"#555\"/>\n"
        svg += "<line x1=\"\(right)\" y1=\"\(top - 6)\" x2=\"\(right)\" y2=\"\(height - 6)\" stroke=\"#555\"/>\n"
        for (i, entry) in entries.enumerated() {
            let y = top + i * rowHeight
            let coverageWidth = Int((entry.coverage.percent / 100 * Double(panelWidth)).rounded())
            let hours = Double(entry.overtimeMinutes) / 60
            let hoursWidth = Int((hours / maxHours * Double(panelWidth)).rounded())
            svg += "<g class=\"perturbation\"><title>\(entry.number). \(HTMLEscaping.escape(entry.kind)) : \(HTMLEscaping.escape(entry.label))</title>\n"
            svg += "<text x=\"4\" y=\"\(y + 12)\">#\(entry.number)</text>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(coverageWidth)\" height=\"16\" fill=\"\(entry.coverage.percent < 100 ? "#c0504d" : "#4f81bd")\"/>\n"
            svg += "<text x=\"\(labelWidth + coverageWidth + 4)\" y=\"\(y + 12)\">\(Self.decimal(entry.coverage.percent)) %</text>\n"
            svg += "<rect x=\"\(right)\" y=\"\(y)\" width=\"\(hoursWidth)\" height=\"16\" fill=\"#f79646\"/>\n"
            svg += "<text x=\"\(right + hoursWidth + 4)\" y=\"\(y + 12)\">\(Self.hours(entry.overtimeMinutes))</text>\n</g>\n"
        }
        return svg + "</svg>"
    }
}
