extension PersonSummary {
    /// Summarises agent `s` in `grid`.
    /// - Complexity: one full evaluation, plus (shift types + staff) local evaluations per refused request.
    public init(explainer: CellExplainer, grid: ShiftGrid, staff s: Int) {
        let problem = explainer.problem
        let member = problem.staff[s]
        let days = 0..<problem.dayCount
        let code = { (t: Int) -> ShiftCode? in t >= 0 ? problem.shifts[t].code : nil }
        staff = member.id
        name = member.name
        grade = member.grade
        quotite = member.quotite
        workedMinutes = problem.workedMinutes(grid, staff: s)
        contractTargetMinutes = member.contract.targetMinutes
        targetMinutes = ContractHoursRule.effectiveTarget(problem, s)
        hourBalanceMinutes = problem.hourBalance[s]
        let contract = problem.rules.contractHours ?? ContractHoursSetting()
        (lowerBoundMinutes, upperBoundMinutes) = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed ?? false,
                                                                          overtimeCap: contract.overtimeCapMinutes ?? 1200)
        shiftCounts = problem.shifts.indices.compactMap { t in
            let n = days.filter { grid[s, $0] == t }.count
            return n > 0 ? ShiftCount(shift: problem.shifts[t].code, count: n) : nil
        }
        nights = days.filter { grid[s, $0] >= 0 && problem.isNight[grid[s, $0]] }.count
        weekends = problem.workedWeekends(grid, staff: s)
        holidays = days.filter { problem.isHoliday[$0] && grid[s, $0] >= 0 }.count
        absenceDays = days.filter { problem.absence[s][$0] != nil }.count
        violations = explainer.evaluator.evaluate(grid).violations.filter { $0.staff == member.id }

