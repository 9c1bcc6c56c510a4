import Foundation
import PostgresNIO
import RosterStore

/// Where the PostgreSQL store is: a `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` URL, with
/// `?host=/run/postgresql` to go through the server's Unix socket in that directory instead of
/// TCP. TLS is not configured here: keep the server on loopback or a private network.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// The directory of the server's Unix socket, when connecting through it.
    public var socketDirectory: String?

    /// Whether the text names a PostgreSQL store rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) throws(StoreError) {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw .database(file: text, message: "not a postgres://USER@HOST:PORT/DATABASE URL")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard let user = components.user, !user.isEmpty, !database.isEmpty else {
            throw .database(file: Self.redact(text), message: "the URL needs a user and a database: postgres://USER@HOST:PORT/DATABASE")
        }
        username = user.removingPercentEncoding ?? user
        password = components.password.map { $0.removingPercentEncoding ?? $0 }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        self.database = database
        socketDirectory = components.queryItems?.first { $0.name == "host" }?.value
    }

    /// The same server, another database (tests make one per test).
    public func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    var clientConfiguration: PostgresClient.Configuration {
        if let socketDirectory {
            return PostgresClient.Configuration(unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password,
                                                database: database)
        }
        return PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }

    /// The URL without its password, for logs and messages.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)" + (socketDirectory.map { "?host=\($0)" } ?? "")
    }

    static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return "postgres://…" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://…"
    }
}
