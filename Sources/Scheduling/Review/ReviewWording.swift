import Foundation

/// Shared wording of the review texts (diff, explanation, person summary), in French or English.
enum ReviewWording {
    static func pick(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// `+50`, `−10 000`… with a typographic minus; one decimal when not whole.
    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "±0" }
        return (rounded > 0 ? "+" : "−") + number(abs(rounded))
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }

    /// `151h30`, `-3h00`.
    static func hours(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let m = abs(minutes)
        return "\(sign)\(m / 60)h\(String(format: "%02d", m % 60))"
    }

    static func date(_ date: CivilDate, _ language: Language) -> String {
        language == .fr ? Wording.dateFR(date) : date.description
    }

    static func shift(_ code: ShiftCode?, _ language: Language) -> String {
        code?.rawValue ?? pick(language, "repos", "off")
    }

    static func unitSuffix(_ unit: PenaltyUnit, _ language: Language) -> String {
        let text = self.unit(unit, language)
        return text.isEmpty ? "" : " " + text
    }

    static func unit(_ unit: PenaltyUnit, _ language: Language) -> String {
        guard language == .fr else { return unit.rawValue }
        return switch unit {
        case .minutes: "min"
        case .hours: "h"
        case .days: "jours"
        case .shifts: "postes"
        case .persons: "personnes"
        case .weekends: "week-ends"
        case .requests: "demandes"
        case .nights: "nuits"
        case .holidays: "fériés"
        case .count: ""
        }
    }

    /// A short name for a rule of the catalogue.
    static func ruleLabel(_ rule: RuleID, _ language: Language) -> String {
        let labels: [String: (String, String)] = [
            "REQUEST": ("demande", "request"),
            "COVER-MIN": ("effectif minimum", "minimum staffing"),
            "COVER-TARGET": ("effectif cible", "target staffing"),
            "COVER-MAX": ("effectif maximum", "maximum staffing"),
            "FAIR-NIGHTS": ("équité des nuits", "fairness of nights"),
            "FAIR-WEEKENDS": ("équité des week-ends", "fairness of weekends"),
            "FAIR-HOLIDAYS": ("équité des fériés", "fairness of public holidays"),
            "HOURS-TARGET": ("écart à la cible horaire", "deviation from target hours"),
            "CONTRACT-HOURS": ("bornes horaires du contrat", "contract hour bounds"),
            "FPH-30": ("repos quotidien", "daily rest"),
            "FPH-32": ("repos hebdomadaire", "weekly rest"),
            "FPH-33": ("repos par quinzaine", "fortnight rest days"),
            "FPH-07": ("44 h par semaine civile", "44 h per civil week"),
            "FPH-08": ("48 h sur 7 jours", "48 h in 7 days"),
            "MAX-CONSEC-WORK": ("jours travaillés consécutifs", "consecutive worked days"),
            "MAX-CONSEC-NIGHTS": ("nuits consécutives", "consecutive nights"),
            "MIN-CONSEC-WORK": ("séquence de travail trop courte", "work run too short"),
            "MIN-CONSEC-OFF": ("séquence de repos trop courte", "rest run too short"),
            "MAX-WEEKENDS": ("week-ends travaillés", "weekends worked"),
            "MAX-SHIFTS-TYPE": ("nombre de postes d'un type", "shifts of a type"),
            "ABSENCE": ("absence", "absence"),
            "SHIFT-ALLOWED": ("poste non autorisé", "shift not allowed"),
            "LOCK": ("cellule verrouillée", "locked cell"),
            "SUCCESSION": ("enchaînement interdit", "forbidden succession"),
        ]
        guard let label = labels[rule.rawValue] else { return rule.rawValue }
        return language == .fr ? label.0 : label.1
    }
}
