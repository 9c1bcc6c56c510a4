import Foundation
import Logging
import PostgresNIO
import RosterStore

/// Creating and dropping databases on a server (tests make one per test; a deployment may
/// create its database with it). The location's own database is the one connected to.
public enum PostgresServer {
    /// Creates database `name` (letters, digits and underscores only).
    public static func createDatabase(_ name: String, on server: PostgresLocation) async throws(StoreError) {
        try await run("CREATE DATABASE \(try identifier(name))", on: server)
    }

    /// Drops database `name`, closing its connections, if it exists.
    public static func dropDatabase(_ name: String, on server: PostgresLocation) async throws(StoreError) {
        try await run("DROP DATABASE IF EXISTS \(try identifier(name)) WITH (FORCE)", on: server)
    }

    static func identifier(_ name: String) throws(StoreError) -> String {
        guard !name.isEmpty, name.count <= 63, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw .database(file: name, message: "a database name is letters, digits and underscores (at most 63)")
        }
        return name
    }

    static func run(_ sql: String, on server: PostgresLocation) async throws(StoreError) {
        let logger = Logger(label: "roster-store-postgres-admin")
        do {
            let connection = try await PostgresConnection.connect(configuration: server.connectionConfiguration, id: 1, logger: logger)
            do {
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try await connection.close()
        } catch {
            let message = (error as? PSQLError)?.serverInfo?[.message] ?? String(describing: error)
            throw .database(file: server.description, message: message)
        }
    }
}

extension PostgresLocation {
    var connectionConfiguration: PostgresConnection.Configuration {
        if let socketDirectory {
            return PostgresConnection.Configuration(unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password,
                                                    database: database)
        }
        return PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }
}
