import RosterStore
import Scheduling

/// Prints a version's checklist with what is open, overridden or acknowledged.
struct ReviewPrinter {
    var language: Language

    func checklist(_ context: VersionContext) -> String {
        let fr = language == .fr
        let workflow = context.workflow
        let overrides = Dictionary(workflow.overrides.map { ($0.item, $0) }, uniquingKeysWith: { _, last in last })
        let acks = Dictionary(workflow.acknowledgements.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = [fr
            ? "Planning \(context.version.rosterId) version \(context.version.number) — état : \(workflow.state.label.fr)"
            : "Roster \(context.version.rosterId) version \(context.version.number) — state: \(workflow.state.label.en)"]
        lines.append(fr ? "\nViolations de règles impératives (dérogation écrite obligatoire) : \(context.checklist.hardViolations.count)"
                        : "\nHard violations (a written override is required): \(context.checklist.hardViolations.count)")
        for item in context.checklist.hardViolations {
            if let o = overrides[item.id] {
                lines.append("  [\(fr ? "dérogé" : "overridden")] \(item.id)\n      \(item.message.text(language))\n      « \(o.justification) » — \(o.by), \(o.at)")
            } else {
                lines.append("  [\(fr ? "OUVERT" : "OPEN")] \(item.id)\n      \(item.message.text(language))")
            }
        }
        lines.append(fr ? "\nPoints d'attention (à prendre en compte) : \(context.checklist.attentionPoints.count)"
                        : "\nPoints of attention (to acknowledge): \(context.checklist.attentionPoints.count)")
        for item in context.checklist.attentionPoints {
            if let a = acks[item.id] {
                lines.append("  [\(fr ? "pris en compte" : "acknowledged")] \(item.id)\n      \(item.message.text(language))\n      \(a.by), \(a.at)\(a.note.map { " — \($0)" } ?? "")")
            } else {
                lines.append("  [\(fr ? "OUVERT" : "OPEN")] \(item.id)\n      \(item.message.text(language))")
            }
        }
        let open = workflow.openItems(context.checklist)
        if let signature = workflow.signature {
            lines.append(fr ? "\nSigné par \(signature.signer) le \(signature.signedAt)." : "\nSigned by \(signature.signer) at \(signature.signedAt).")
        } else if open.hard.isEmpty && open.attention.isEmpty {
            lines.append(fr ? "\nRien d'ouvert : la version peut être validée puis signée." : "\nNothing open: the version can be validated, then signed.")
        } else {
            lines.append(fr ? "\nReste à traiter : \(open.hard.count) violation(s), \(open.attention.count) point(s) d'attention."
                            : "\nStill open: \(open.hard.count) violation(s), \(open.attention.count) point(s) of attention.")
        }
        return lines.joined(separator: "\n")
    }
}
