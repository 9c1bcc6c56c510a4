/// REFERENCE — closeness to (or distance from) another roster of the same unit and period.
///
/// Not a rule of the law: an objective term attached to a problem by the software, never read
/// from a scenario file (`PlanningProblem.withReference(_:mode:weight:)`).
/// - `.stability` (repair, continuity): `weight` for each cell that differs from the reference,
///   a shift replaced by another shift or a day off, or a day off replaced by a shift. This is
///   what makes a repair change « as few other cells as possible ».
/// - `.diversity` (variants): `weight` for each worked cell identical to the reference (same
///   shift type), so that a new variant moves away from an earlier one.
///
/// Encoding, linear in the assignment columns (a constant goes to the objective constant):
/// stability costs `weight × (1 − x[s,d,ref])` on a cell the reference works and
/// `weight × works(s,d)` on a cell it leaves off; diversity costs `weight × x[s,d,ref]`.
public struct ReferenceRosterRule: PersonalRule {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case stability
        case diversity
    }

    public static let stabilityID: RuleID = "REF-STABILITY"
    public static let diversityID: RuleID = "REF-DIVERSITY"

    public let reference: ShiftGrid
    public let mode: Mode
    /// Price of one changed cell (stability) or of one repeated worked cell (diversity).
    public let weight: Double
    /// A short name of the reference for messages (« proposition », « variante 1 »).
    public let label: String

    public var id: RuleID { mode == .stability ? Self.stabilityID : Self.diversityID }

    public init(reference: ShiftGrid, mode: Mode, weight: Double, label: String) {
        self.reference = reference
        self.mode = mode
        self.weight = weight
        self.label = label
    }

    /// Whether cell (s, d) holding `t` is priced.
    @inline(__always)
    func priced(_ t: Int, reference r: Int) -> Bool {
        switch mode {
        case .stability: t != r
        case .diversity: t >= 0 && t == r
        }
    }

    /// Agent s's priced cells: the rule depends on her line only (a personal rule for local search).
    public func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, into violations: inout ViolationSink) {
        guard weight > 0 else { return }
        for d in 0..<problem.dayCount {
            let t = grid[s, d], r = reference[s, d]
            guard priced(t, reference: r) else { continue }
            violations.add(id, hard: false, amount: 1, unit: .count, weight: weight) {
                let who = problem.staffID(s), date = problem.dates[d]
                let now = t < 0 ? "repos" : problem.shifts[t].code.rawValue
                let before = r < 0 ? "repos" : problem.shifts[r].code.rawValue
                let message: LocalizedText = switch mode {
                case .stability:
                    LocalizedText(fr: "\(who) le \(Wording.dateFR(date)) : « \(before) » dans \(label), « \(now) » ici (case modifiée).",
                                  en: "\(who) on \(date): \(before == "repos" ? "off" : before) in \(label), \(now == "repos" ? "off" : now) here (changed cell).")
                case .diversity:
                    LocalizedText(fr: "\(who) le \(Wording.dateFR(date)) : « \(now) » comme dans \(label) (case identique).",
                                  en: "\(who) on \(date): \(now) as in \(label) (same cell).")
                }
                return Violation.Details(staff: who, dates: [date], shift: t >= 0 ? problem.shifts[t].code : nil, message: message)
            }
        }
    }

    public func encode(into mip: inout MIPEncoding) {
        guard weight > 0 else { return }
        let problem = mip.problem
        for s in mip.encodedStaff {
            for d in 0..<problem.dayCount {
                let r = reference[s, d]
                let cost: LinearExpression
                switch mode {
                case .stability:
                    cost = r >= 0 ? .constant(1) - mip.works(s, d, shift: r) : mip.works(s, d)
                case .diversity:
                    guard r >= 0 else { continue }
                    cost = mip.works(s, d, shift: r)
                }
                mip.addObjective(cost.scaled(weight))
            }
        }
    }
}
