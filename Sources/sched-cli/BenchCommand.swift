import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli bench`: solves Curtois–Qu instances under a time limit and writes a results table.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Solve Curtois–Qu benchmark instances and print a Markdown results table (evaluator-verified scores).")

    @Option(name: .long, help: "Folder with InstanceN.txt and best-known.tsv.")
    var dir = "Benchmarks/curtois"

    @Option(name: .long, help: "Instances, e.g. 1-4 or 1,5,9.")
    var instances = "1-4"

    @Option(name: .long, help: "Time limit per instance in seconds.")
    var timeLimit: Double = 60

    @Option(name: .long, help: "Append the table to this Markdown file.")
    var out: String?

    @Flag(name: .long, help: "Solve in this process and print rows only (used for each instance's child process).")
    var inProcess = false

    static let header = """
    | Instance | days × staff × shifts | best known | our score | gap to best | feasible | solver = evaluator | bound | proven gap | first feasible (s) | within 1 % (s) | time (s) | peak RSS (MiB) | engine |
    |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
    """

    func run() throws {
        let numbers = try parseInstances(instances)
        if inProcess {
            for n in numbers { FileHandle.standardOutput.write(Data((try solveHere(n) + "\n").utf8)) }
            return
        }
        // Each instance runs in a child process: its peak memory is its own, and a GLPK call
        // that overruns (stopped by the child's watchdog) costs that row, not the table.
        FileHandle.standardOutput.write(Data((Self.header + "\n").utf8))
        var rows: [String] = []
        for n in numbers {
            let row = runChild(n)
            FileHandle.standardOutput.write(Data((row + "\n").utf8))  // unbuffered: rows appear as they come
            rows.append(row)
        }
        if let out {
            let text = "\n" + Self.header + "\n" + rows.joined(separator: "\n") + "\n"
            if let handle = FileHandle(forWritingAtPath: out) {
                handle.seekToEndOfFile()
                handle.write(Data(text.utf8))
                handle.closeFile()
            } else {
                try writeFile(Data(text.utf8), to: out)
            }
        }
    }

    /// Runs `sched-cli bench --in-process` for one instance and returns its row, or a row that
    /// says why there is none.
    func runChild(_ n: Int) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path),
           let found = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map({ "\($0)/\(CommandLine.arguments[0])" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            process.executableURL = URL(fileURLWithPath: found)
        }
        process.arguments = ["bench", "--in-process", "--dir", dir, "--instances", "\(n)", "--time-limit", "\(timeLimit)"]
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { return "| \(n) | could not start the child process: \(error) |" }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationStatus == 0, text.hasPrefix("|") { return text }
        let reason = process.terminationStatus == 3 ? "stopped by the watchdog: a GLPK call overran the time limit" : "child exited with status \(process.terminationStatus)"
        return "| \(n) | – | \(format(loadBestKnown()[n], "%.0f", otherwise: "?")) | no result | – | – | – | – | – | – | – | – | – | \(reason) |"
    }

    /// Solves one instance in this process and returns its table row.
    func solveHere(_ n: Int) throws -> String {
        let best = loadBestKnown()
        let path = "\(dir)/Instance\(n).txt"
        let problem: PlanningProblem
        do throws(ScenarioError) { problem = try PlanningProblem(try CurtoisInstance.load(path: path), source: path) } catch { exitWithInputError(error) }
        let target = best[n]
        let tracker = IncumbentTracker(target: target)
        let watchdog = Watchdog(seconds: Watchdog.allowance(for: timeLimit), what: "bench Instance\(n)")
        let result = try RosterSolver.solve(problem, options: SolveOptions(timeLimitSeconds: timeLimit, progress: { tracker.observe($0) }))
        watchdog.disarm()
        let score = result.report?.objective
        let gapToBest = zip2(score, target).map { String(format: "%.2f %%", ($0 - $1) / $1 * 100) } ?? "–"
        let cells: [String] = [
            "\(n)",
            "\(problem.dayCount) × \(problem.staffCount) × \(problem.shiftCount)",
            format(target, "%.0f", otherwise: "?"),
            format(score, "%.0f", otherwise: "no solution"),
            gapToBest,
            result.report.map { $0.isFeasible ? "yes" : "NO (\($0.hardViolations.count) hard)" } ?? "–",
            result.report == nil ? "–" : (result.objectiveMismatch ? "MISMATCH" : "yes"),
            format(result.bound, "%.1f", otherwise: "no bound"),
            format(result.gap.map { $0 * 100 }, "%.2f %%", otherwise: "–"),
            format(tracker.firstFeasible, "%.1f", otherwise: "–"),
            format(tracker.withinOnePercent, "%.1f", otherwise: "–"),
            String(format: "%.1f", result.elapsedSeconds),
            String(format: "%.0f", PeakMemory.residentMiB()),
            result.engine,
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    func parseInstances(_ text: String) throws -> [Int] {
        var result: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 2, bounds[0] <= bounds[1] { result += Array(bounds[0]...bounds[1]) }
            else if bounds.count == 1 { result.append(bounds[0]) }
            else { throw ValidationError("--instances: « \(part) » is not a number or a range a-b") }
        }
        guard result.allSatisfy({ (1...24).contains($0) }) else { throw ValidationError("--instances: Curtois–Qu instances are numbered 1 to 24") }
        return result
    }

    func loadBestKnown() -> [Int: Double] {
        guard let text = try? String(contentsOfFile: "\(dir)/best-known.tsv", encoding: .utf8) else { return [:] }
        var table: [Int: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t")
            if f.count > 4, let n = Int(f[0]), let upper = Double(f[4]) { table[n] = upper }
        }
        return table
    }
}

private func format(_ value: Double?, _ pattern: String, otherwise: String) -> String {
    value.map { String(format: pattern, $0) } ?? otherwise
}

private func zip2(_ a: Double?, _ b: Double?) -> (Double, Double)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// Records when the first incumbent appeared and when it came within 1 % of the best known.
final class IncumbentTracker: @unchecked Sendable {
    // Safe: mutated only under `lock`.
    private let lock = NSLock()
    private let target: Double?
    private(set) var firstFeasible: Double?
    private(set) var withinOnePercent: Double?

    init(target: Double?) { self.target = target }

    func observe(_ progress: SolveProgress) {
        guard let best = progress.bestObjective else { return }
        lock.lock(); defer { lock.unlock() }
        if firstFeasible == nil { firstFeasible = progress.elapsedSeconds }
        if withinOnePercent == nil, let target, best <= target * 1.01 + 1e-9 { withinOnePercent = progress.elapsedSeconds }
    }
}

/// Peak resident memory of this process.
enum PeakMemory {
    static func residentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
    }
}
