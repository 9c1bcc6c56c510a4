import RosterStore
import Scheduling

/// The month grid of one version: people × days, a colour per kind of shift, absences, locks,
/// hard and soft violations on their cells, a coverage row per shift type, and hours against
/// target per person; then the list of violations and the version history.
struct GridPage {
    var session: Session
    var rosterId: Int64
    var unit: String
    var detail: VersionDetailView
    var context: VersionContext
    var versions: [VersionView]
    /// Cells changed from the parent version (the diff), and that parent's number.
    var edits: [StoredEdit] = []
    var parentNumber: Int? = nil
    var notice: String? = nil

    func page() -> Page {
        let problem = context.problem
        let roster = context.roster
        let dates = roster.period.dates
        let number = detail.version.number
        var body = """
            <h1>\(HTML.escape(unit)) — \(HTML.escape(FrenchCalendar.month(of: roster.period.start)))</h1>
            <p>Planning n° \(rosterId), version \(number) — <span class="state">\(HomePage.stateLabel(detail.version.state))</span>
            — <a href="/plannings/\(rosterId)/versions/\(number)/signature">Revue et signature</a>
            · <a href="/plannings/\(rosterId)/versions/\(number)/impression">Version imprimable (A3)</a>
            · <a href="/api/v1/rosters/\(rosterId)/versions/\(number)/export?format=csv">Export CSV</a>
            · <a href="/plannings/\(rosterId)/historique">Historique et comparaison des versions</a>
            · <a href="/plannings/\(rosterId)/versions/\(number)/calculs">Variantes, réparation, test de charge</a></p>
            """
        if let notice { body += #"<p class="alert alert-ok" role="status">\#(HTML.escape(notice))</p>"# }
        body += summary()
        body += legend(problem)
        body += grid(problem: problem, roster: roster, dates: dates)
        body += diff()
        body += explanations()
        body += violationList()
        body += history()
        return Page(title: "Planning \(unit)", session: session, body: body)
    }

    func summary() -> String {
        let evaluation = detail.evaluation
        let provenance = context.roster.provenance
        var quality = "sans borne inférieure : qualité non prouvée"
        if let bound = provenance?.bound, let objective = provenance?.objective, objective > 0 {
            let gap = max(0, (objective - bound) / objective * 100)
            quality = "écart prouvé à l'optimum : \(Self.decimal(gap)) %"
        }
        let hardClass = evaluation.hardViolations > 0 ? "tag-hard" : "done"
        return """
            <div class="card"><strong class="\(hardClass)">\(evaluation.hardViolations) violation(s) de règles impératives</strong>
            · pénalités souples : \(Self.decimal(evaluation.softPenalty))
            · \(quality)
            · moteur : \(HTML.escape(provenance?.engine ?? "—"))\(provenance?.seed.map { ", graine \($0)" } ?? "")</div>
            """
    }

    func legend(_ problem: PlanningProblem) -> String {
        var html = #"<p class="legend" aria-label="Légende">"#
        for shift in problem.shifts {
            let kind = RosterHTML.ShiftKind(shift)
            let times = shift.start.map { start in shift.end.map { "\(start)–\($0)" } ?? "\(start)" } ?? ""
            html += #"<span class="\#(kind.rawValue)" style="\#(Self.swatch(kind))">\#(HTML.escape(shift.code.rawValue)) \#(HTML.escape(shift.label)) \#(HTML.escape(times))</span>"#
        }
        html += #"<span style="background:#eceff1">absence (code)</span><span style="box-shadow: inset 0 0 0 2px #37474f">case verrouillée (cadre foncé)</span>"#
        html += #"<span style="outline: 3px solid #b00020; outline-offset: -3px">règle impérative violée</span><span style="box-shadow: inset 0 -4px 0 #8a5a00">pénalité souple</span></p>"#
        return html
    }

    func grid(problem: PlanningProblem, roster: Roster, dates: [CivilDate]) -> String {
        var marks: [String: (hard: Bool, messages: [String])] = [:]
        var coverageMarks: [String: [String]] = [:]
        for violation in context.report.violations {
            if let staff = violation.staff {
                for date in violation.dates {
                    let key = "\(staff.rawValue)|\(date)"
                    var mark = marks[key] ?? (false, [])
                    mark.hard = mark.hard || violation.hard
                    mark.messages.append(violation.message.fr)
                    marks[key] = mark
                }
            } else if let shift = violation.shift, violation.hard {
                for date in violation.dates { coverageMarks["\(shift.rawValue)|\(date)", default: []].append(violation.message.fr) }
            }
        }
        let changed = Set(edits.map { "\($0.staff)|\($0.date)" })
        let linked = session.access.canWrite(unit: unit) && detail.version.state != .signed
        let rows = Dictionary(roster.rows.map { ($0.staff, $0.shifts) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(detail.indicators.people.map { ($0.staff, $0) }, uniquingKeysWith: { first, _ in first })
        var html = #"<div class="grid-wrap"><table class="grid" aria-label="Grille du mois"><thead><tr><th class="person" scope="col">Agent</th>"#
        for (d, date) in dates.enumerated() {
            var classes: [String] = []
            if date.isSaturday || date.isSunday { classes.append("we") }
            if problem.isHoliday[d] { classes.append("ferie") }
            let title = FrenchCalendar.long(date) + (problem.isHoliday[d] ? " (férié)" : "")
            html += #"<th scope="col" class="\#(classes.joined(separator: " "))" title="\#(HTML.escape(title))">\#(FrenchCalendar.shortWeekdays[date.isoWeekday - 1])<br>\#(date.day)</th>"#
        }
        html += #"<th scope="col">Heures / objectif</th></tr></thead><tbody>"#
        for (s, member) in problem.staff.enumerated() {
            html += #"<tr><th class="person" scope="row">\#(HTML.escape(member.name)) <span class="muted">\#(HTML.escape(member.grade.rawValue))</span></th>"#
            let shifts = rows[member.id] ?? []
            for (d, date) in dates.enumerated() {
                let code = d < shifts.count ? shifts[d] : nil
                var classes: [String] = []
                var text = ""
                var titles: [String] = []
                if let code, let t = problem.shiftIndex[code] {
                    classes.append(RosterHTML.ShiftKind(problem.shifts[t]).rawValue)
                    text = code.rawValue
                    titles.append(problem.shifts[t].label)
                } else if let absence = problem.absence[s][d] {
                    classes.append("absence")
                    text = absence.rawValue
                    titles.append("absence \(absence.rawValue)")
                }
                if problem.lock[s][d] != nil {
                    classes.append("lock")
                    titles.append("case verrouillée")
                }
                if date.isSaturday || date.isSunday { classes.append("we") }
                var focus = ""
                if let mark = marks["\(member.id.rawValue)|\(date)"] {
                    classes.append(mark.hard ? "hard" : "soft")
                    titles += mark.messages
                    focus = #" tabindex="0""#
                    if mark.hard { text += "!" }
                }
                if changed.contains("\(member.id.rawValue)|\(date)") {
                    classes.append("changed")
                    titles.append("modifiée depuis la version \(parentNumber ?? 0)")
                }
                let title = ([member.name, FrenchCalendar.long(date)] + titles).joined(separator: " — ")
                if linked {
                    let href = "/plannings/\(rosterId)/versions/\(detail.version.number)/cases/\(member.id.rawValue)/\(date)"
                    html += #"<td class="\#(classes.joined(separator: " "))" title="\#(HTML.escape(title))"><a class="cell" href="\#(HTML.escape(href))" aria-label="\#(HTML.escape(title))">\#(HTML.escape(text.isEmpty ? "·" : text))</a></td>"#
                } else {
                    html += #"<td class="\#(classes.joined(separator: " "))" title="\#(HTML.escape(title))" aria-label="\#(HTML.escape(title))"\#(focus)>\#(HTML.escape(text))</td>"#
                }
            }
            if let person = people[member.id] {
                let target = person.targetMinutes
                let off = target.map { abs(person.workedMinutes - $0) >= 450 } ?? false
                let targetText = target.map { " / \(FrenchCalendar.hours($0))" } ?? ""
                html += #"<td class="\#(off ? "hours-off" : "")">\#(FrenchCalendar.hours(person.workedMinutes))\#(targetText)</td>"#
            } else {
                html += "<td></td>"
            }
            html += "</tr>"
        }
        let uncovered = Set(detail.indicators.coverage.uncoveredMinimum.map { "\($0.shift.rawValue)|\($0.date)" })
        for shift in problem.shifts {
            html += #"<tr><th class="person" scope="row">Effectif \#(HTML.escape(shift.code.rawValue))</th>"#
            for (d, date) in dates.enumerated() {
                let count = problem.staff.indices.filter { s in
                    let shifts = rows[problem.staff[s].id] ?? []
                    return d < shifts.count && shifts[d] == shift.code
                }.count
                let key = "\(shift.code.rawValue)|\(date)"
                let short = uncovered.contains(key) || coverageMarks[key] != nil
                let title = (["Effectif \(shift.code.rawValue) le \(FrenchCalendar.long(date)) : \(count)"] + (coverageMarks[key] ?? [])).joined(separator: " — ")
                html += #"<td class="\#(short ? "cover-short" : "")" title="\#(HTML.escape(title))"\#(short ? #" tabindex="0""# : "")>\#(count)\#(short ? "!" : "")</td>"#
            }
            html += "<td></td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// Why the posts short of their minimum could not be covered, agent by agent, and where each
    /// other broken hard rule comes from: cells only the cadre can lift (locks, last month,
    /// absences) or a conflict the search left.
    func explanations() -> String {
        var html = ""
        if !detail.uncoveredPosts.isEmpty {
            html += "<h2>Postes non couverts : pourquoi (\(detail.uncoveredPosts.count))</h2><ul>"
            for explanation in detail.uncoveredPosts.prefix(100) {
                html += "<li>\(HTML.escape(explanation.message.fr))</li>"
            }
            html += "</ul>"
        }
        if !detail.hardConflicts.isEmpty {
            html += "<h2>Règles impératives non respectées : d'où vient le conflit (\(detail.hardConflicts.count))</h2><ul>"
            for conflict in detail.hardConflicts.prefix(100) {
                let origin = conflict.kind == .imposed ? "imposé par les données (verrous, mois précédent, absences)" : "laissé par la recherche"
                html += "<li>\(HTML.escape(conflict.message.fr)) <span class=\"muted\">— \(origin)</span></li>"
            }
            html += "</ul>"
        }
        return html
    }

    /// The cells this version changed from its parent.
    func diff() -> String {
        guard let parentNumber, !edits.isEmpty else { return "" }
        var html = "<h2>Modifications par rapport à la version \(parentNumber) (\(edits.count))</h2><ul>"
        for edit in edits {
            let day = CivilDate(iso: edit.date).map(FrenchCalendar.long) ?? edit.date
            html += "<li>\(HTML.escape(edit.staff)), \(HTML.escape(day)) : \(HTML.escape(edit.before ?? "repos")) → <strong>\(HTML.escape(edit.after ?? "repos"))</strong> (\(HTML.escape(edit.editedBy)))</li>"
        }
        html += "</ul>"
        return html + #"<p><a href="/plannings/\#(rosterId)/differences?de=\#(parentNumber)&amp;a=\#(detail.version.number)">Effet de ces modifications sur chaque règle</a></p>"#
    }

    func violationList() -> String {
        let violations = context.report.violations.sorted { $0.hard && !$1.hard }
        guard !violations.isEmpty else { return #"<h2>Règles</h2><p class="done">Aucune violation ni pénalité.</p>"# }
        var html = "<h2>Violations et pénalités (\(violations.count))</h2><ul class=\"items\">"
        for violation in violations.prefix(200) {
            let tag = violation.hard ? #"<span class="tag-hard">impérative</span>"# : #"<span class="tag-soft">souple, \#(Self.decimal(violation.penalty)) pts</span>"#
            html += "<li>\(tag) \(HTML.escape(violation.rule.rawValue)) — \(HTML.escape(violation.message.fr))</li>"
        }
        if violations.count > 200 { html += "<li class=\"muted\">… et \(violations.count - 200) autres (voir l'API)</li>" }
        return html + "</ul>"
    }

    func history() -> String {
        var html = "<h2>Versions</h2><ul>"
        for version in versions {
            html += #"<li><a href="/plannings/\#(rosterId)/versions/\#(version.number)">Version \#(version.number)</a> — \#(HomePage.stateLabel(version.state)), \#(HTML.escape(version.createdBy)), \#(FrenchCalendar.timestamp(version.createdAt))\#(version.note.map { " — " + HTML.escape($0) } ?? "")</li>"#
        }
        return html + "</ul>"
    }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return text.replacingOccurrences(of: ".", with: ",")
    }

    static func swatch(_ kind: RosterHTML.ShiftKind) -> String {
        switch kind {
        case .morning: "background:#fff3b0"
        case .day: "background:#c8e6c9"
        case .evening: "background:#ffcc80"
        case .night: "background:#3f4a9e;color:#fff"
        case .long: "background:#80deea"
        case .other: "background:#e0e0e0"
        }
    }
}
