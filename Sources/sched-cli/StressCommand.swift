import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli stress`: a batch of disruptions against a roster (absence waves, surges, loss of
/// a skill, the ANAP exercise), each repaired with as few changes as possible and judged by the
/// evaluator; a summary table, `--json`, and a printable French HTML report.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress",
        abstract: "Stress-test a roster: repair it after a batch of disruptions and report coverage, overtime and changes.",
        discussion: """
        DAYS is weekN, weeksN-M (7-day blocks from the first day of the period), FROM..TO or DATE. \
        With no disruption given, the unit's standard batch runs. --iterations or --node-limit make the run repeatable \
        (no clock: the same input and seed give the same report). See docs/stress.md.
        """)

    @Argument(help: "Scenario JSON file.")
    var scenario: String

    @Option(name: .long, help: "The roster to stress (JSON or CSV grid); without it a roster is proposed first.")
    var roster: String?

    @Option(name: .long, help: "PCT%[/SKILL]:DAYS: that share of the agents absent (repeatable), e.g. 15%:week3.")
    var absenceWave: [String] = []

    @Option(name: .long, help: "SHIFT[/SKILL]+N[@DAYS]: minimum raised by N (repeatable), e.g. N/IDE+1@week4.")
    var surge: [String] = []

    @Option(name: .long, help: "SKILL:DAYS: every holder of the skill absent (repeatable), e.g. EER-ECMO:2026-06-18..2026-06-20.")
    var skillLoss: [String] = []

    @Option(name: .long, help: "STAFF[,STAFF…]:DAYS: named agents absent (repeatable), e.g. IDE01,IDE02:week2.")
    var absent: [String] = []

    @Flag(name: .long, help: "The ANAP exercise: 10 IDE sick over the middle week, then 11 IDE per shift to the end, overtime allowed.")
    var anap = false

    @Flag(name: .long, help: "Allow overtime within the legal cap in every disruption.")
    var allowOvertime = false

    @Option(name: .long, help: "Absence code of the absences added (declared in the scenario).")
    var absenceCode: String = "MAL"

    @Option(name: .long, help: "Time limit of each repair in seconds (default 20 unless --iterations or --node-limit is given).")
    var timeLimit: Double?

    @Option(name: .long, help: "Time limit in seconds of the solve that proposes the roster when --roster is not given.")
    var solveTimeLimit: Double = 30

    @Option(name: .long, help: "Repeatable budget: neighbourhood steps of each repair (no time limit).")
    var iterations: Int?

    @Option(name: .long, help: "Repeatable budget: branch-and-bound subproblems of the exact phases (no time limit).")
    var nodeLimit: Int?

    @Option(name: .long, help: "Seed for the choice of absent agents and the searches.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Repairs run at once.")
    var workers: Int = 2

    @Option(name: .long, help: "Price of one changed cell.")
    var changeWeight: Double = RosterRepair.defaultChangeWeight

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .long, help: "Write the report as a self-contained HTML page here.")
    var html: String?

    /// The disruptions as written, or every problem with them.
    func disruptions() throws(StressError) -> [StressDisruption] {
        var result: [StressDisruption] = []
        var issues: [StressError.Issue] = []
        func add(_ values: [String], _ parse: (String) throws(StressError) -> StressDisruption) {
            for value in values {
                do { result.append(try parse(value)) } catch {
                    if case .invalidDisruptions(let found) = error { issues += found }
                }
            }
        }
        add(absenceWave, StressDisruption.absenceWave(notation:))
        add(surge, StressDisruption.surge(notation:))
        add(skillLoss, StressDisruption.skillLoss(notation:))
        add(absent, StressDisruption.absent(notation:))
        if anap { result.append(.anap) }
        guard issues.isEmpty else { throw .invalidDisruptions(issues) }
        return result
    }

    /// The budgets, or the option that is wrong.
    func options() throws(StressError) -> StressOptions {
        func bad(_ option: String, _ value: String, _ problem: String) -> StressError {
            .invalidDisruptions([StressError.Issue(option: option, value: value, problem: problem)])
        }
        let repeatable = iterations != nil || nodeLimit != nil
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) { throw bad("--time-limit", "\(timeLimit)", "must be a positive number of seconds") }
        if repeatable, let timeLimit { throw bad("--time-limit", "\(timeLimit)", "give either a time limit or --iterations/--node-limit, not both") }
        guard solveTimeLimit > 0, solveTimeLimit.isFinite else { throw bad("--solve-time-limit", "\(solveTimeLimit)", "must be a positive number of seconds") }
        if let iterations, iterations < 1 { throw bad("--iterations", "\(iterations)", "must be at least 1") }
        if let nodeLimit, nodeLimit < 1 { throw bad("--node-limit", "\(nodeLimit)", "must be at least 1") }
        guard (1...16).contains(workers) else { throw bad("--workers", "\(workers)", "must be between 1 and 16") }
        guard changeWeight >= 0, changeWeight.isFinite else { throw bad("--change-weight", "\(changeWeight)", "must be ≥ 0") }
        var options = StressOptions(repairTimeLimitSeconds: repeatable ? nil : (timeLimit ?? 20), solveTimeLimitSeconds: repeatable ? nil : solveTimeLimit,
                                    iterationLimit: iterations, nodeLimit: nodeLimit, seed: seed, workers: workers, changeWeight: changeWeight,
                                    absenceCode: AbsenceCode(absenceCode), allowOvertime: allowOvertime)
        if !json && isatty(STDERR_FILENO) != 0 {
            options.progress = { @Sendable (done: Int, total: Int) in printError("stress: \(done)/\(total) réparation(s) terminée(s)") }
        }
        return options
    }

    func run() throws {
        let problem = loadProblemOrExit(scenario)
        let current = roster.map { loadRosterOrExit($0, problem: problem) }
        let report: StressReport
        do throws(StressError) {
            report = try StressRun.run(problem.scenario, roster: current, disruptions: try disruptions(), options: try options())
        } catch {
            switch error {
            case .invalidDisruptions(let issues):
                for issue in issues { printError("stress: \(issue)") }
                throw ExitCode(2)
            case .input(let scenarioError):
                exitWithInputError(scenarioError)
            case .solver:
                printError("stress: \(error)")
                throw ExitCode(3)
            }
        }
        if let html { try writeFile(Data(report.html.utf8), to: html) }
        print(json ? String(decoding: ScenarioFile.encode(report), as: UTF8.self) : report.text)
        if report.entries.contains(where: \.objectiveMismatch) {
            printError("stress: a repair's solver objective and the evaluator's score disagree (a bug)")
            throw ExitCode(5)
        }
    }
}