        requests = problem.requests.filter { $0.staff == s }.sorted { $0.day < $1.day }.map { request in
            let t = grid[s, request.day]
            let honoured = !RequestRule.refused(request, t)
            var way: CellExplanation.Alternative?
            if !honoured {
                way = explainer.alternatives(grid, staff: s, day: request.day).first { alternative in
                    let mine: Int? = switch alternative.move {
                    case .reassign(let shift): shift.map { problem.shiftIndex[$0] ?? -1 } ?? -1
                    case .swap(_, let theirs): theirs.map { problem.shiftIndex[$0] ?? -1 } ?? -1
                    }
                    return mine.map { !RequestRule.refused(request, $0) } ?? false
                }
            }
            return RequestOutcome(date: problem.dates[request.day], kind: request.kind, shift: request.shift.map { problem.shifts[$0].code },
                                  priority: request.priority, weight: request.weight, rostered: code(t), honoured: honoured,
                                  cheapestWayToHonour: way, obstacles: way?.effects.filter { $0.penaltyDelta > 0 || $0.breaksHardRule } ?? [])
        }
        rules = Self.appliedRules(problem, explainer.evaluator.ruleIDs, staff: s)
        history = Self.historyFacts(problem, grid, staff: s)
    }

    public var requestsHonoured: Int { requests.filter(\.honoured).count }
    public var requestsRefused: Int { requests.count - requestsHonoured }

    static func appliedRules(_ problem: PlanningProblem, _ ids: [RuleID], staff s: Int) -> [AppliedRule] {
        let settings = problem.rules, member = problem.staff[s], limits = member.limits
        let h = ReviewWording.hours
        func rule(_ id: RuleID, _ severity: Severity?, fr: String, en: String, weight: Double? = nil) -> AppliedRule {
            let severity = severity ?? .hard
            return AppliedRule(rule: id, hard: severity.isHard, weight: severity.isHard ? nil : (weight ?? severity.weight), setting: LocalizedText(fr: fr, en: en))
        }
        func limit(_ unit: LimitSetting?, _ own: Int?) -> Int? { own ?? unit?.limit }
        var result: [AppliedRule] = []
        for id in ids {
            switch id.rawValue {
            case "ABSENCE": result.append(rule(id, .hard, fr: "aucun poste un jour d'absence", en: "no shift on a day of absence"))
            case "SHIFT-ALLOWED":
                let list = member.allowedShifts.map { $0.map(\.rawValue).joined(separator: ", ") }
                result.append(rule(id, .hard, fr: "postes autorisés : \(list ?? "tous")", en: "allowed shifts: \(list ?? "all")"))
            case "LOCK": result.append(rule(id, .hard, fr: "les cellules verrouillées par le cadre gardent leur valeur", en: "cells locked by the cadre keep their value"))
            case "SUCCESSION": result.append(rule(id, .hard, fr: "enchaînements de postes interdits", en: "forbidden shift successions"))
            case "FPH-30":
                if let rest = settings.dailyRest { result.append(rule(id, rest.severity, fr: "repos quotidien ≥ \(h(rest.minutes))", en: "daily rest ≥ \(h(rest.minutes))", weight: (rest.severity?.weight ?? 0) / 60)) }
            case "MAX-SHIFTS-TYPE":
                if let caps = member.maxShifts, !caps.isEmpty {
                    let text = caps.sorted { $0.key < $1.key }.map { "\($0.key) ≤ \($0.value)" }.joined(separator: ", ")
                    result.append(rule(id, .hard, fr: "nombre maximum de postes : \(text)", en: "maximum shifts: \(text)"))
                }
            case "CONTRACT-HOURS":
                let contract = settings.contractHours ?? ContractHoursSetting()
                let (lower, upper) = ContractHoursRule.bounds(problem, s, overtimeAllowed: contract.overtimeAllowed ?? false, overtimeCap: contract.overtimeCapMinutes ?? 1200)
                if lower != nil || upper != nil {
                    let range = "[\(lower.map(h) ?? "–"), \(upper.map(h) ?? "–")]"
                    result.append(rule(id, contract.severity, fr: "heures sur la période dans \(range)", en: "hours over the period within \(range)", weight: (contract.severity?.weight ?? 0) / 60))
                }
            case "HOURS-TARGET":
                if let deviation = settings.hoursDeviation, let target = ContractHoursRule.effectiveTarget(problem, s) {
                    result.append(rule(id, .soft(weight: deviation.weightPerHour), fr: "écart à la cible de \(h(target)), par heure", en: "deviation from the target of \(h(target)), per hour"))
                }
            case "FPH-08":
                if let week = settings.rollingSevenDays { result.append(rule(id, week.severity, fr: "≤ \(h(week.minutes)) sur 7 jours glissants", en: "≤ \(h(week.minutes)) in any 7 days", weight: (week.severity?.weight ?? 0) / 60)) }
            case "FPH-07":
                if let week = settings.civilWeek { result.append(rule(id, week.severity, fr: "≤ \(h(week.minutes)) par semaine civile", en: "≤ \(h(week.minutes)) per civil week", weight: (week.severity?.weight ?? 0) / 60)) }
            case "FPH-32":
                if let rest = settings.weeklyRest { result.append(rule(id, rest.severity, fr: "repos hebdomadaire ≥ \(h(rest.minutes)) consécutives", en: "weekly rest ≥ \(h(rest.minutes)) in a row")) }
            case "FPH-33":
                if let f = settings.fortnightRest { result.append(rule(id, f.severity, fr: "≥ \(f.restDays ?? 4) jours de repos par quinzaine, dont 2 consécutifs avec un dimanche", en: "≥ \(f.restDays ?? 4) rest days per fortnight, two in a row including a Sunday")) }
            case "MAX-CONSEC-WORK":
                if let k = limit(settings.maxConsecutiveWorkDays, limits?.maxConsecutiveWorkDays) {
                    result.append(rule(id, settings.maxConsecutiveWorkDays?.severity, fr: "≤ \(k) jours travaillés consécutifs\(limits?.maxConsecutiveWorkDays != nil ? " (limite personnelle)" : "")", en: "≤ \(k) consecutive worked days\(limits?.maxConsecutiveWorkDays != nil ? " (personal limit)" : "")"))
                }
            case "MAX-CONSEC-NIGHTS":
                if let k = limit(settings.maxConsecutiveNights, limits?.maxConsecutiveNights) {
                    result.append(rule(id, settings.maxConsecutiveNights?.severity, fr: "≤ \(k) nuits consécutives", en: "≤ \(k) consecutive nights"))
                }
            case "MIN-CONSEC-WORK":
                if let k = limit(settings.minConsecutiveWorkDays, limits?.minConsecutiveWorkDays) {
                    result.append(rule(id, settings.minConsecutiveWorkDays?.severity, fr: "séquences de travail d'au moins \(k) jours", en: "work runs of at least \(k) days"))
                }
            case "MIN-CONSEC-OFF":
                if let k = limit(settings.minConsecutiveDaysOff, limits?.minConsecutiveDaysOff) {
                    result.append(rule(id, settings.minConsecutiveDaysOff?.severity, fr: "séquences de repos d'au moins \(k) jours", en: "rest runs of at least \(k) days"))
                }
            case "MAX-WEEKENDS":
                if let k = limit(settings.maxWorkedWeekends, limits?.maxWorkedWeekends) {
                    result.append(rule(id, settings.maxWorkedWeekends?.severity, fr: "≤ \(k) week-ends travaillés", en: "≤ \(k) weekends worked"))
                }
            case "REQUEST":
                let own = problem.requests.filter { $0.staff == s }
                if !own.isEmpty {
                    let weights = Set(own.map(\.weight)).sorted().map(ReviewWording.number).joined(separator: ", ")
                    result.append(rule(id, .soft(weight: own.map(\.weight).max() ?? 0), fr: "\(own.count) demande(s) ; coût d'un refus : \(weights)", en: "\(own.count) request(s); cost of a refusal: \(weights)"))
                }
            case "FAIR-NIGHTS", "FAIR-WEEKENDS", "FAIR-HOLIDAYS":
                let configured: Double? = switch id.rawValue {
                case "FAIR-NIGHTS": settings.fairness?.nightsWeight
                case "FAIR-WEEKENDS": settings.fairness?.weekendsWeight
                default: settings.fairness?.holidaysWeight
                }
                let weight = configured ?? 0
                let group = member.fairnessGroup ?? "\(member.grade)/\(member.team?.rawValue ?? "-")"
                result.append(rule(id, .soft(weight: weight), fr: "\(ReviewWording.ruleLabel(id, .fr)) dans le groupe \(group), par unité d'écart", en: "\(ReviewWording.ruleLabel(id, .en)) within group \(group), per unit of spread"))
            default:
                continue  // coverage is the unit's, not hers
            }
        }
        return result
    }

    static func historyFacts(_ problem: PlanningProblem, _ grid: ShiftGrid, staff s: Int) -> [HistoryFact] {
        var facts: [HistoryFact] = []
        let id = problem.staffID(s), h = ReviewWording.hours
        let counters = problem.scenario.history?.counters?.first { $0.staff == id }
        if problem.historyLength > 0 {
            let last = problem.shift(grid, staff: s, day: -1)
            let eve = problem.date(ofDay: -1), first = problem.date(ofDay: 0)
            if last >= 0, let end = problem.shiftEnd[last] {
                let code = problem.shifts[last].code
                let endText = ClockTime(minutes: end % 1440).map(\.description) ?? "?"
                var fr = "\(code) le \(Wording.dateFR(eve)) (fin \(endText)\(end > 1440 ? " le \(Wording.dateFR(first))" : ""))"
                var en = "\(code) on \(eve) (ends \(endText)\(end > 1440 ? " on \(first)" : ""))"
                if let rest = problem.rules.dailyRest?.minutes {
                    let earliest = end + rest - 1440
                    let barred = problem.shifts.indices.filter { problem.shiftStart[$0].map { $0 < earliest } ?? false }.map { problem.shifts[$0].code.rawValue }
                    if earliest > 0, !barred.isEmpty {
                        let at = earliest >= 1440 ? "—" : (ClockTime(minutes: earliest)?.description ?? "?")
                        fr += " : repos de \(h(rest)), aucun poste avant \(at) le \(Wording.dateFR(first)) (exclus : \(barred.joined(separator: ", ")))"
                        en += ": \(h(rest)) rest, no shift before \(at) on \(first) (excluded: \(barred.joined(separator: ", ")))"
                    }
                }
                facts.append(HistoryFact(kind: .lastShift, dates: [eve], message: LocalizedText(fr: "Dernier poste du mois précédent : " + fr + ".", en: "Last shift of last month: " + en + ".")))
            }
            for (pattern, kind) in [(DayPattern.worked, HistoryFact.Kind.consecutiveWorkedDays), (.night, .consecutiveNights)] {
                var n = 0
                while n < problem.historyLength, pattern.holds(problem, grid, staff: s, day: -1 - n) { n += 1 }
                guard n > 0 else { continue }
                let limit = kind == .consecutiveWorkedDays
                    ? problem.staff[s].limits?.maxConsecutiveWorkDays ?? problem.rules.maxConsecutiveWorkDays?.limit
                    : problem.staff[s].limits?.maxConsecutiveNights ?? problem.rules.maxConsecutiveNights?.limit
                let nounFR = kind == .consecutiveWorkedDays ? "jour(s) travaillé(s) consécutif(s)" : "nuit(s) consécutive(s)", nounEN = kind == .consecutiveWorkedDays ? "worked day(s)" : "night(s)"
                let tailFR = limit.map { " ; limite \($0) : au plus \(max(0, $0 - n)) de plus en début de mois" } ?? ""
                let tailEN = limit.map { "; limit \($0): at most \(max(0, $0 - n)) more at the start of the month" } ?? ""
                facts.append(HistoryFact(kind: kind, dates: [problem.date(ofDay: -n), eve], message: LocalizedText(
                    fr: "\(n) \(nounFR) jusqu'au \(Wording.dateFR(eve))\(tailFR).",
                    en: "\(n) consecutive \(nounEN) up to \(eve)\(tailEN).")))
            }
            if let week = problem.rules.civilWeek, let monday = problem.civilWeekStarts.first, monday < 0 {
                let minutes = (monday..<0).reduce(0) { $0 + problem.minutesOnDay(grid, staff: s, day: $1) }
                if minutes > 0 {
                    facts.append(HistoryFact(kind: .civilWeekMinutes, dates: [problem.date(ofDay: monday), eve], message: LocalizedText(
                        fr: "\(h(minutes)) déjà travaillées dans la semaine civile du \(Wording.dateFR(problem.date(ofDay: monday))) : il reste \(h(max(0, week.minutes - minutes))) sous le plafond de \(h(week.minutes)).",
                        en: "\(h(minutes)) already worked in the civil week of \(problem.date(ofDay: monday)): \(h(max(0, week.minutes - minutes))) left under the \(h(week.minutes)) cap.")))
                }
            }
            if let rolling = problem.rules.rollingSevenDays {
                let from = max(-6, -problem.historyLength)
                let minutes = (from..<0).reduce(0) { $0 + problem.minutesOnDay(grid, staff: s, day: $1) }
                if minutes > 0 {
                    facts.append(HistoryFact(kind: .rollingSevenDaysMinutes, dates: [problem.date(ofDay: from), eve], message: LocalizedText(
                        fr: "\(h(minutes)) travaillées du \(Wording.dateFR(problem.date(ofDay: from))) au \(Wording.dateFR(eve)) : comptent dans les fenêtres de 7 jours (≤ \(h(rolling.minutes))) du début du mois.",
                        en: "\(h(minutes)) worked from \(problem.date(ofDay: from)) to \(eve): they count in the 7-day windows (≤ \(h(rolling.minutes))) of the start of the month.")))
                }
            }
        }
        if let balance = counters?.hourBalanceMinutes, balance != 0 {
            let target = problem.staff[s].contract.targetMinutes
            facts.append(HistoryFact(kind: .hourBalance, dates: [], message: LocalizedText(
                fr: "Solde horaire reporté \(balance > 0 ? "+" : "")\(h(balance))" + (target.map { " : cible du mois \(h($0)) → \(h(max(0, $0 - balance)))" } ?? "") + ".",
                en: "Carried hour balance \(balance > 0 ? "+" : "")\(h(balance))" + (target.map { ": month's target \(h($0)) → \(h(max(0, $0 - balance)))" } ?? "") + ".")))
        }
        if let weekends = counters?.consecutiveWorkedWeekends, weekends > 0 {
            facts.append(HistoryFact(kind: .consecutiveWeekends, dates: [], message: LocalizedText(
                fr: "\(weekends) week-end(s) travaillé(s) d'affilée avant la période.", en: "\(weekends) weekend(s) worked in a row before the period.")))
        }
        return facts
    }
}
