import Foundation

/// The terminal rendering of a stress report, in French: a header, one summary row per
/// disruption, then what each one leaves to the cadre.
extension StressReport {
    public var text: String {
        var lines: [String] = []
        lines.append("Test de charge — \(scenario)\(unit.map { " (\($0))" } ?? "") : \(period.start) + \(period.days) jours, \(staffCount) agents")
        lines.append("Graine \(seed) ; budget \(budget) ; \(workers) réparation(s) en parallèle ; \(Self.seconds(elapsedSeconds)) au total")
        let solved = baseline.elapsedSeconds > 0 ? ", \(Self.seconds(baseline.elapsedSeconds))" : ""
        lines.append("Planning de départ (\(baseline.source)\(solved)) : \(baseline.hardViolations) violation(s) impérative(s), couverture des minimums \(Self.coverage(baseline.coverage))")
        lines.append("")
        let header = ["#", "Perturbation", "Couverture", "Non couverts", "H. sup (agents)", "Cases modifiées", "À prévenir", "Impératives", "Temps"]
        let rows = entries.map { entry in
            ["\(entry.number)", "\(entry.option) \(entry.notation)", Self.coverage(entry.coverage),
             "\(entry.uncoveredPosts.reduce(0) { $0 + $1.missing })", "\(Self.hours(entry.overtimeMinutes)) (\(entry.overtime.count))",
             "\(entry.changedCells)", "\(entry.toNotify.count)", "\(entry.hardViolations)", Self.seconds(entry.elapsedSeconds)]
        }
        lines += Self.table([header] + rows)
        for entry in entries {
            lines.append("")
            lines.append("\(entry.number). \(entry.kind) : \(entry.label)")
            lines.append("   Avant réparation \(Self.coverage(entry.coverageBefore)) → après \(Self.coverage(entry.coverage)) ; "
                         + "\(entry.changedCells) case(s) modifiée(s) dont \(entry.cancelledShifts) annulée(s) par absence et \(entry.otherChanges) autre(s)")
            if !entry.uncoveredPosts.isEmpty {
                lines.append("   Postes non couverts : " + Self.list(entry.uncoveredPosts.map(Self.post)))
            }
            let beyond = entry.overtime.filter { $0.beyondCapMinutes > 0 }
            if !entry.overtime.isEmpty {
                lines.append("   Au-delà de l'objectif (plafond \(Self.hours(entry.overtime[0].capMinutes))\(entry.overtime[0].allowed ? "" : ", heures sup non autorisées")) : "
                             + Self.list(entry.overtime.map { "\($0.staff) +\(Self.hours($0.overtimeMinutes))" }))
            }
            if !beyond.isEmpty {
                lines.append("   Au-delà du plafond : " + beyond.map { "\($0.staff) +\(Self.hours($0.beyondCapMinutes))" }.joined(separator: ", "))
            }
            if !entry.toNotify.isEmpty { lines.append("   À prévenir : " + entry.toNotify.map(\.rawValue).joined(separator: ", ")) }
            if entry.hardViolations > 0 {
                lines.append("   Violations impératives restantes : "
                             + entry.hardViolationsByRule.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
            }
            if entry.objectiveMismatch { lines.append("   ATTENTION : objectif du solveur et score de l'évaluateur en désaccord (un bogue)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The first `limit` items, then how many more (the JSON and HTML reports keep them all).
    static func list(_ items: [String], limit: Int = 12) -> String {
        items.prefix(limit).joined(separator: ", ") + (items.count > limit ? " … et \(items.count - limit) autre(s)" : "")
    }

    /// Rows padded to their columns' widths, the first row underlined.
    static func table(_ rows: [[String]]) -> [String] {
        guard let first = rows.first else { return [] }
        let widths = first.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { c, cell in cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return [line(first), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.dropFirst().map(line)
    }

    /// « 98,6 % (1 210/1 227) ».
    static func coverage(_ coverage: Coverage) -> String {
        "\(decimal(coverage.percent)) % (\(coverage.filledPosts)/\(coverage.requiredPosts))"
    }

    static func post(_ post: RosterIndicators.UncoveredPost) -> String {
        "\(post.date) \(post.shift)\(post.skill.map { "/\($0)" } ?? "") (\(post.missing))"
    }

    /// « 7 h 30 ».
    static func hours(_ minutes: Int) -> String {
        let h = minutes / 60, m = abs(minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m < 10 ? "0" : "")\(m)"
    }

    static func seconds(_ value: Double) -> String { "\(decimal(value)) s" }

    /// One decimal, French comma.
    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
}
