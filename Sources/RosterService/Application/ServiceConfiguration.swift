import Foundation

/// Where the service listens, which store it opens and how it runs solves.
public struct ServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The store: a SQLite file, created and migrated on first start, or a `postgres://` URL
    /// (`OpenStore`).
    public var databasePath: String
    /// The `sched-cli` executable that runs each solve in a child process.
    public var solverExecutable: URL
    /// Solves running at once (default: one per core).
    public var concurrentSolves: Int
    /// Jobs waiting beyond which a new submission is refused.
    public var queueCapacity: Int
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Cost factor of the decoy bcrypt hash checked for unknown names: that of the stored
    /// hashes (12, as `sched-cli user add` makes them; tests use 4).
    public var bcryptCost: UInt8
    /// Idle time after which a connection is closed, and session lifetime.
    public var idleTimeoutSeconds: Int64
    public var sessionLifetimeSeconds: Double
    /// Niceness of the solve processes (0–19; 0: the server's priority). 10 by default, so that
    /// requests get the CPU before background solves (see `SolveProcess`).
    public var solveNiceness: Int32
    /// Seconds after which a request is abandoned with 503 `request-timeout` (0: never).
    public var requestTimeoutSeconds: Double

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String,
                solverExecutable: URL = ServiceConfiguration.defaultSolverExecutable(),
                concurrentSolves: Int = ProcessInfo.processInfo.activeProcessorCount, queueCapacity: Int = 32,
                maxBodyBytes: Int = 4 * 1024 * 1024, bcryptCost: UInt8 = 12,
                idleTimeoutSeconds: Int64 = 60, sessionLifetimeSeconds: Double = 8 * 3600,
                solveNiceness: Int32 = JobQueue.defaultSolveNiceness, requestTimeoutSeconds: Double = 30) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.solverExecutable = solverExecutable
        self.concurrentSolves = max(1, concurrentSolves)
        self.queueCapacity = max(1, queueCapacity)
        self.maxBodyBytes = maxBodyBytes
        self.bcryptCost = bcryptCost
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.sessionLifetimeSeconds = sessionLifetimeSeconds
        self.solveNiceness = min(19, max(0, solveNiceness))
        self.requestTimeoutSeconds = max(0, requestTimeoutSeconds)
    }

    /// The running executable: `sched-cli serve` starts its solves with itself.
    public static func defaultSolverExecutable() -> URL {
        let argument0 = CommandLine.arguments.first ?? "sched-cli"
        if argument0.contains("/") { return URL(fileURLWithPath: argument0).standardizedFileURL }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: argument0)
    }
}
