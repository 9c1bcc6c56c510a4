/// The roster as a printable HTML page for the ward's wall: A3 landscape, one line per agent,
/// one column per day with French weekday names, one colour per kind of shift, a legend,
/// absences shown by their code, and the transparency notice.
public enum RosterHTML {
    /// The kind of a shift, which decides its colour on the wall.
    public enum ShiftKind: String, CaseIterable, Sendable {
        case morning = "matin", day = "journee", evening = "soir", night = "nuit", long = "long", other = "autre"

        /// Night when flagged; 10 h or more of span is a long day; otherwise by start time.
        public init(_ shift: ShiftType) {
            if shift.night { self = .night; return }
            guard let start = shift.start else { self = .other; return }
            if let span = shift.spanMinutes, span >= 600 { self = .long; return }
            switch start.minutes {
            case ..<480: self = .morning
            case ..<720: self = .day
            default: self = .evening
            }
        }

        var label: String {
            switch self {
            case .morning: "matin"
            case .day: "journée"
            case .evening: "soir"
            case .night: "nuit"
            case .long: "12 h"
            case .other: "autre"
            }
        }

        var colour: String {
            switch self {
            case .morning: "#fff3b0"
            case .day: "#c8e6c9"
            case .evening: "#ffcc80"
            case .night: "#9fa8da"
            case .long: "#80deea"
            case .other: "#e0e0e0"
            }
        }
    }

    static let weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    public static func render(_ roster: Roster, problem: PlanningProblem, notice: TransparencyNotice) -> String {
        let scenario = problem.scenario
        let unit = scenario.unit ?? scenario.name
        let dates = roster.period.dates
        let start = roster.period.start
        let title = "Planning — \(unit) — \(months[start.month - 1]) \(start.year)"
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            @page { size: A3 landscape; margin: 8mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; margin: 0; }
            h1 { font-size: 14pt; margin: 0 0 4pt 0; }
            .notice { font-size: 9pt; font-style: italic; margin: 4pt 0; }
            table.roster { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.roster th, table.roster td { border: 1px solid #777; text-align: center; padding: 2pt 0; overflow: hidden; }
            table.roster th.agent, table.roster td.agent { width: 11em; text-align: left; padding-left: 3pt; }
            th.weekend, td.weekend { background-image: linear-gradient(rgba(0,0,0,0.08), rgba(0,0,0,0.08)); }
            th.holiday { text-decoration: underline; }
            td.absence { color: #555; font-style: italic; }
            .legend { margin-top: 6pt; }
            .legend span { display: inline-block; border: 1px solid #777; padding: 1pt 6pt; margin-right: 6pt; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }

            """
        for kind in ShiftKind.allCases { html += "td.\(kind.rawValue), span.\(kind.rawValue) { background-color: \(kind.colour); }\n" }
        html += "</style>\n</head>\n<body>\n"
        html += "<h1>\(escape(title))</h1>\n"
        html += "<p class=\"notice\">\(escape(notice.text))</p>\n"
        html += "<table class=\"roster\">\n<thead>\n<tr><th class=\"agent\">Agent</th>"
        for (d, date) in dates.enumerated() {
            let weekday = weekdays[date.isoWeekday - 1]
            var classes: [String] = []
            if date.isoWeekday >= 6 { classes.append("weekend") }
            if d < problem.isHoliday.count, problem.isHoliday[d] { classes.append("holiday") }
            let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            html += "<th\(classAttribute) title=\"\(weekday) \(date.day) \(months[date.month - 1])\">\(weekday.prefix(3))<br>\(date.day)</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in roster.rows {
            let s = problem.staffIndex[row.staff]
            let member = s.map { problem.staff[$0] }
            let name = member.map { $0.name == row.staff.rawValue ? $0.name : "\($0.name) (\(row.staff))" } ?? row.staff.rawValue
            html += "<tr><td class=\"agent\">\(escape(name))\(member.map { " <small>\(escape($0.grade.rawValue))</small>" } ?? "")</td>"
            for (d, date) in dates.enumerated() {
                let weekend = date.isoWeekday >= 6 ? " weekend" : ""
                if let code = d < row.shifts.count ? row.shifts[d] : nil {
                    let kind = problem.shiftIndex[code].map { ShiftKind(problem.shifts[$0]) } ?? .other
                    html += "<td class=\"\(kind.rawValue)\(weekend)\">\(escape(code.rawValue))</td>"
                } else if let s, d < problem.dayCount, let absence = problem.absence[s][d] {
                    html += "<td class=\"absence\(weekend)\">\(escape(absence.rawValue))</td>"
                } else {
                    html += "<td class=\"off\(weekend)\"></td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n<div class=\"legend\"><strong>Légende :</strong> "
        for shift in problem.shifts {
            let kind = ShiftKind(shift)
            let times = shift.start.flatMap { start in shift.end.map { " \(start)–\($0)" } } ?? ""
            html += "<span class=\"\(kind.rawValue)\">\(escape(shift.code.rawValue)) — \(escape(shift.label))\(times) (\(kind.label))</span>"
        }
        html += "<span class=\"off\">vide — repos</span>"
        if let codes = scenario.absenceCodes, !codes.isEmpty {
            html += "<span class=\"absence\">" + codes.map { "\(escape($0.code.rawValue)) : \(escape($0.label))" }.joined(separator: ", ") + "</span>"
        }
        html += "</div>\n<p class=\"notice\">\(escape(notice.detailedText))</p>\n</body>\n</html>\n"
        return html
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
