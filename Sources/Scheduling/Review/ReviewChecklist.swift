import Foundation

/// What the cadre must deal with before signing a roster version: every hard violation (to be
/// overridden with a written justification) and every point of attention (to be acknowledged).
///
/// It is computed from the evaluator's report, the indicators and the roster's provenance, so
/// the same roster against the same scenario always yields the same items with the same keys.
public struct ReviewChecklist: Codable, Sendable, Hashable {
    public var hardViolations: [ReviewItem]
    public var attentionPoints: [ReviewItem]

    public init(hardViolations: [ReviewItem], attentionPoints: [ReviewItem]) {
        self.hardViolations = hardViolations
        self.attentionPoints = attentionPoints
    }

    public var items: [ReviewItem] { hardViolations + attentionPoints }

    /// The item with this key, if the checklist has it.
    public func item(_ id: String) -> ReviewItem? { items.first { $0.id == id } }

    /// Builds the checklist of `roster` evaluated against `problem`.
    public init(problem: PlanningProblem, roster: Roster, report: EvaluationReport, policy: SignOffPolicy = .standard) throws(ScenarioError) {
        let grid = try problem.grid(for: roster)
        let indicators = RosterIndicators(problem: problem, grid: grid, report: report)
        self.init(problem: problem, provenance: roster.provenance, report: report, indicators: indicators, policy: policy,
                  grid: grid, origins: problem.origins(for: roster))
    }

    /// Near ties are looked for only when `grid` is given (and the policy has a tolerance); a
    /// caller that keeps them can pass a policy `withoutNearTies` and append its own.
    public init(problem: PlanningProblem, provenance: Provenance?, report: EvaluationReport, indicators: RosterIndicators,
                policy: SignOffPolicy = .standard, grid: ShiftGrid? = nil, origins: CellOriginGrid? = nil) {
        var keys = KeyRegistry()
        var hard: [ReviewItem] = []
        var attention: [ReviewItem] = []
        for v in report.violations {
            if v.hard {
                hard.append(ReviewItem(id: keys.unique("hard/" + Self.subject(of: v)), kind: .hardViolation, message: v.message))
            } else if v.rule == "REQUEST" {
                guard v.weight >= policy.requestWeightThreshold else { continue }
                attention.append(ReviewItem(id: keys.unique("attention/request/" + Self.subject(of: v)), kind: .heavyRequest, message: v.message))
            } else if v.penalty >= policy.softPenaltyThreshold {
                attention.append(ReviewItem(id: keys.unique("attention/soft/" + Self.subject(of: v)), kind: .softViolation, message: v.message))
            }
        }
        attention += Self.fairnessOutliers(problem: problem, indicators: indicators, policy: policy, keys: &keys)
        if let item = Self.quality(provenance, policy: policy) { attention.append(item) }
        if let grid { attention += Self.nearTiePoints(problem: problem, grid: grid, origins: origins, policy: policy) }
        self.init(hardViolations: hard, attentionPoints: attention)
    }

    /// `RULE/staff/first-date[..last-date]/shift/skill`, with `-` for what does not apply.
    static func subject(of v: Violation) -> String {
        let dates: String
        switch v.dates.count {
        case 0: dates = "-"
        case 1: dates = v.dates[0].description
        default: dates = "\(v.dates[0])..\(v.dates[v.dates.count - 1])"
        }
        return [v.rule.rawValue, v.staff?.rawValue ?? "-", dates, v.shift?.rawValue ?? "-", v.skill?.rawValue ?? "-"].joined(separator: "/")
    }

    /// People with clearly more nights or weekends than the mean of their fairness group (as
    /// for the FAIR-* rules: `fairnessGroup`, by default same grade and team), or far from
    /// their hours target.
    static func fairnessOutliers(problem: PlanningProblem, indicators: RosterIndicators, policy: SignOffPolicy,
                                 keys: inout KeyRegistry) -> [ReviewItem] {
        var items: [ReviewItem] = []
        let group = Dictionary(problem.staff.map { ($0.id, $0.fairnessGroup ?? "\($0.grade)/\($0.team?.rawValue ?? "-")") },
                               uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: indicators.people, by: { group[$0.staff] ?? "?" })
        for person in indicators.people {
            let name = group[person.staff] ?? "?"
            let members = groups[name] ?? [person]
            let measures: [(name: String, fr: String, en: String, value: Int, all: [Int])] = [
                ("nights", "nuits", "nights", person.nights, members.map(\.nights)),
                ("weekends", "week-ends travaillés", "weekends worked", person.weekends, members.map(\.weekends)),
            ]
            for m in measures where m.all.count > 1 {
                let mean = Double(m.all.reduce(0, +)) / Double(m.all.count)
                guard Double(m.value) - mean >= policy.fairnessExcess else { continue }
                let meanText = String(format: "%.1f", mean)
                items.append(ReviewItem(
                    id: keys.unique("attention/fairness/\(m.name)/\(person.staff)"), kind: .fairnessOutlier,
                    message: LocalizedText(
                        fr: "\(person.staff) a \(m.value) \(m.fr), la moyenne de son groupe d'équité (\(name)) est \(meanText.replacingOccurrences(of: ".", with: ",")).",
                        en: "\(person.staff) has \(m.value) \(m.en); the mean of the fairness group (\(name)) is \(meanText).")))
            }
            if let target = person.targetMinutes, abs(person.workedMinutes - target) >= policy.hoursDeviationMinutes {
                let delta = person.workedMinutes - target
                let text = Self.hours(abs(delta))
                items.append(ReviewItem(
                    id: keys.unique("attention/fairness/hours/\(person.staff)"), kind: .fairnessOutlier,
                    message: LocalizedText(
                        fr: "\(person.staff) travaille \(Self.hours(person.workedMinutes)) pour un objectif de \(Self.hours(target)) (\(delta > 0 ? "+" : "−")\(text)).",
                        en: "\(person.staff) works \(Self.hours(person.workedMinutes)) against a target of \(Self.hours(target)) (\(delta > 0 ? "+" : "−")\(text)).")))
            }
        }
        return items
    }

