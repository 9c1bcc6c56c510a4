import Foundation
import RosterStore

/// One solve in a child `sched-cli solve … --json --out FILE` process, so that a GLPK abort or
/// any crash kills only that process, never the server.
///
/// The child runs at a lower CPU priority (`nice -n 10` by default): a solve uses every cycle
/// it gets for its whole time limit, and at equal priority two solves on two cores take two
/// thirds of the CPU from the server's request threads. Niced, they still use all the CPU the
/// server leaves idle, but a request that needs the CPU gets it at once. Linux keeps the
/// niceness per thread, so it is set by `/usr/bin/nice` before the child starts any thread;
/// without that program the child runs at the server's priority.
///
/// `@unchecked Sendable`: the `Process` and the waiting continuation are only touched under
/// `lock`; the termination handler runs on Foundation's thread and goes through the same lock.
final class SolveProcess: @unchecked Sendable {
    /// How the child ended.
    enum Termination: Sendable, Hashable {
        case exited(Int32)
        case signalled(Int32)
        /// It could not be started at all.
        case launchFailed(String)
    }

    let directory: URL
    let scenarioFile: URL
    let rosterFile: URL
    let summaryFile: URL
    let errorFile: URL
    let progressFile: URL
    /// The version a derived job starts from, its locked cells, and where variants are written.
    let sourceFile: URL
    let locksFile: URL
    let variantsDirectory: URL
    private let process = Process()
    private let lock = NSLock()
    private var termination: Termination?
    private var waiter: CheckedContinuation<Termination, Never>?

    /// Prepares the job's directory with the scenario file (and, for a derived job, its source
    /// version and locks); nothing runs yet. The command line is `command`'s, a solve by default,
    /// run at `niceness` so that interactive requests keep the CPU.
    init(executable: URL, scenarioContent: String, timeLimitSeconds: Double, seed: Int64, engine: String, directory: URL,
         command: JobCommand? = nil, sourceRoster: String? = nil, niceness: Int32 = JobQueue.defaultSolveNiceness) throws {
        self.directory = directory
        scenarioFile = directory.appendingPathComponent("scenario.json")
        rosterFile = directory.appendingPathComponent("roster.json")
        summaryFile = directory.appendingPathComponent("summary.json")
        errorFile = directory.appendingPathComponent("stderr.txt")
        progressFile = directory.appendingPathComponent("progress.json")
        sourceFile = directory.appendingPathComponent("source.json")
        locksFile = directory.appendingPathComponent("locks.json")
        variantsDirectory = directory.appendingPathComponent("variants")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(scenarioContent.utf8).write(to: scenarioFile)
        _ = FileManager.default.createFile(atPath: summaryFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let command = command ?? JobCommand(kind: .solve, options: DerivedJobOptions(), timeLimitSeconds: timeLimitSeconds, seed: seed, engine: engine)
        let files = JobCommand.Files(scenario: scenarioFile, source: sourceFile, locks: locksFile, roster: rosterFile, variants: variantsDirectory,
                                     progress: progressFile)
        try command.prepare(files, sourceRoster: sourceRoster)
        let (program, programArguments) = Self.command(executable, command.arguments(files), niceness: niceness)
        process.executableURL = program
        process.arguments = programArguments
        process.currentDirectoryURL = directory
    }

    /// Starts the child; its outcome is then awaited with `wait()`.
    func launch() {
        lock.lock()
        defer { lock.unlock() }
        do {
            process.standardOutput = try FileHandle(forWritingTo: summaryFile)
            process.standardError = try FileHandle(forWritingTo: errorFile)
            process.standardInput = FileHandle.nullDevice
            process.terminationHandler = { [weak self] finished in
                let outcome: Termination = finished.terminationReason == .uncaughtSignal
                    ? .signalled(finished.terminationStatus) : .exited(finished.terminationStatus)
                self?.finish(outcome)
            }
            try process.run()
        } catch {
            termination = .launchFailed("\(error.localizedDescription)")
        }
    }

    /// The child's process id while it runs.
    var processIdentifier: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return termination == nil && process.isRunning ? process.processIdentifier : nil
    }

    /// Asks the child to stop (SIGTERM), then kills it (SIGKILL) if it is still there after `grace` seconds.
    func terminate(grace: Double = 3) {
        lock.lock()
        let pid = termination == nil && process.isRunning ? process.processIdentifier : nil
        lock.unlock()
        guard let pid else { return }
        kill(pid, SIGTERM)
        DispatchQueue.global().asyncAfter(deadline: .now() + grace) { [weak self] in
            guard let self, self.processIdentifier == pid else { return }
            kill(pid, SIGKILL)
        }
    }

    /// Waits for the child to end.
    func wait() async -> Termination {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let termination {
                lock.unlock()
                continuation.resume(returning: termination)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    private func finish(_ outcome: Termination) {
        lock.lock()
        guard termination == nil else { lock.unlock(); return }
        termination = outcome
        let continuation = waiter
        waiter = nil
        lock.unlock()
        continuation?.resume(returning: outcome)
    }

    /// The latest progress the child reported (best score, bound, gap), if any yet.
    func progress() -> SolveProgressView? {
        guard let data = try? Data(contentsOf: progressFile) else { return nil }
        return try? JSONDecoder().decode(SolveProgressView.self, from: data)
    }

    /// The last lines the child wrote on standard error, for the failure reason.
    func errorTail(maxCharacters: Int = 600) -> String {
        let text = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count > maxCharacters ? "…" + String(trimmed.suffix(maxCharacters)) : trimmed
    }

    func removeFiles() {
        try? FileManager.default.removeItem(at: directory)
    }

    static let niceProgram = URL(fileURLWithPath: "/usr/bin/nice")

    /// The program and arguments that run `executable arguments` at `niceness` (0: as is; also
    /// as is when `/usr/bin/nice` is missing). `nice` execs the program: same process id.
    static func command(_ executable: URL, _ arguments: [String], niceness: Int32) -> (URL, [String]) {
        guard niceness > 0, FileManager.default.isExecutableFile(atPath: niceProgram.path) else { return (executable, arguments) }
        return (niceProgram, ["-n", String(niceness), executable.path] + arguments)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
