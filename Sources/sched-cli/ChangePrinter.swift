import Foundation
import Scheduling

/// Renders compact diffs, edit sessions and repairs as terminal text, in French or English.
struct ChangePrinter {
    let language: Language

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
    private func code(_ shift: ShiftCode?) -> String { shift?.rawValue ?? t("repos", "off") }
    private func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// « objectif 123.0 → 456.0 (+333.0) ; impératives 0 → 1 »
    func headline(_ summary: RosterChangeSummary) -> String {
        t("\(summary.changes.count) case(s) modifiée(s) ; objectif \(number(summary.objectiveBefore)) → \(number(summary.objectiveAfter)) (\(signed(summary.objectiveDelta))) ; violations impératives \(summary.hardBefore) → \(summary.hardAfter)",
          "\(summary.changes.count) changed cell(s); objective \(number(summary.objectiveBefore)) → \(number(summary.objectiveAfter)) (\(signed(summary.objectiveDelta))); hard violations \(summary.hardBefore) → \(summary.hardAfter)")
    }

    /// Per-rule hard counts introduced/resolved, e.g. « FPH-30 +1, COVER-MIN −2 ».
    func hardMoves(_ summary: RosterChangeSummary) -> String {
        let parts = summary.rules.filter { $0.hardIntroduced > 0 || $0.hardResolved > 0 }.map { rule in
            [rule.hardIntroduced > 0 ? "+\(rule.hardIntroduced)" : nil, rule.hardResolved > 0 ? "−\(rule.hardResolved)" : nil]
                .compactMap { $0 }.joined(separator: "/") + " \(rule.rule)"
        }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    func summary(_ summary: RosterChangeSummary, limit: Int = 40) -> String {
        var lines = [headline(summary)]
        for change in summary.changes.prefix(limit) {
            lines.append("  \(change.staff) \(change.date) : \(code(change.before)) → \(code(change.after))")
        }
        if summary.changes.count > limit { lines.append(t("  … et \(summary.changes.count - limit) autres", "  … and \(summary.changes.count - limit) more")) }
        if !summary.hardIntroduced.isEmpty {
            lines.append(t("Violations impératives introduites :", "Hard violations introduced:"))
            for v in summary.hardIntroduced.prefix(limit) { lines.append("  + [\(v.rule)] \(v.message.text(language))") }
        }
        if !summary.hardResolved.isEmpty {
            lines.append(t("Violations impératives résolues :", "Hard violations resolved:"))
            for v in summary.hardResolved.prefix(limit) { lines.append("  − [\(v.rule)] \(v.message.text(language))") }
        }
        if !summary.rules.isEmpty {
            lines.append(t("Par règle (impératives +/−, souples +/−, pénalité avant → après) :", "By rule (hard +/−, soft +/−, penalty before → after):"))
            for rule in summary.rules {
                lines.append("  " + rule.rule.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
                             + " +\(rule.hardIntroduced)/−\(rule.hardResolved)  +\(rule.softIntroduced)/−\(rule.softResolved)  "
                             + "\(number(rule.penaltyBefore)) → \(number(rule.penaltyAfter))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func repair(_ result: RepairResult, limit: Int = 60) -> String {
        var lines: [String] = []
        let absence = result.changes.filter { $0.kind == .absence }.count
        let locked = result.changes.filter { $0.kind == .lock }.count
        let c = RosterIndicators(problem: result.problem, grid: result.grid, report: result.report).coverage
        let before = RosterIndicators(problem: result.problem, grid: result.cancelled, report: result.cancelledReport).coverage
        lines.append(t("Réparation : \(result.changes.count) case(s) modifiée(s) dont \(absence) annulée(s) par absence, \(locked) verrouillée(s), \(result.otherChanges) autre(s) changement(s) ; \(result.notices.count) agent(s) à prévenir ; \(String(format: "%.1f", result.elapsedSeconds)) s (\(result.phases.joined(separator: " → "))).",
                       "Repair: \(result.changes.count) changed cell(s): \(absence) cancelled by absence, \(locked) locked, \(result.otherChanges) other change(s); \(result.notices.count) agent(s) to notify; \(String(format: "%.1f", result.elapsedSeconds)) s (\(result.phases.joined(separator: " → ")))."))
        lines.append(t("Postes minimum non couverts : \(before.minimumPersonsMissing) au départ (postes des absents annulés, verrous posés) → \(c.minimumPersonsMissing) après réparation ; violations impératives \(result.cancelledReport.hardViolations.count) → \(result.report.hardViolations.count) ; objectif \(number(result.cancelledReport.objective)) → \(number(result.report.objective)) (prix d'un changement : \(number(result.changeWeight)))",
                       "Minimum posts uncovered: \(before.minimumPersonsMissing) at the start (absent agents' shifts cancelled, locks set) → \(c.minimumPersonsMissing) after the repair; hard violations \(result.cancelledReport.hardViolations.count) → \(result.report.hardViolations.count); objective \(number(result.cancelledReport.objective)) → \(number(result.report.objective)) (price of one change: \(number(result.changeWeight)))"))
        lines.append(t("Règles impératives : ", "Hard rules: ") + hardMoves(result.summary))
        lines.append("")
        lines.append(t("À prévenir :", "To notify:"))
        var shown = 0
        for notice in result.notices {
            let items = notice.changes.map { "\($0.date) \(code($0.before)) → \(code($0.after))\($0.kind == .lock ? t(" (cadre)", " (cadre)") : "")" }
            lines.append("  \(notice.staff) : " + items.joined(separator: ", "))
            shown += 1
            if shown >= limit { lines.append(t("  … et \(result.notices.count - limit) autres", "  … and \(result.notices.count - limit) more")); break }
        }
        let moved = result.changes.filter { $0.kind == .repair }
        if !moved.isEmpty {
            lines.append("")
            lines.append(t("Pourquoi chaque autre changement :", "Why each other change:"))
            for change in moved.prefix(limit) {
                var why: [String] = []
                let resolved = Dictionary(grouping: change.resolves, by: \.rule).map { "\($0.key) ×\($0.value.count)" }.sorted()
                if !resolved.isEmpty { why.append(t("résout ", "resolves ") + resolved.joined(separator: ", ")) }
                let undo = change.revertEffects.filter { $0.hardDelta > 0 || $0.penaltyDelta > 0 }
                    .map { $0.hardDelta > 0 ? "\($0.rule) +\($0.hardDelta) " + t("impérative", "hard") : "\($0.rule) \(signed($0.penaltyDelta))" }
                if !undo.isEmpty { why.append(t("l'annuler seul coûterait ", "undoing it alone would cost ") + undo.joined(separator: ", ")) }
                if why.isEmpty { why.append(t("fait partie d'un échange avec d'autres changements", "part of an exchange with other changes")) }
                lines.append("  \(change.staff) \(change.date) \(code(change.before)) → \(code(change.after)) : " + why.joined(separator: " ; "))
            }
            if moved.count > limit { lines.append(t("  … et \(moved.count - limit) autres", "  … and \(moved.count - limit) more")) }
        }
        return lines.joined(separator: "\n")
    }
}
