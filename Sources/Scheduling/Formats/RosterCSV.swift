import Foundation

/// The roster as a CSV grid a spreadsheet opens: one line per agent, one column per date,
/// the shift code or an empty field for a day off.
public enum RosterCSV {
    public static func render(_ roster: Roster) -> String {
        var lines = ["staff," + roster.period.dates.map(\.description).joined(separator: ",")]
        for row in roster.rows {
            lines.append(([escape(row.staff.rawValue)] + row.shifts.map { escape($0?.rawValue ?? "") }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a header-less grid (Curtois–Qu reference rosters: staff id then one field per day)
    /// or our own grid with a `staff,` header.
    public static func parse(_ text: String, scenario: Scenario, source: String) throws(ScenarioError) -> Roster {
        var rows: [RosterRow] = []
        var issues: [InputIssue] = []
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        for (number, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            if number == 0 && fields.first == "staff" { continue }
            guard fields.count == scenario.period.days + 1 else {
                issues.append(InputIssue(path: "line \(number + 1)", message: "has \(fields.count - 1) day fields, the period has \(scenario.period.days)"))
                continue
            }
            rows.append(RosterRow(staff: StaffID(fields[0]), shifts: fields.dropFirst().map { $0.isEmpty ? nil : ShiftCode($0) }))
        }
        guard issues.isEmpty else { throw ScenarioError(file: source, issues: issues) }
        return Roster(scenario: scenario.name, period: scenario.period, rows: rows)
    }

    static func escape(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
