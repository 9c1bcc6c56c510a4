import Foundation

/// Reads the Curtois–Qu shift-scheduling benchmark files (`InstanceN.txt`, see
/// Benchmarks/curtois/DEFINITION.md) into our own `Scenario`, so that benchmark numbers
/// measure the same model, evaluator and solvers that cadres use.
///
/// Mapping: fixed days off become absences coded `OFF`; shift-on/off requests keep their
/// weights; cover lines become soft targets (under 100, over 1); staff limits become personal
/// `WorkLimits` with hard severities; there is no history (nothing before day 0 counts).
public enum CurtoisInstance {
    /// Day 0 of every instance is a Monday; 1 January 2024 is one.
    public static let startDate = CivilDate(year: 2024, month: 1, day: 1)!

    public static func load(path: String) throws(ScenarioError) -> Scenario {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name, source: path)
    }

    public static func parse(_ text: String, name: String, source: String) throws(ScenarioError) -> Scenario {
        var sections: [String: [(line: Int, fields: [String])]] = [:]
        var current: String?
        var issues: [InputIssue] = []
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (number, rawLine) in normalised.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("#") { continue }
            if line.isEmpty { current = nil; continue }
            if line.hasPrefix("SECTION_") { current = line; sections[line, default: []] = sections[line] ?? []; continue }
            guard let section = current else {
                issues.append(InputIssue(path: "line \(number + 1)", message: "data outside any SECTION_: « \(line) »"))
                continue
            }
            sections[section, default: []].append((number + 1, line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        func int(_ text: String, _ line: Int, _ field: String) -> Int? {
            guard let value = Int(text) else {
                issues.append(InputIssue(path: "line \(line).\(field)", message: "« \(text) » is not a whole number"))
                return nil
            }
            return value
        }

        guard let horizonLine = sections["SECTION_HORIZON"]?.first, let horizon = int(horizonLine.fields[0], horizonLine.line, "horizon"), horizon > 0 else {
            issues.append(InputIssue(path: "SECTION_HORIZON", message: "missing or invalid horizon"))
            throw ScenarioError(file: source, issues: issues)
        }
        let period = PlanningPeriod(start: startDate, days: horizon)
        func date(_ text: String, _ line: Int, _ field: String) -> CivilDate? {
            guard let day = int(text, line, field) else { return nil }
            guard (0..<horizon).contains(day) else {
                issues.append(InputIssue(path: "line \(line).\(field)", message: "day \(day) is outside the horizon 0…\(horizon - 1)"))
                return nil
            }
            return startDate.adding(days: day)
        }

        var shiftTypes: [ShiftType] = []
        for (line, fields) in sections["SECTION_SHIFTS"] ?? [] {
            guard fields.count >= 2, let length = int(fields[1], line, "length") else {
                issues.append(InputIssue(path: "line \(line)", message: "a shift needs ShiftID, Length, forbidden successors"))
                continue
            }
            let banned = fields.count > 2 ? fields[2].split(separator: "|").map { ShiftCode(String($0)) } : []
            shiftTypes.append(ShiftType(code: ShiftCode(fields[0]), label: fields[0], paidMinutes: length, cannotBeFollowedBy: banned))
        }

        var staff: [StaffMember] = []
        for (line, fields) in sections["SECTION_STAFF"] ?? [] {
            guard fields.count == 8 else {
                issues.append(InputIssue(path: "line \(line)", message: "a staff line needs 8 fields, found \(fields.count)"))
                continue
            }
            var maxShifts: [ShiftCode: Int] = [:]
            for item in fields[1].split(separator: "|") {
                let pair = item.split(separator: "=")
                if pair.count == 2, let n = int(String(pair[1]), line, "MaxShifts") { maxShifts[ShiftCode(String(pair[0]))] = n }
                else { issues.append(InputIssue(path: "line \(line).MaxShifts", message: "« \(item) » is not shift=count")) }
            }
            let numbers = fields[2...].enumerated().map { int($0.element, line, ["MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts", "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"][$0.offset]) }
            guard numbers.allSatisfy({ $0 != nil }) else { continue }
            let n = numbers.map { $0! }
            staff.append(StaffMember(
                id: StaffID(fields[0]), name: fields[0], grade: "NURSE",
                contract: Contract(minMinutes: n[1], maxMinutes: n[0]),
                maxShifts: maxShifts,
                limits: WorkLimits(maxConsecutiveWorkDays: n[2], minConsecutiveWorkDays: n[3], minConsecutiveDaysOff: n[4], maxWorkedWeekends: n[5])))
        }

        var absences: [Absence] = []
        for (line, fields) in sections["SECTION_DAYS_OFF"] ?? [] {
            let dates = fields.dropFirst().compactMap { date($0, line, "day") }
            if !dates.isEmpty { absences.append(Absence(staff: StaffID(fields[0]), days: DaySelection(dates: dates), code: "OFF")) }
        }

        var requests: [StaffRequest] = []
        for (kind, section) in [(StaffRequest.Kind.shiftOn, "SECTION_SHIFT_ON_REQUESTS"), (.shiftOff, "SECTION_SHIFT_OFF_REQUESTS")] {
            for (line, fields) in sections[section] ?? [] {
                guard fields.count == 4, let day = date(fields[1], line, "day"), let weight = int(fields[3], line, "weight") else {
                    if fields.count != 4 { issues.append(InputIssue(path: "line \(line)", message: "a request needs EmployeeID, Day, ShiftID, Weight")) }
                    continue
                }
                requests.append(StaffRequest(staff: StaffID(fields[0]), days: .on(day), kind: kind, shift: ShiftCode(fields[2]), weight: Double(weight)))
            }
        }

        var demand: [DemandRule] = []
        for (line, fields) in sections["SECTION_COVER"] ?? [] {
            guard fields.count == 5, let day = date(fields[0], line, "day"), let requirement = int(fields[2], line, "requirement"),
                  let under = int(fields[3], line, "weightUnder"), let over = int(fields[4], line, "weightOver") else {
                if fields.count != 5 { issues.append(InputIssue(path: "line \(line)", message: "a cover line needs Day, ShiftID, Requirement, WeightUnder, WeightOver")) }
                continue
            }
            demand.append(DemandRule(days: .on(day), shift: ShiftCode(fields[1]), target: requirement, underWeight: Double(under), overWeight: Double(over)))
        }
        guard issues.isEmpty else { throw ScenarioError(file: source, issues: issues) }

        let hard = LimitSetting(limit: nil, severity: .hard)
        let rules = RuleSettings(
            maxConsecutiveWorkDays: hard, minConsecutiveWorkDays: hard, minConsecutiveDaysOff: hard, maxWorkedWeekends: hard,
            contractHours: ContractHoursSetting(severity: .hard),
            coverage: CoverageSetting(underWeight: 100, overWeight: 1))
        return Scenario(
            name: name, unit: "Curtois–Qu benchmark \(name)", period: period, shiftTypes: shiftTypes,
            absenceCodes: [AbsenceCodeDefinition(code: "OFF", label: "Repos fixe (fixed day off)")],
            staff: staff, demand: demand, absences: absences, requests: requests, rules: rules)
    }
}
