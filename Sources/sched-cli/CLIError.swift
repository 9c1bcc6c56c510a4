import ArgumentParser
import Foundation
import Scheduling

/// Prints an input error (file, field, problem) and exits with status 2.
func exitWithInputError(_ error: ScenarioError) -> Never {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

func writeFile(_ data: Data, to path: String) throws {
    do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
        throw ValidationError("cannot write \(path): \(error.localizedDescription)")
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Loads a scenario (JSON or Curtois–Qu .txt) and validates it, or prints every problem and exits 2.
func loadProblemOrExit(_ path: String) -> PlanningProblem {
    do throws(ScenarioError) {
        return try PlanningProblem(try ScenarioFile.loadAny(path: path), source: path)
    } catch {
        exitWithInputError(error)
    }
}
