import ArgumentParser
import Scheduling

/// `sched-cli validate`: check a scenario file without solving.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and list every problem found.")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        print("\(scenario): OK — \(problem.staffCount) agents, \(problem.dayCount) jours, \(problem.shiftCount) postes, \(RuleCatalogue.rules(for: problem).count) règles.")
    }
}
