import Foundation

/// One iCalendar file (RFC 5545) per agent: one event per shift, in Paris local time.
///
/// Lines end with CRLF and are folded at 75 octets (never inside a UTF-8 character); texts are
/// escaped. A shift's UID depends only on the unit, the agent and the date, so importing a later
/// version updates the same events (SEQUENCE is the version number). Night shifts end the next
/// day; shift types without clock times become all-day events.
public enum RosterICalendar {
    /// The time zone of every French hospital roster in metropolitan France.
    public static let timeZone = "Europe/Paris"

    /// One calendar per agent of the roster, in roster order, with a file name `AGENT.ics`.
    /// - Parameter stamp: creation time for DTSTAMP, ISO 8601 UTC (`2026-05-20T10:00:00Z`).
    public static func calendars(_ roster: Roster, problem: PlanningProblem, notice: TransparencyNotice,
                                 stamp: String, sequence: Int = 0) -> [(fileName: String, content: String)] {
        roster.rows.map { row in
            (fileName: safeFileName(row.staff.rawValue) + ".ics",
             content: calendar(row, roster: roster, problem: problem, notice: notice, stamp: stamp, sequence: sequence))
        }
    }

    /// The calendar of one agent's row.
    public static func calendar(_ row: RosterRow, roster: Roster, problem: PlanningProblem, notice: TransparencyNotice,
                                stamp: String, sequence: Int = 0) -> String {
        let unit = problem.scenario.unit ?? problem.scenario.name
        let name = problem.staff.first { $0.id == row.staff }?.name ?? row.staff.rawValue
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planning hospitalier//sched-cli//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape("Planning \(name) — \(unit)"), "X-WR-TIMEZONE:\(timeZone)",
        ]
        lines += parisTimeZone
        let dtstamp = utcStamp(stamp)
        let dates = roster.period.dates
        for (d, code) in row.shifts.enumerated() where d < dates.count {
            guard let code, let index = problem.shiftIndex[code] else { continue }
            let shift = problem.shifts[index]
            let date = dates[d]
            lines += ["BEGIN:VEVENT",
                      "UID:" + uid(unit: unit, staff: row.staff, date: date),
                      "DTSTAMP:" + dtstamp,
                      "SEQUENCE:\(sequence)"]
            if let start = shift.start, let span = shift.spanMinutes {
                let end = start.minutes + span
                lines.append("DTSTART;TZID=\(timeZone):" + local(date, minutes: start.minutes))
                lines.append("DTEND;TZID=\(timeZone):" + local(date.adding(days: end / 1440), minutes: end % 1440))
            } else {
                lines.append("DTSTART;VALUE=DATE:" + compact(date))
                lines.append("DTEND;VALUE=DATE:" + compact(date.adding(days: 1)))
            }
            lines += ["SUMMARY:" + escape("\(shift.label) (\(shift.code)) — \(unit)"),
                      "DESCRIPTION:" + escape(notice.detailedText),
                      "CATEGORIES:" + escape(shift.night ? "Nuit" : "Jour"),
                      "TRANSP:OPAQUE",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Stable across versions: unit, agent and date only.
    static func uid(unit: String, staff: StaffID, date: CivilDate) -> String {
        "\(slug(unit))-\(safeFileName(staff.rawValue))-\(compact(date))@planning-hospitalier"
    }

    /// ASCII letters and digits of `text` (accents dropped), runs of others as one `-`, at most 32 characters.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(32))
    }

    /// Splits a content line into lines of at most 75 octets; continuation lines start with a space.
    static func fold(_ line: String) -> String {
        var result: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result.append(current)
                current = " "
                octets = 1
            }
            current.append(character)
            octets += size
        }
        result.append(current)
        return result.joined(separator: "\r\n")
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    static func compact(_ date: CivilDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    static func local(_ date: CivilDate, minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return compact(date) + "T" + (h < 10 ? "0\(h)" : "\(h)") + (m < 10 ? "0\(m)" : "\(m)") + "00"
    }

    /// `2026-05-20T10:00:00Z` → `20260520T100000Z`.
    static func utcStamp(_ iso: String) -> String {
        let digits = iso.filter { $0.isNumber }
        guard digits.count >= 14 else { return "19700101T000000Z" }
        let d = Array(digits)
        return String(d[0..<8]) + "T" + String(d[8..<14]) + "Z"
    }

    static func safeFileName(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }

    /// Central European Time with the EU's summer-time rule (last Sunday of March and October).
    static let parisTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
