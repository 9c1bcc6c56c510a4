import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli model`: writes the integer program of a scenario, readable by a person.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Write the scenario's integer program in CPLEX LP format (rows named after rule and subject).")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    @Option(name: .long, help: "Output file (default: standard output).")
    var out: String?

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let text = MIPEncoding.build(problem).model.lpFormat()
        if let out { try writeFile(Data(text.utf8), to: out) } else { print(text, terminator: "") }
    }
}
