extension ViolationChange {
    /// A short phrase: « demande de IDE03 (2 juin) honorée −50 », « effectif minimum 2 juin N
    /// (IDE) aggravé +10000, impératif ».
    public func phrase(_ language: Language) -> String {
        let l = language
        var subject = ReviewWording.ruleLabel(rule, l)
        if let staff { subject += ReviewWording.pick(l, " de ", " of ") + staff.rawValue }
        var details: [String] = []
        if let first = key.dates.first {
            let last = key.dates.last ?? first
            details.append(first == last ? ReviewWording.date(first, l) : ReviewWording.date(first, l) + "–" + ReviewWording.date(last, l))
        }
        if let shift = key.shift { details.append(shift.rawValue) }
        if let skill = key.skill { details.append(skill.rawValue) }
        if !details.isEmpty { subject += " (" + details.joined(separator: " ") + ")" }
        let verb: String
        if rule == "REQUEST" {
            verb = kind == .resolved ? ReviewWording.pick(l, "honorée", "honoured") : ReviewWording.pick(l, "refusée", "refused")
        } else {
            verb = switch kind {
            case .introduced: ReviewWording.pick(l, "enfreinte", "broken")
            case .resolved: ReviewWording.pick(l, "respectée", "met")
            case .worsened: ReviewWording.pick(l, "aggravée", "worse") + " \(ReviewWording.number(amountBefore))→\(ReviewWording.number(amountAfter))" + ReviewWording.unitSuffix(unit, l)
            case .improved: ReviewWording.pick(l, "atténuée", "better") + " \(ReviewWording.number(amountBefore))→\(ReviewWording.number(amountAfter))" + ReviewWording.unitSuffix(unit, l)
            }
        }
        let cost = penaltyDelta != 0 ? " " + ReviewWording.signed(penaltyDelta) : ""
        let hardNote = hard ? ReviewWording.pick(l, " [impérative]", " [hard]") : ""
        return subject + " " + verb + cost + hardNote
    }
}
