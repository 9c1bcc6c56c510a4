import ArgumentParser
import Foundation
import RosterService
import RosterStorePostgres

/// `sched-cli serve`: the HTTP service and the cadre's web pages on the store.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the HTTP service and the French web interface on the store (created and migrated on first start).",
        discussion: "Solves run in child `sched-cli solve` processes, as many at once as cores. Stop with Ctrl-C or SIGTERM (graceful).")

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Option(name: .long, help: "Address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(name: [.customLong("db"), .customLong("store")],
            help: "The store: a SQLite file, or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE shared by several instances and workers.")
    var db: String = "planning.db"

    @Option(name: .long, help: "Solves running at once (default: one per core).")
    var concurrentSolves: Int?

    @Option(name: .long, help: "Solve jobs waiting at most; beyond, submissions get 503 queue-full (default 32).")
    var queueCapacity: Int?

    @Option(name: .long, help: "Niceness of the solve processes, 0-19 (default 10: requests get the CPU before background solves; 0: same priority as the server).")
    var solveNice: Int32?

    @Option(name: .long, help: "Seconds after which a request is abandoned with 503 request-timeout (default 30; 0: never).")
    var requestTimeout: Double?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if let concurrentSolves, concurrentSolves < 1 { throw ValidationError("--concurrent-solves must be at least 1") }
        if let queueCapacity, !(1...100_000).contains(queueCapacity) { throw ValidationError("--queue-capacity must be between 1 and 100000") }
        if let solveNice, !(0...19).contains(solveNice) { throw ValidationError("--solve-nice must be between 0 and 19") }
        if let requestTimeout, !(0...3600).contains(requestTimeout) { throw ValidationError("--request-timeout must be between 0 and 3600 seconds") }
    }

    func run() throws {
        var configuration = ServiceConfiguration(host: host, port: port, databasePath: db)
        if let concurrentSolves { configuration.concurrentSolves = concurrentSolves }
        if let queueCapacity { configuration.queueCapacity = queueCapacity }
        if let solveNice { configuration.solveNiceness = solveNice }
        if let requestTimeout { configuration.requestTimeoutSeconds = requestTimeout }
        let shown = PostgresLocation.isURL(db) ? ((try? PostgresLocation(url: db))?.description ?? "PostgreSQL") : db
        print("Planning hospitalier : http://\(host):\(port)/ (base \(shown))")
        try runServiceBlocking(configuration)
    }
}
