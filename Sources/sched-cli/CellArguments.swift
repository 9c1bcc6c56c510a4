import ArgumentParser
import Foundation
import Scheduling

/// Parsers for the cell arguments of `edit` and `repair`; each error names the option, the
/// value and the expected form.
enum CellArguments {
    static func date(_ text: Substring, option: String, value: String) throws(ValidationError) -> CivilDate {
        guard let date = CivilDate(iso: String(text)) else {
            throw ValidationError("\(option) \(value): « \(text) » is not a date (expected YYYY-MM-DD)")
        }
        return date
    }

    /// `STAFF:DATE`, for example `IDE-03:2026-06-12`.
    static func cell(_ value: String, option: String) throws(ValidationError) -> (StaffID, CivilDate) {
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex else {
            throw ValidationError("\(option) \(value): expected STAFF:DATE, e.g. IDE-03:2026-06-12")
        }
        return (StaffID(String(value[..<colon])), try date(value[value.index(after: colon)...], option: option, value: value))
    }

    /// `STAFF:DATE=SHIFT`, for example `IDE-03:2026-06-12=N`.
    static func assignment(_ value: String, option: String) throws(ValidationError) -> (StaffID, CivilDate, ShiftCode) {
        guard let equals = value.lastIndex(of: "="), value.index(after: equals) != value.endIndex else {
            throw ValidationError("\(option) \(value): expected STAFF:DATE=SHIFT, e.g. IDE-03:2026-06-12=N")
        }
        let (staff, day) = try cell(String(value[..<equals]), option: option)
        return (staff, day, ShiftCode(String(value[value.index(after: equals)...])))
    }

    /// `STAFF,STAFF:DATE`, for example `IDE-01,IDE-02:2026-06-14`.
    static func swap(_ value: String, option: String) throws(ValidationError) -> (StaffID, StaffID, CivilDate) {
        let (pair, day) = try cell(value, option: option)
        let ids = pair.rawValue.split(separator: ",").map { StaffID(String($0)) }
        guard ids.count == 2, ids[0] != ids[1] else {
            throw ValidationError("\(option) \(value): expected two different agents, STAFF,STAFF:DATE, e.g. IDE-01,IDE-02:2026-06-14")
        }
        return (ids[0], ids[1], day)
    }

    /// `STAFF[,STAFF…]:FROM..TO` (or a single DATE), for example `IDE-01,IDE-02:2026-06-10..2026-06-20`.
    static func absence(_ value: String, option: String, code: AbsenceCode) throws(ValidationError) -> Disruption.NewAbsence {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else {
            throw ValidationError("\(option) \(value): expected STAFF[,STAFF…]:FROM..TO, e.g. IDE-01,IDE-02:2026-06-10..2026-06-20")
        }
        let ids = value[..<colon].split(separator: ",").map { StaffID(String($0)) }
        let range = value[value.index(after: colon)...]
        let bounds = range.components(separatedBy: "..")
        guard bounds.count <= 2, !ids.isEmpty else {
            throw ValidationError("\(option) \(value): expected STAFF[,STAFF…]:FROM..TO, e.g. IDE-01,IDE-02:2026-06-10..2026-06-20")
        }
        let from = try date(Substring(bounds[0]), option: option, value: value)
        let to = try date(Substring(bounds.last!), option: option, value: value)
        return Disruption.NewAbsence(staff: ids, from: from, to: to, code: code)
    }

    /// `SHIFT[/SKILL]=N[@FROM..TO]`, for example `J=11` or `N/IDE=11@2026-06-22..2026-06-30`.
    static func minimum(_ value: String, option: String) throws(ValidationError) -> Disruption.RaisedMinimum {
        let form = "expected SHIFT[/SKILL]=N[@FROM..TO], e.g. J=11 or N/IDE=11@2026-06-22..2026-06-30"
        let main = value.split(separator: "@", maxSplits: 1)
        let parts = main.first.map { $0.split(separator: "=") } ?? []
        guard parts.count == 2, let n = Int(parts[1]) else { throw ValidationError("\(option) \(value): \(form)") }
        let target = parts[0].split(separator: "/")
        guard target.count == 1 || target.count == 2 else { throw ValidationError("\(option) \(value): \(form)") }
        var raised = Disruption.RaisedMinimum(shift: ShiftCode(String(target[0])), skill: target.count == 2 ? Skill(String(target[1])) : nil, minimum: n)
        if main.count == 2 {
            let bounds = main[1].components(separatedBy: "..")
            guard bounds.count <= 2 else { throw ValidationError("\(option) \(value): \(form)") }
            raised.from = try date(Substring(bounds[0]), option: option, value: value)
            raised.to = try date(Substring(bounds.last!), option: option, value: value)
        }
        return raised
    }
}

/// Loads a roster (JSON, or a CSV grid) for `problem` as a grid, or prints every problem and exits 2.
func loadGridOrExit(_ path: String, problem: PlanningProblem) -> ShiftGrid {
    do throws(ScenarioError) {
        let roster: Roster
        if path.lowercased().hasSuffix(".csv") {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
            }
            roster = try RosterCSV.parse(text, scenario: problem.scenario, source: path)
        } else {
            roster = try ScenarioFile.loadRoster(path: path)
        }
        return try problem.grid(for: roster, source: path)
    } catch {
        exitWithInputError(error)
    }
}

/// Loads a roster's provenance when the file is JSON (nil for CSV or no provenance).
func loadProvenance(_ path: String) -> Provenance? {
    guard !path.lowercased().hasSuffix(".csv") else { return nil }
    return try? ScenarioFile.loadRoster(path: path).provenance
}

/// Loads a JSON list of locked cells (written by `edit --locks-out`), or exits 2.
func loadLocksOrExit(_ path: String) -> [CellLock] {
    do throws(ScenarioError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try ScenarioFile.decode([CellLock].self, from: data, source: path)
    } catch {
        exitWithInputError(error)
    }
}

/// « +12,0 » style signed number.
func signed(_ value: Double) -> String { String(format: "%+.1f", value) }
