import Foundation

/// Checks a decoded scenario for everything that would make a roster meaningless or a solver
/// misbehave: unknown references, dates outside the period, absurd durations, duplicates,
/// contradictions between locks and absences, and demand impossible by construction.
public enum ScenarioValidator {
    /// Every problem found, in file order; empty when the scenario is usable.
    public static func issues(in scenario: Scenario) -> [InputIssue] {
        var issues: [InputIssue] = []
        func add(_ path: String, _ message: String) { issues.append(InputIssue(path: path, message: message)) }

        if scenario.formatVersion != 1 { add("formatVersion", "unsupported format version \(scenario.formatVersion) (expected 1)") }
        if scenario.name.trimmingCharacters(in: .whitespaces).isEmpty { add("name", "must not be empty") }
        let period = scenario.period
        guard (1...400).contains(period.days) else {
            add("period.days", "must be between 1 and 400 days, got \(period.days)")
            return issues
        }

        // Shift types
        var shiftCodes = Set<ShiftCode>()
        let needsTimes = scenario.rules.needsClockTimes
        for (i, shift) in scenario.shiftTypes.enumerated() {
            let path = "shiftTypes[\(i)]"
            if shift.code.rawValue.isEmpty { add("\(path).code", "must not be empty") }
            if !shiftCodes.insert(shift.code).inserted { add("\(path).code", "duplicate shift code « \(shift.code) »") }
            if shift.paidMinutes <= 0 || shift.paidMinutes > 24 * 60 {
                add("\(path).paidMinutes", "must be between 1 and 1440 minutes, got \(shift.paidMinutes)")
            }
            if (shift.start == nil) != (shift.end == nil) { add(path, "start and end must be given together") }
            if let span = shift.spanMinutes {
                if span > 12 * 60 {
                    add(path, "spans \(span / 60) h \(span % 60) min from \(shift.start!) to \(shift.end!): no shift may exceed 12 h amplitude (FPH-22)")
                } else if span > (shift.night ? 600 : 540), scenario.derogation12h != true, scenario.rules.dailyRest != nil {
                    add(path, "spans \(span) min, beyond \(shift.night ? "10 h at night" : "9 h by day") (FPH-20/21): needs derogation12h = true")
                }
                if shift.paidMinutes > span { add("\(path).paidMinutes", "\(shift.paidMinutes) min paid exceeds the \(span) min between start and end") }
            } else if needsTimes {
                add(path, "needs start and end times: the rule set includes rest and weekly-hours rules")
            }
        }
        for (i, shift) in scenario.shiftTypes.enumerated() {
            for (j, next) in (shift.cannotBeFollowedBy ?? []).enumerated() where !shiftCodes.contains(next) {
                add("shiftTypes[\(i)].cannotBeFollowedBy[\(j)]", "unknown shift code « \(next) »")
            }
        }
        if scenario.shiftTypes.isEmpty { add("shiftTypes", "at least one shift type is needed") }

        // Absence codes
        let declaredCodes = scenario.absenceCodes.map { Set($0.map(\.code)) }

        // Staff
        var staffIDs = Set<StaffID>()
        for (i, member) in scenario.staff.enumerated() {
            let path = "staff[\(i)]"
            if member.id.rawValue.isEmpty { add("\(path).id", "must not be empty") }
            if !staffIDs.insert(member.id).inserted { add("\(path).id", "duplicate staff id « \(member.id) »") }
            if let q = member.quotite, !(50...100).contains(q) { add("\(path).quotite", "must be between 50 and 100 %, got \(q) (FPH-90)") }
            let c = member.contract
            for (field, value) in [("targetMinutes", c.targetMinutes), ("toleranceMinutes", c.toleranceMinutes), ("minMinutes", c.minMinutes), ("maxMinutes", c.maxMinutes)] {
                if let value, value < 0 || value > period.days * 24 * 60 {
                    add("\(path).contract.\(field)", "\(value) minutes is impossible over \(period.days) days")
                }
            }
            if let lo = c.minMinutes, let hi = c.maxMinutes, lo > hi { add("\(path).contract", "minMinutes \(lo) exceeds maxMinutes \(hi)") }
            for (j, code) in (member.allowedShifts ?? []).enumerated() where !shiftCodes.contains(code) {
                add("\(path).allowedShifts[\(j)]", "unknown shift code « \(code) »")
            }
            for (code, count) in (member.maxShifts ?? [:]).sorted(by: { $0.key < $1.key }) {
                if !shiftCodes.contains(code) { add("\(path).maxShifts.\(code)", "unknown shift code « \(code) »") }
                if count < 0 { add("\(path).maxShifts.\(code)", "must not be negative, got \(count)") }
            }
            if let limits = member.limits {
                for (field, value) in [("maxConsecutiveWorkDays", limits.maxConsecutiveWorkDays), ("minConsecutiveWorkDays", limits.minConsecutiveWorkDays),
                                       ("minConsecutiveDaysOff", limits.minConsecutiveDaysOff), ("maxWorkedWeekends", limits.maxWorkedWeekends),
                                       ("maxConsecutiveNights", limits.maxConsecutiveNights)] {
                    if let value, value < 0 { add("\(path).limits.\(field)", "must not be negative, got \(value)") }
                }
            }
        }
        if scenario.staff.isEmpty { add("staff", "at least one agent is needed") }

        func checkDays(_ days: DaySelection, _ path: String) {
            if let from = days.from, !period.contains(from) { add("\(path).from", "\(from) is outside the period \(period.start)…\(period.lastDate)") }
            if let to = days.to, !period.contains(to) { add("\(path).to", "\(to) is outside the period \(period.start)…\(period.lastDate)") }
            if let from = days.from, let to = days.to, from > to { add(path, "from \(from) is after to \(to)") }
            for (j, date) in (days.dates ?? []).enumerated() where !period.contains(date) {
                add("\(path).dates[\(j)]", "\(date) is outside the period \(period.start)…\(period.lastDate)")
            }
            for (j, w) in (days.weekdays ?? []).enumerated() where !(1...7).contains(w) {
                add("\(path).weekdays[\(j)]", "weekday must be 1 (Monday) to 7 (Sunday), got \(w)")
            }
            if days.weekdays?.isEmpty == true { add("\(path).weekdays", "an empty weekday list selects no date") }
            if days.dates == nil, days.from == nil, days.to == nil, days.weekdays == nil {
                add(path, "selects no date: give dates, from/to or weekdays")
            }
        }

        // Absences
        var absentDays: [StaffID: [CivilDate: AbsenceCode]] = [:]
        for (i, absence) in (scenario.absences ?? []).enumerated() {
            let path = "absences[\(i)]"
            if !staffIDs.contains(absence.staff) { add("\(path).staff", "unknown staff id « \(absence.staff) »") }
            if let declaredCodes, !declaredCodes.contains(absence.code) { add("\(path).code", "absence code « \(absence.code) » is not declared in absenceCodes") }
            checkDays(absence.days, "\(path).days")
            for date in absence.days.resolve(in: period) where period.contains(date) { absentDays[absence.staff, default: [:]][date] = absence.code }
        }

        // Demand
        var demandKeys: [String: Int] = [:]
        for (i, rule) in scenario.demand.enumerated() {
            let path = "demand[\(i)]"
            if !shiftCodes.contains(rule.shift) { add("\(path).shift", "unknown shift code « \(rule.shift) »") }
            checkDays(rule.days, "\(path).days")
            for (field, value) in [("minimum", rule.minimum), ("target", rule.target), ("maximum", rule.maximum)] {
                if let value, value < 0 { add("\(path).\(field)", "must not be negative, got \(value)") }
            }
            if let lo = rule.minimum, let hi = rule.maximum, lo > hi { add(path, "minimum \(lo) exceeds maximum \(hi)") }
            if let t = rule.target, let hi = rule.maximum, t > hi { add(path, "target \(t) exceeds maximum \(hi)") }
            for (field, value) in [("underWeight", rule.underWeight), ("overWeight", rule.overWeight)] {
                if let value, value < 0 || !value.isFinite { add("\(path).\(field)", "must be a finite non-negative weight") }
            }
            for date in rule.days.resolve(in: period) where period.contains(date) {
                let key = "\(date)|\(rule.shift)|\(rule.skill?.rawValue ?? "*")"
                if let first = demandKeys[key] {
                    add(path, "demand for \(rule.shift) / \(rule.skill?.rawValue ?? "all staff") on \(date) is already given by demand[\(first)]")
                    break
                }
                demandKeys[key] = i
            }
            if let minimum = rule.minimum, minimum > 0, shiftCodes.contains(rule.shift) {
                let qualified = scenario.staff.filter { member in
                    (rule.skill.map { member.allSkills.contains($0) } ?? true)
                        && (member.allowedShifts?.contains(rule.shift) ?? true)
                        && (member.maxShifts?[rule.shift] ?? 1) > 0
                }.count
                if qualified < minimum {
                    add("\(path).minimum", "requires \(minimum) \(rule.skill?.rawValue ?? "agents") on \(rule.shift) but only \(qualified) agent(s) are qualified and allowed on that shift: impossible by construction")
                }
            }
        }

        // Requests
        for (i, request) in (scenario.requests ?? []).enumerated() {
            let path = "requests[\(i)]"
            if !staffIDs.contains(request.staff) { add("\(path).staff", "unknown staff id « \(request.staff) »") }
            checkDays(request.days, "\(path).days")
            switch request.kind {
            case .dayOff:
                if request.shift != nil { add("\(path).shift", "a dayOff request takes no shift") }
            case .shiftOn, .shiftOff, .onlyShift:
                if let shift = request.shift {
                    if !shiftCodes.contains(shift) { add("\(path).shift", "unknown shift code « \(shift) »") }
                } else {
                    add("\(path).shift", "a \(request.kind.rawValue) request needs a shift")
                }
            }
            if let w = request.weight, w < 0 || !w.isFinite { add("\(path).weight", "must be a finite non-negative weight") }
        }

        // History
        if let history = scenario.history {
            if history.from > period.start { add("history.from", "\(history.from) is after the start of the period \(period.start)") }
            if history.from.days(to: period.start) > 62 { add("history.from", "history longer than 62 days is not used; start it at most 62 days before the period") }
            var seen = Set<String>()
            for (i, entry) in history.assignments.enumerated() {
                let path = "history.assignments[\(i)]"
                if !staffIDs.contains(entry.staff) { add("\(path).staff", "unknown staff id « \(entry.staff) »") }
                if !shiftCodes.contains(entry.shift) { add("\(path).shift", "unknown shift code « \(entry.shift) »") }
                if entry.date < history.from || entry.date >= period.start {
                    add("\(path).date", "\(entry.date) is outside the history window \(history.from)…\(period.start.adding(days: -1))")
                }
                if !seen.insert("\(entry.staff)|\(entry.date)").inserted { add(path, "a second shift for \(entry.staff) on \(entry.date)") }
            }
            for (i, counter) in (history.counters ?? []).enumerated() where !staffIDs.contains(counter.staff) {
                add("history.counters[\(i)].staff", "unknown staff id « \(counter.staff) »")
            }
        }

        // Locks
        var lockedCells: [String: ShiftCode?] = [:]
        for (i, lock) in (scenario.locks ?? []).enumerated() {
            let path = "locks[\(i)]"
            if !staffIDs.contains(lock.staff) { add("\(path).staff", "unknown staff id « \(lock.staff) »") }
            if !period.contains(lock.date) { add("\(path).date", "\(lock.date) is outside the period \(period.start)…\(period.lastDate)") }
            if let shift = lock.shift {
                if !shiftCodes.contains(shift) { add("\(path).shift", "unknown shift code « \(shift) »") }
                if let code = absentDays[lock.staff]?[lock.date] {
                    add(path, "locks \(lock.staff) on \(shift) on \(lock.date), but the agent is absent (\(code)) that day")
                }
                if let member = scenario.staff.first(where: { $0.id == lock.staff }),
                   !(member.allowedShifts?.contains(shift) ?? true) || (member.maxShifts?[shift] ?? 1) == 0 {
                    add(path, "locks \(lock.staff) on \(shift), a shift this agent may not work")
                }
            }
            let key = "\(lock.staff)|\(lock.date)"
            if let previous = lockedCells[key], previous != lock.shift {
                add(path, "contradicts an earlier lock of \(lock.staff) on \(lock.date) (\(previous?.rawValue ?? "repos") vs \(lock.shift?.rawValue ?? "repos"))")
            }
            lockedCells[key] = lock.shift
        }

        // Rules
        let rules = scenario.rules
        if let rest = rules.dailyRest, !(660...1440).contains(rest.minutes) {
            add("rules.dailyRest.minutes", "must be between 660 (11 h, the legal floor of FPH-31) and 1440, got \(rest.minutes)")
        }
        if let week = rules.rollingSevenDays, !(1...2880).contains(week.minutes) {
            add("rules.rollingSevenDays.minutes", "must be between 1 and 2880 (48 h, FPH-08), got \(week.minutes)")
        }
        if let week = rules.civilWeek, !(1...2880).contains(week.minutes) {
            add("rules.civilWeek.minutes", "must be between 1 and 2880, got \(week.minutes)")
        }
        if let rest = rules.weeklyRest, !(0...7 * 1440).contains(rest.minutes) {
            add("rules.weeklyRest.minutes", "must be between 0 and 10080, got \(rest.minutes)")
        }
        if let fortnight = rules.fortnightRest, let days = fortnight.restDays, !(0...14).contains(days) {
            add("rules.fortnightRest.restDays", "must be between 0 and 14, got \(days)")
        }
        if let cap = rules.contractHours?.overtimeCapMinutes, cap < 0 { add("rules.contractHours.overtimeCapMinutes", "must not be negative") }
        // A negative weight would reward breaking a rule.
        var weights: [(String, Double?)] = [
            ("rules.coverage.minimumShortfallWeight", rules.coverage.minimumShortfallWeight),
            ("rules.coverage.underWeight", rules.coverage.underWeight),
            ("rules.coverage.overWeight", rules.coverage.overWeight),
            ("rules.requests.p1", rules.requests.p1), ("rules.requests.p2", rules.requests.p2),
            ("rules.hoursDeviation.weightPerHour", rules.hoursDeviation?.weightPerHour),
            ("rules.fairness.nightsWeight", rules.fairness?.nightsWeight),
            ("rules.fairness.weekendsWeight", rules.fairness?.weekendsWeight),
            ("rules.fairness.holidaysWeight", rules.fairness?.holidaysWeight),
        ]
        let severities: [(String, Severity?)] = [
            ("dailyRest", rules.dailyRest?.severity), ("rollingSevenDays", rules.rollingSevenDays?.severity),
            ("civilWeek", rules.civilWeek?.severity), ("weeklyRest", rules.weeklyRest?.severity),
            ("fortnightRest", rules.fortnightRest?.severity), ("maxConsecutiveWorkDays", rules.maxConsecutiveWorkDays?.severity),
            ("maxConsecutiveNights", rules.maxConsecutiveNights?.severity), ("minConsecutiveWorkDays", rules.minConsecutiveWorkDays?.severity),
            ("minConsecutiveDaysOff", rules.minConsecutiveDaysOff?.severity), ("maxWorkedWeekends", rules.maxWorkedWeekends?.severity),
            ("contractHours", rules.contractHours?.severity),
        ]
        for (name, severity) in severities { if case .soft(let w) = severity { weights.append(("rules.\(name).severity.soft", w)) } }
        for (path, weight) in weights {
            if let weight, weight < 0 || !weight.isFinite { add(path, "must be a finite non-negative weight, got \(weight)") }
        }
        return issues
    }
}

extension RuleSettings {
    /// Rules that reason on clock time need every shift type to have start and end times.
    var needsClockTimes: Bool {
        dailyRest != nil || rollingSevenDays != nil || civilWeek != nil || weeklyRest != nil || fortnightRest != nil
    }
}
