import Logging
import RosterStore
import RosterStorePostgres

/// The store, opened from its location, and how to close it.
///
/// The location is a SQLite file (one machine; created and migrated on first start) or a
/// `postgres://` URL (several service instances and solve workers sharing one database, each
/// claiming jobs with `FOR UPDATE SKIP LOCKED`; see docs/deployment.md). `serve`, `worker`,
/// `queue` and `user` all open their store here.
public struct OpenStore: Sendable {
    public let store: any RosterRepository
    /// The location without any password, for logs and `/health`.
    public let description: String
    public let close: @Sendable () async -> Void

    public static func open(_ location: String, logger: Logger) async throws(StoreError) -> OpenStore {
        if PostgresLocation.isURL(location) {
            let store = try await PostgresStore.connect(try PostgresLocation(url: location), logger: logger)
            return OpenStore(store: store, description: store.location.description, close: { await store.close() })
        }
        return OpenStore(store: try RosterDatabase(path: location, create: true), description: location, close: {})
    }
}
