import Foundation
import Scheduling

/// Loads a roster (JSON written by `solve --out`, or a CSV grid), or prints every problem and exits 2.
func loadRosterOrExit(_ path: String, problem: PlanningProblem) -> Roster {
    do throws(ScenarioError) {
        if path.lowercased().hasSuffix(".csv") {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
            }
            return try RosterCSV.parse(text, scenario: problem.scenario, source: path)
        }
        return try ScenarioFile.loadRoster(path: path)
    } catch {
        exitWithInputError(error)
    }
}

/// Loads a roster and converts it to the problem's grid, or prints every problem and exits 2.
func loadGridOrExit(_ path: String, problem: PlanningProblem) -> (Roster, ShiftGrid) {
    let roster = loadRosterOrExit(path, problem: problem)
    do throws(ScenarioError) { return (roster, try problem.grid(for: roster, source: path)) } catch { exitWithInputError(error) }
}

/// Writes a rendering to `--out`, or prints it.
func emit(_ text: String, to out: String?) throws {
    if let out { try writeFile(Data(text.utf8), to: out) } else { print(text) }
}
