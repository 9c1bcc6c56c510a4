/// Why a minimum-staffing post stayed uncovered, in hospital terms: for every qualified agent,
/// what keeps her off that post in this roster (absence, not allowed on that shift, already on
/// another shift that day, or the hard rules she would break), and whether anyone could take it
/// without breaking a hard rule.
public struct UncoveredPostExplanation: Sendable, Codable {
    public enum Reason: Sendable, Codable, Hashable {
        case absent(AbsenceCode)
        case notAllowed
        case alreadyWorking(ShiftCode)
        /// Taking the post would break these hard rules (for her line alone).
        case wouldBreak([RuleID])
        /// She could take it without breaking a hard rule (at a soft cost).
        case available
    }

    public var post: RosterIndicators.UncoveredPost
    public var qualified: Int
    public var reasons: [StaffID: Reason]
    public var message: LocalizedText

    /// Explains every uncovered minimum post of `grid`.
    public static func explain(_ problem: PlanningProblem, _ grid: ShiftGrid, personal: PersonalEvaluator? = nil) -> [UncoveredPostExplanation] {
        let personal = personal ?? PersonalEvaluator(problem: problem)
        var result: [UncoveredPostExplanation] = []
        for cell in problem.demand where cell.minimum > 0 {
            let n = CoverageRule.count(grid, problem, cell)
            guard n < cell.minimum else { continue }
            var reasons: [StaffID: Reason] = [:]
            var qualified = 0
            for s in 0..<problem.staffCount where problem.staff(s, has: cell.skill) {
                guard grid[s, cell.day] != cell.shift else { continue }
                qualified += 1
                let id = problem.staffID(s)
                if let code = problem.absence[s][cell.day] { reasons[id] = .absent(code); continue }
                if !problem.allowed[s][cell.shift] { reasons[id] = .notAllowed; continue }
                if grid[s, cell.day] >= 0 { reasons[id] = .alreadyWorking(problem.shifts[grid[s, cell.day]].code); continue }
                var line = personal.line(grid, staff: s)
                let before = Set(personal.evaluate(line, staff: s).hardViolations.map(\.rule))
                line[0, cell.day] = cell.shift
                let after = personal.evaluate(line, staff: s).hardViolations.map(\.rule)
                let broken = Array(Set(after).subtracting(before)).sorted()
                reasons[id] = broken.isEmpty ? .available : .wouldBreak(broken)
            }
            let post = RosterIndicators.UncoveredPost(date: problem.dates[cell.day], shift: problem.shifts[cell.shift].code, skill: cell.skill, missing: cell.minimum - n)
            result.append(UncoveredPostExplanation(post: post, qualified: qualified, reasons: reasons, message: sentence(post, qualified: qualified, reasons: reasons)))
        }
        return result
    }

    static func sentence(_ post: RosterIndicators.UncoveredPost, qualified: Int, reasons: [StaffID: Reason]) -> LocalizedText {
        var absent = 0, notAllowed = 0, busy = 0, available: [StaffID] = []
        var broken: [RuleID: Int] = [:]
        for (id, reason) in reasons {
            switch reason {
            case .absent: absent += 1
            case .notAllowed: notAllowed += 1
            case .alreadyWorking: busy += 1
            case .wouldBreak(let rules): for rule in rules { broken[rule, default: 0] += 1 }
            case .available: available.append(id)
            }
        }
        let who = post.skill?.rawValue ?? "agents"
        let rulesFR = broken.sorted { $0.key < $1.key }.map { "\($0.value) enfreindraient \($0.key)" }
        let rulesEN = broken.sorted { $0.key < $1.key }.map { "\($0.value) would break \($0.key)" }
        let partsFR = ["\(absent) absent(s)", "\(notAllowed) non autorisé(s) sur ce poste", "\(busy) déjà sur un autre poste ce jour"] + rulesFR
        let partsEN = ["\(absent) absent", "\(notAllowed) not allowed on this shift", "\(busy) already on another shift that day"] + rulesEN
        let tailFR = available.isEmpty
            ? "personne ne peut le prendre sans enfreindre une règle impérative, compte tenu du reste du planning."
            : "\(available.sorted().map(\.rawValue).joined(separator: ", ")) pourrai(en)t le prendre sans enfreindre de règle impérative, à un coût (heures, demandes, équité)."
        let tailEN = available.isEmpty
            ? "nobody can take it without breaking a hard rule, given the rest of the roster."
            : "\(available.sorted().map(\.rawValue).joined(separator: ", ")) could take it without breaking a hard rule, at a soft cost (hours, requests, fairness)."
        return LocalizedText(
            fr: "Poste non couvert le \(Wording.dateFR(post.date)) en \(post.shift) (\(who), −\(post.missing)) : \(qualified) qualifié(s) hors poste ; " + partsFR.joined(separator: ", ") + " ; " + tailFR,
            en: "Uncovered post on \(post.date), \(post.shift) (\(who), −\(post.missing)): \(qualified) qualified off this post; " + partsEN.joined(separator: ", ") + "; " + tailEN)
    }
}
