import Foundation
import GRDB
import Scheduling

/// The embedded store: one SQLite file holding scenarios, rosters and their versions, edits,
/// sign-offs and the hash-chained audit log.
///
/// It is the only type that touches the database; its methods are named for what they do and
/// each write is one transaction that also appends its audit entry, so a crash loses either
/// the whole step or nothing.
public struct RosterDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The database file, or `:memory:`.
    public let path: String
    public let policy: SignOffPolicy
    let clock: @Sendable () -> Date
    /// Near-tie points of the versions checked so far (shared by copies of this value).
    let nearTies = NearTieCache()

    /// Opens (and creates when `create` is true) the database file, then applies pending migrations.
    public init(path: String, create: Bool = true, policy: SignOffPolicy = .standard,
                clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw .notFound("database file \(path) (create it with `sched-cli store import --db \(path) SCENARIO`)")
        }
        let writer: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // Another sched-cli writing the same file: wait for it rather than fail at once.
            configuration.busyMode = .timeout(10)
            writer = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, file: path)
        }
        try self.init(writer: writer, path: path, policy: policy, clock: clock)
    }

    /// A fresh database in memory (tests).
    public static func inMemory(policy: SignOffPolicy = .standard, clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> RosterDatabase {
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue() } catch { throw storeError(error, file: ":memory:") }
        return try RosterDatabase(writer: queue, path: ":memory:", policy: policy, clock: clock)
    }

    init(writer: any DatabaseWriter, path: String, policy: SignOffPolicy, clock: @escaping @Sendable () -> Date) throws(StoreError) {
        self.writer = writer
        self.path = path
        self.policy = policy
        self.clock = clock
        do { try StoreMigrations.migrator.migrate(writer) } catch { throw Self.storeError(error, file: path) }
    }

    /// Names of the migrations applied to this database, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    // MARK: The choke point: every access goes through these two and throws `StoreError`.

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw Self.storeError(error, file: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw Self.storeError(error, file: path) }
    }

    static func storeError(_ error: any Error, file: String) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as SignOffError: .signOff(error)
        case let error as ScenarioError: .input(error)
        case let error as DatabaseError: .database(file: file, message: error.message ?? error.description)
        default: .database(file: file, message: "\(error)")
        }
    }

    /// Now, as ISO 8601 in UTC.
    func timestamp() -> String { clock().ISO8601Format() }
}
