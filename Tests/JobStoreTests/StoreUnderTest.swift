import Foundation
import RosterStore
import RosterStorePostgres
import Scheduling
import Synchronization
import Testing

/// A fresh database of one backend for one test: its first connection (`store`), more
/// connections on demand (`connect()`: another SQLite connection to the file, another pool),
/// and `close()` which deletes it all.
final class StoreUnderTest: Sendable {
    let backend: Backend
    let store: any RosterRepository
    private let sqlitePath: String?
    private let server: PostgresLocation?
    private let database: String?
    private let others = Others()

    init(_ backend: Backend) async throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("job-store-\(UUID().uuidString).sqlite").path
            sqlitePath = path
            server = nil
            database = nil
            store = try RosterDatabase(path: path)
        case .postgres:
            let server = try PostgresLocation(url: try #require(Backend.serverURL))
            let name = "roster_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await PostgresServer.createDatabase(String(name), on: server)
            self.server = server
            database = String(name)
            sqlitePath = nil
            let store = try await PostgresStore.connect(server.with(database: String(name)))
            others.add(store)
            self.store = store
        }
    }

    /// What `sched-cli --store` takes for this database: the SQLite file or the PostgreSQL URL.
    var storeArgument: String {
        if let sqlitePath { return sqlitePath }
        guard let database, let url = Backend.serverURL, var components = URLComponents(string: url) else { return "" }
        components.path = "/" + database
        return components.string ?? ""
    }

    /// Another connection to the same database.
    func connect() async throws -> any RosterRepository {
        switch backend {
        case .sqlite:
            return try RosterDatabase(path: try #require(sqlitePath))
        case .postgres:
            let store = try await PostgresStore.connect(try #require(server).with(database: try #require(database)))
            others.add(store)
            return store
        }
    }

    func close() async {
        for store in others.all { await store.close() }
        if let sqlitePath {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
        }
        if let server, let database { try? await PostgresServer.dropDatabase(database, on: server) }
    }

    /// Runs the body on a fresh store and deletes it afterwards, whatever happens.
    static func with(_ backend: Backend, _ body: (StoreUnderTest) async throws -> Void) async throws {
        let subject = try await StoreUnderTest(backend)
        do {
            try await body(subject)
        } catch {
            await subject.close()
            throw error
        }
        await subject.close()
    }

    /// The PostgreSQL pools opened, to close them at the end.
    final class Others: Sendable {
        private let stores = Mutex<[PostgresStore]>([])
        func add(_ store: PostgresStore) { stores.withLock { $0.append(store) } }
        var all: [PostgresStore] { stores.withLock { $0 } }
    }
}
