import Foundation
import Scheduling

/// Renders evaluations and solve summaries as terminal text, in French or English.
struct ReportPrinter {
    let problem: PlanningProblem
    let language: Language

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    private func hours(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let m = abs(minutes)
        return "\(sign)\(m / 60)h\(String(format: "%02d", m % 60))"
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }

    func evaluation(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        let hard = report.hardViolations
        lines.append(hard.isEmpty
            ? t("✔ Aucune violation de règle impérative.", "✔ No hard-rule violation.")
            : t("✘ \(hard.count) violation(s) de règles impératives — planning NON conforme :", "✘ \(hard.count) hard-rule violation(s) — roster NOT legal:"))
        for v in hard.prefix(50) { lines.append("  [\(v.rule)] \(v.message.text(language))") }
        if hard.count > 50 { lines.append(t("  … et \(hard.count - 50) autres", "  … and \(hard.count - 50) more")) }
        lines.append("")
        lines.append(t("Pénalités (règles souples) par règle :", "Soft penalties by rule:"))
        for row in report.penaltyByRule where row.penalty > 0 || row.hardCount > 0 {
            let hardNote = row.hardCount > 0 ? t(" — \(row.hardCount) impérative(s)", " — \(row.hardCount) hard") : ""
            lines.append("  " + pad(row.rule.rawValue, 18) + String(format: " %10.1f  ", row.penalty) + "(" + t("quantité", "amount") + String(format: " %.1f", row.amount) + hardNote + ")")
        }
        lines.append(String(format: t("  Total pénalités souples : %.1f   Objectif (avec postes minimum manquants) : %.1f", "  Soft penalty total: %.1f   Objective (with missing minimum posts): %.1f"),
                            report.softPenalty, report.objective))
        return lines.joined(separator: "\n")
    }

    func solveSummary(_ result: SolveResult) -> String {
        var lines: [String] = []
        let status: String = switch result.status {
        case .optimal: t("optimal (prouvé)", "optimal (proven)")
        case .feasible: t("réalisable (non prouvé optimal)", "feasible (not proven optimal)")
        case .infeasible(let reason): t("infaisable : \(reason)", "infeasible: \(reason)")
        case .noSolution(let reason): t("aucun planning trouvé : \(reason)", "no roster found: \(reason)")
        }
        lines.append(t("Scénario", "Scenario") + " : \(problem.scenario.name) — \(problem.staffCount) agents × \(problem.dayCount) " + t("jours", "days") + " × \(problem.shiftCount) " + t("postes", "shifts"))
        lines.append(t("Moteur", "Engine") + " : \(result.engine)   " + t("Statut", "Status") + " : \(status)   " + t("Temps", "Time") + String(format: " : %.1f s", result.elapsedSeconds))
        guard let report = result.report, let grid = result.grid else { return lines.joined(separator: "\n") }
        let gapText = result.gap.map { String(format: "%.2f %%", $0 * 100) } ?? t("pas de borne", "no bound")
        lines.append(String(format: t("Score (évaluateur) : %.1f   Objectif du solveur : %@   Borne : %@   Écart : %@", "Score (evaluator): %.1f   Solver objective: %@   Bound: %@   Gap: %@"),
                            report.objective,
                            (result.solverObjective.map { String(format: "%.1f", $0) } ?? "—") as NSString,
                            (result.bound.map { String(format: "%.1f", $0) } ?? t("aucune", "none")) as NSString,
                            gapText as NSString))
        if result.objectiveMismatch {
            lines.append(t("⚠ DÉSACCORD entre l'objectif du solveur et le score de l'évaluateur : planning à ne pas utiliser, signaler le problème.",
                           "⚠ MISMATCH between the solver's objective and the evaluator's score: do not use this roster, report the bug."))
        }
        lines.append("")
        lines.append(evaluation(report))
        let conflicts = HardConflictExplanation.explain(problem, grid, report)
        if !conflicts.isEmpty {
            lines.append("")
            lines.append(t("Règles impératives non tenues — d'où vient chaque conflit :", "Hard rules not met — where each conflict comes from:"))
            for conflict in conflicts.prefix(30) { lines.append("  " + conflict.message.text(language)) }
        }
        let indicators = RosterIndicators(problem: problem, grid: grid, report: report)
        lines.append("")
        let c = indicators.coverage
        lines.append(t("Couverture", "Coverage") + " : " + t("\(c.minimumCells) besoins minimum, \(c.minimumPersonsMissing) personne(s) manquante(s) ; \(c.targetCells) cibles, \(c.targetPersonsMissing) manquante(s).",
                                                         "\(c.minimumCells) minimum cells, \(c.minimumPersonsMissing) person(s) missing; \(c.targetCells) targets, \(c.targetPersonsMissing) missing."))
        for explanation in UncoveredPostExplanation.explain(problem, grid).prefix(30) {
            lines.append("  " + explanation.message.text(language))
        }
        lines.append("")
        lines.append(t("Heures par agent (planifié / cible, écart) — postes, nuits, week-ends, fériés, demandes refusées :",
                       "Hours per agent (rostered / target, deviation) — shifts, nights, weekends, holidays, refused requests:"))
        for p in indicators.people {
            let target = p.targetMinutes.map { "\(hours($0)) (\(p.workedMinutes - $0 >= 0 ? "+" : "")\(hours(p.workedMinutes - $0)))" } ?? "—"
            lines.append("  " + pad(p.staff.rawValue, 10) + " " + pad(hours(p.workedMinutes), 8, left: true) + " / " + pad(target, 20)
                         + String(format: "%3d %3d %3d %3d %3d", p.shifts, p.nights, p.weekends, p.holidays, p.requestsRefused))
        }
        return lines.joined(separator: "\n")
    }
}
