import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli diff`: the explainable difference between two rosters of the same unit and period.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two rosters of a scenario: changed cells by agent and date, their effect on each rule, coverage, requests, hours, fairness, totals.")

    @Argument(help: "Scenario JSON file, or a Curtois–Qu InstanceN.txt file.")
    var scenario: String

    @Argument(help: "First roster (JSON or CSV), e.g. the proposal.")
    var before: String

    @Argument(help: "Second roster (JSON or CSV), e.g. the cadre's edit.")
    var after: String

    @Option(name: .long, help: "Output format: text, json or html.")
    var format: ReviewFormat = .text

    @Option(name: .long, help: "Who made the second roster (e.g. cadre:Martin); default: its provenance.")
    var author: String?

    @Option(name: .long, help: "JSON file of per-cell authors: [{\"staff\", \"date\", \"author\"}] (overrides the roster's author).")
    var cellAuthors: String?

    @Option(name: .long, help: "Write the rendering here (default: standard output).")
    var out: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let first = loadRosterOrExit(before, problem: problem)
        var second = loadRosterOrExit(after, problem: problem)
        if let author {
            var provenance = second.provenance ?? Provenance(engine: "cadre", engineVersion: "")
            provenance.parameters = (provenance.parameters ?? [:]).merging(["author": author]) { $1 }
            second.provenance = provenance
        }
        var authors: [CellAddress: String] = [:]
        if let cellAuthors {
            do throws(ScenarioError) {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: cellAuthors)) } catch {
                    throw ScenarioError(file: cellAuthors, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
                }
                authors = CellAuthor.table(try ScenarioFile.decode([CellAuthor].self, from: data, source: cellAuthors))
            } catch { exitWithInputError(error) }
        }
        let diff: RosterDiff
        do throws(RosterDiffError) {
            diff = try RosterDiff.compare(first, second, evaluator: Evaluator(problem: problem), cellAuthors: authors, sources: (before, after))
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let language: Language = output.lang == .fr ? .fr : .en
        switch format {
        case .text: try emit(diff.text(language), to: out)
        case .json: try emit(String(decoding: ScenarioFile.encode(diff), as: UTF8.self), to: out)
        case .html: try emit(diff.html(language), to: out)
        }
    }
}