    /// A point of attention when nothing proves the proposal is good: no bound, or a large gap.
    static func quality(_ provenance: Provenance?, policy: SignOffPolicy) -> ReviewItem? {
        guard let provenance, let bound = provenance.bound, let objective = provenance.objective else {
            let engine = provenance?.engine ?? "?"
            return ReviewItem(
                id: "attention/quality/no-bound", kind: .unprovenQuality,
                message: LocalizedText(
                    fr: "Aucune borne inférieure (moteur \(engine)) : rien ne prouve qu'il n'existe pas de planning nettement meilleur.",
                    en: "No lower bound (engine \(engine)): nothing proves that no clearly better roster exists."))
        }
        let gap = objective <= 0 ? 0 : max(0, objective - bound) / objective
        guard gap > policy.gapThreshold else { return nil }
        let percent = String(format: "%.1f", gap * 100)
        let score = String(format: "%.1f", objective), floor = String(format: "%.1f", bound)
        let comma = { (text: String) in text.replacingOccurrences(of: ".", with: ",") }
        return ReviewItem(
            id: "attention/quality/gap", kind: .unprovenQuality,
            message: LocalizedText(
                fr: "Écart de \(comma(percent)) % entre le score (\(comma(score))) et la borne (\(comma(floor))) : un meilleur planning peut exister.",
                en: "Gap of \(percent) % between the score (\(score)) and the bound (\(floor)): a better roster may exist."))
    }

    /// The points of attention for near ties: the policy's `nearTieLimit` closest near-tie
    /// cells (`CellExplainer.nearTieCells` within `nearTieTolerance`) among those the cadre did
    /// not set herself, cheapest alternative first, each with its best alternative; none when
    /// the policy has no tolerance. Keys `attention/near-tie/STAFF/DATE` (one per cell).
    /// - Complexity: the near-tie scan of the whole roster (see `nearTieCells`): the costly part
    ///   of a checklist, which a store may compute once per version.
    public static func nearTiePoints(problem: PlanningProblem, grid: ShiftGrid, origins: CellOriginGrid?, policy: SignOffPolicy) -> [ReviewItem] {
        guard let tolerance = policy.nearTieTolerance, policy.nearTieLimit > 0 else { return [] }
        let cells = CellExplainer(problem: problem).nearTieCells(grid, tolerance: tolerance, origins: origins)
        let closest = cells.enumerated().sorted { ($0.element.best.totalDelta, $0.offset) < ($1.element.best.totalDelta, $1.offset) }.prefix(policy.nearTieLimit)
        return closest.map { _, cell in
            let shift = cell.shift?.rawValue ?? "repos"
            let cost = ReviewWording.signed(cell.best.totalDelta)
            return ReviewItem(
                id: "attention/near-tie/\(cell.staff)/\(cell.date)", kind: .nearTie,
                message: LocalizedText(
                    fr: "Quasi-égalité : \(cell.staff) le \(Wording.dateFR(cell.date)) (\(shift)) — la meilleure autre possibilité légale coûte \(cost) : "
                        + cell.best.sentence.fr + ". Choix à confirmer par le cadre.",
                    en: "Near tie: \(cell.staff) on \(cell.date) (\(cell.shift?.rawValue ?? "off")) — the best other legal choice costs \(cost): "
                        + cell.best.sentence.en + ". A choice for the cadre to confirm."))
        }
    }

    static func hours(_ minutes: Int) -> String {
        let m = minutes % 60
        return "\(minutes / 60) h" + (m == 0 ? "" : (m < 10 ? " 0\(m)" : " \(m)"))
    }

    /// Makes keys unique by numbering repeats (`…#2`).
    struct KeyRegistry {
        var seen: [String: Int] = [:]
        mutating func unique(_ key: String) -> String {
            let n = (seen[key] ?? 0) + 1
            seen[key] = n
            return n == 1 ? key : "\(key)#\(n)"
        }
    }
}
