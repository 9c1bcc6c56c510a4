import ArgumentParser
import Foundation
import Logging
import RosterService
import RosterStore

/// `--store`: where the job queue is, a SQLite file or a `postgres://` URL (default: the
/// `ROSTER_STORE` environment variable). Several workers and service instances on several
/// machines share one PostgreSQL store; a SQLite file serves one machine.
struct JobStoreOptions: ParsableArguments {
    @Option(name: [.customLong("store"), .customLong("postgres")],
            help: "The store: a SQLite file, or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?host=SOCKET_DIR] (default: $ROSTER_STORE).")
    var store: String?

    var location: String { store ?? ProcessInfo.processInfo.environment["ROSTER_STORE"] ?? "" }

    func validate() throws {
        guard !location.isEmpty else { throw ValidationError("--store FILE or --store postgres://… (or ROSTER_STORE) is required") }
    }

    /// Opens (creating and migrating) the store; `close` ends its connections.
    func open(logger: Logger) async throws(StoreError) -> OpenStore {
        try await OpenStore.open(location, logger: logger)
    }
}
