import Foundation
import Scheduling

/// Renders `RosterComparison`s side by side: one column per roster, one line per indicator.
struct ComparisonTable {
    let language: Language

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func render(_ rows: [RosterComparison]) -> String {
        let one = { (v: Double) in String(format: "%.1f", v) }
        func requests(_ key: String) -> ((RosterComparison) -> String)? {
            guard rows.contains(where: { ($0.requestsAsked[key] ?? 0) > 0 }) else { return nil }
            return { "\($0.requestsGranted[key] ?? 0)/\($0.requestsAsked[key] ?? 0)" }
        }
        let lines: [(String, ((RosterComparison) -> String)?)] = [
            (t("profil", "profile"), rows.contains { $0.profile != nil } ? { $0.profile ?? "—" } : nil),
            (t("postes minimum manquants", "minimum posts missing"), { "\($0.minimumPersonsMissing)" }),
            (t("manques sur cible", "missing against target"), { "\($0.targetPersonsMissing)" }),
            (t("demandes P1 accordées", "P1 requests granted"), requests("P1")),
            (t("demandes P2 accordées", "P2 requests granted"), requests("P2")),
            (t("autres demandes accordées", "other requests granted"), requests("other")),
            (t("écart nuits (par ETP)", "nights spread (per FTE)"), { one($0.nightsSpread) }),
            (t("écart week-ends (par ETP)", "weekends spread (per FTE)"), { one($0.weekendsSpread) }),
            (t("écart fériés (par ETP)", "holidays spread (per FTE)"), { one($0.holidaysSpread) }),
            (t("Σ |heures − cible| (h)", "Σ |hours − target| (h)"), { one($0.hoursDeviationTotal) }),
            (t("max |heures − cible| (h)", "max |hours − target| (h)"), { one($0.hoursDeviationMax) }),
            (t("heures au-delà de la cible (h)", "hours above target (h)"), { one($0.overtimeHours) }),
            (t("agents au-delà de la cible", "agents above target"), { "\($0.agentsOverTarget)" }),
            (t("violations impératives", "hard violations"), { "\($0.hardViolations)" }),
            (t("pénalités souples", "soft penalty"), { one($0.softPenalty) }),
            (t("objectif (poids du scénario)", "objective (scenario weights)"), { one($0.objective) }),
            (t("borne du solveur", "solver bound"), { $0.bound.map(one) ?? t("aucune", "none") }),
            (t("écart (gap) du solveur", "solver gap"), { $0.gap.map { String(format: "%.1f %%", $0 * 100) } ?? "—" }),
        ]
        let labelWidth = lines.map(\.0.count).max() ?? 0
        let width = max(12, rows.map(\.name.count).max() ?? 0) + 2
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return left ? fill + s : s + fill
        }
        var out = [pad("", labelWidth) + rows.map { pad($0.name, width, left: true) }.joined()]
        for (label, value) in lines {
            guard let value else { continue }
            out.append(pad(label, labelWidth) + rows.map { pad(value($0), width, left: true) }.joined())
        }
        if rows.contains(where: { $0.bound != nil }) {
            out.append(t("(borne et écart : ceux du solveur, avec les poids du profil de chaque planning)",
                         "(bound and gap: the solver's, under each roster's profile weights)"))
        }
        return out.joined(separator: "\n")
    }
}
