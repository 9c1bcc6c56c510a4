import Scheduling

/// French names of weekdays and months, for the pages.
enum FrenchCalendar {
    static let weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let shortWeekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    /// « juin 2026 ».
    static func month(of date: CivilDate) -> String { "\(months[date.month - 1]) \(date.year)" }

    /// « lundi 1 juin 2026 ».
    static func long(_ date: CivilDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `2026-06-01T08:30:00Z` → « 01/06/2026 08:30 UTC »; other texts unchanged.
    static func timestamp(_ iso: String) -> String {
        let chars = Array(iso)
        guard chars.count >= 16, chars[4] == "-", chars[10] == "T" else { return iso }
        return "\(String(chars[8...9]))/\(String(chars[5...6]))/\(String(chars[0...3])) \(String(chars[11...15])) UTC"
    }

    /// Minutes as « 151 h 30 ».
    static func hours(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "−" : ""
        let value = abs(minutes)
        return value % 60 == 0 ? "\(sign)\(value / 60) h" : "\(sign)\(value / 60) h \(String(format: "%02d", value % 60))"
    }
}
