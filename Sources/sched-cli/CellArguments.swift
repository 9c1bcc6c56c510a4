import ArgumentParser
import Foundation
import Scheduling

/// The cell arguments of `edit` and `repair` (`CellNotation`), with errors turned into
/// argument errors that name the option, the value and the expected form.
enum CellArguments {
    static func parse<T>(_ body: () throws(CellNotation.ParseError) -> T) throws(ValidationError) -> T {
        do { return try body() } catch { throw ValidationError(error.description) }
    }
    static func cell(_ value: String, option: String) throws(ValidationError) -> (StaffID, CivilDate) {
        try parse { () throws(CellNotation.ParseError) in try CellNotation.cell(value, option: option) }
    }
    static func assignment(_ value: String, option: String) throws(ValidationError) -> RosterEdit {
        try parse { () throws(CellNotation.ParseError) in try CellNotation.assignment(value, option: option) }
    }
    static func swap(_ value: String, option: String) throws(ValidationError) -> RosterEdit {
        try parse { () throws(CellNotation.ParseError) in try CellNotation.swap(value, option: option) }
    }
    static func absence(_ value: String, option: String, code: AbsenceCode) throws(ValidationError) -> Disruption.NewAbsence {
        try parse { () throws(CellNotation.ParseError) in try CellNotation.absence(value, option: option, code: code) }
    }
    static func minimum(_ value: String, option: String) throws(ValidationError) -> Disruption.RaisedMinimum {
        try parse { () throws(CellNotation.ParseError) in try CellNotation.minimum(value, option: option) }
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
