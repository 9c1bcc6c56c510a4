import ArgumentParser
import Foundation
import LoadTesting

/// `sched-cli loadtest`: simulated cadres against a running service on this machine.
struct LoadTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loadtest",
        abstract: "Load-test a running `sched-cli serve` on this machine (loopback only) and report latencies per route.",
        discussion: """
            Each user logs in, then repeats: list rosters, open a roster's grid, explain a cell, change it, read \
            the diff; every --solve-every rounds (up to --max-solves in all) it submits a solve and polls it. \
            Stops after --duration seconds or --max-requests requests, then waits for its solves (--drain).
            """)

    @Option(name: .long, help: "The service, e.g. http://127.0.0.1:8080 (loopback addresses only).")
    var url: String

    @Option(name: .long, help: "Login name (an admin, or a cadre of the units to load).")
    var user: String

    @Option(name: .long, help: "Password (or --password-file).")
    var password: String?

    @Option(name: .long, help: "File whose first line is the password.")
    var passwordFile: String?

    @Option(name: .long, help: "Simulated users at once.")
    var users: Int = 10

    @Option(name: .long, help: "Seconds to run.")
    var duration: Double = 30

    @Option(name: .long, help: "Stop after this many requests.")
    var maxRequests: Int = 100_000

    @Option(name: .long, help: "A user submits a solve every N rounds (0: never).")
    var solveEvery: Int = 20

    @Option(name: .long, help: "Solves submitted in the whole run, at most.")
    var maxSolves: Int = 2

    @Option(name: .long, help: "Time limit of each submitted solve, seconds.")
    var solveTimeLimit: Double = 5

    @Option(name: .long, help: "Engine of submitted solves: hybrid, mip, local-search, greedy.")
    var engine: String = "local-search"

    @Option(name: .long, help: "Pause before each request of a user, milliseconds (0: flood, every user sends her next request at once).")
    var thinkTime: Int = 0

    @Option(name: .long, help: "Random spread of each pause, milliseconds: the pause is --think-time ± this, uniformly.")
    var thinkJitter: Int = 0

    @Option(name: .long, help: "After the run, wait at most this many seconds for submitted solves to finish.")
    var drain: Double = 120

    @Option(name: .long, help: "Seed of the users' choices.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        do throws(LoadTestError) { _ = try LoopbackURL(url) } catch { throw ValidationError(error.description) }
        guard (1...1000).contains(users) else { throw ValidationError("--users must be between 1 and 1000") }
        guard duration > 0, duration <= 24 * 3600 else { throw ValidationError("--duration must be between 0 and 86400 seconds") }
        guard maxRequests >= 1 else { throw ValidationError("--max-requests must be at least 1") }
        guard solveEvery >= 0, maxSolves >= 0 else { throw ValidationError("--solve-every and --max-solves must not be negative") }
        guard (1...3600).contains(solveTimeLimit) else { throw ValidationError("--solve-time-limit must be between 1 and 3600 seconds") }
        guard ["hybrid", "mip", "local-search", "greedy"].contains(engine) else { throw ValidationError("--engine must be hybrid, mip, local-search or greedy") }
        guard thinkTime >= 0, thinkJitter >= 0, drain >= 0 else { throw ValidationError("--think-time, --think-jitter and --drain must not be negative") }
        if password == nil, passwordFile == nil { throw ValidationError("give --password or --password-file") }
    }

    func run() throws {
        var secret = password ?? ""
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else { throw ValidationError("cannot read \(passwordFile)") }
            secret = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        var configuration = LoadTestConfiguration(url: try LoopbackURL(url), user: user, password: secret)
        configuration.users = users
        configuration.durationSeconds = duration
        configuration.maxRequests = maxRequests
        configuration.mix = RouteMix(solveEvery: solveEvery)
        configuration.maxSolves = maxSolves
        configuration.solveTimeLimitSeconds = solveTimeLimit
        configuration.engine = engine
        configuration.thinkTime = ThinkTime(milliseconds: thinkTime, jitterMilliseconds: thinkJitter)
        configuration.drainSeconds = drain
        configuration.seed = seed
        let report: LoadReport
        do throws(LoadTestError) { report = try LoadTest.runBlocking(configuration) } catch {
            FileHandle.standardError.write(Data("sched-cli loadtest: \(error.description)\n".utf8))
            throw ExitCode(3)
        }
        print(json ? report.json : report.text)
    }
}
