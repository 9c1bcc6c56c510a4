/// Turns a unit's `RuleSettings` into the list of rules that apply to it.
public enum RuleCatalogue {
    /// Every rule that applies to `problem`, in a stable order.
    public static func rules(for problem: PlanningProblem) -> [any RosterRule] {
        let settings = problem.rules
        var rules: [any RosterRule] = [AbsenceRule(), ShiftAllowedRule(), LockRule()]
        if problem.forbiddenSuccession.contains(where: { $0.contains(true) }) { rules.append(ForbiddenSuccessionRule()) }
        if let rest = settings.dailyRest { rules.append(DailyRestRule(minimumMinutes: rest.minutes, severity: rest.severity ?? .hard)) }
        if problem.maxShifts.contains(where: { $0.contains { $0 != nil } }) { rules.append(MaxShiftsPerTypeRule()) }
        let contract = settings.contractHours ?? ContractHoursSetting()
        rules.append(ContractHoursRule(severity: contract.severity ?? .hard, overtimeAllowed: contract.overtimeAllowed ?? false,
                                       overtimeCapMinutes: contract.overtimeCapMinutes ?? 1200))
        if let deviation = settings.hoursDeviation { rules.append(HoursDeviationRule(weightPerHour: deviation.weightPerHour)) }
        if let week = settings.rollingSevenDays { rules.append(RollingSevenDaysRule(maximumMinutes: week.minutes, severity: week.severity ?? .hard)) }
        if let week = settings.civilWeek { rules.append(CivilWeekRule(maximumMinutes: week.minutes, severity: week.severity ?? .hard)) }
        if let rest = settings.weeklyRest { rules.append(WeeklyRestRule(minimumMinutes: rest.minutes, severity: rest.severity ?? .hard)) }
        if let fortnight = settings.fortnightRest {
            rules.append(FortnightRestRule(restDays: fortnight.restDays ?? 4, anchor: fortnight.anchor, rolling: fortnight.rolling ?? false,
                                           sundayPair: fortnight.sundayPair ?? true, severity: fortnight.severity ?? .hard))
        }
        let hasPersonal = { (path: KeyPath<WorkLimits, Int?>) in problem.staff.contains { $0.limits?[keyPath: path] != nil } }
        if settings.maxConsecutiveWorkDays != nil || hasPersonal(\.maxConsecutiveWorkDays) {
            rules.append(MaxConsecutiveRule(id: "MAX-CONSEC-WORK", pattern: .worked, defaultLimit: settings.maxConsecutiveWorkDays?.limit,
                                            severity: settings.maxConsecutiveWorkDays?.severity ?? .hard, personalLimit: { $0.maxConsecutiveWorkDays }))
        }
        if settings.maxConsecutiveNights != nil || hasPersonal(\.maxConsecutiveNights) {
            rules.append(MaxConsecutiveRule(id: "MAX-CONSEC-NIGHTS", pattern: .night, defaultLimit: settings.maxConsecutiveNights?.limit,
                                            severity: settings.maxConsecutiveNights?.severity ?? .hard, personalLimit: { $0.maxConsecutiveNights }))
        }
        if settings.minConsecutiveWorkDays != nil || hasPersonal(\.minConsecutiveWorkDays) {
            rules.append(MinConsecutiveRule(id: "MIN-CONSEC-WORK", pattern: .worked, defaultLimit: settings.minConsecutiveWorkDays?.limit,
                                            severity: settings.minConsecutiveWorkDays?.severity ?? .hard, personalLimit: { $0.minConsecutiveWorkDays }))
        }
        if settings.minConsecutiveDaysOff != nil || hasPersonal(\.minConsecutiveDaysOff) {
            rules.append(MinConsecutiveRule(id: "MIN-CONSEC-OFF", pattern: .off, defaultLimit: settings.minConsecutiveDaysOff?.limit,
                                            severity: settings.minConsecutiveDaysOff?.severity ?? .hard, personalLimit: { $0.minConsecutiveDaysOff }))
        }
        if settings.maxWorkedWeekends != nil || hasPersonal(\.maxWorkedWeekends) {
            rules.append(MaxWorkedWeekendsRule(defaultLimit: settings.maxWorkedWeekends?.limit, severity: settings.maxWorkedWeekends?.severity ?? .hard))
        }
        rules.append(CoverageRule(shortfallWeight: settings.coverage.minimumShortfallWeight ?? 10_000))
        rules.append(RequestRule())
        if let fairness = settings.fairness {
            if let w = fairness.nightsWeight, w > 0 { rules.append(FairnessRule(id: "FAIR-NIGHTS", measure: .nights, weight: w)) }
            if let w = fairness.weekendsWeight, w > 0 { rules.append(FairnessRule(id: "FAIR-WEEKENDS", measure: .weekends, weight: w)) }
            if let w = fairness.holidaysWeight, w > 0 { rules.append(FairnessRule(id: "FAIR-HOLIDAYS", measure: .holidays, weight: w)) }
        }
        rules.append(contentsOf: problem.references)
        return rules
    }
}
