import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The real binary: `sched-cli user add`, then `sched-cli serve` answering on a port, and a
/// graceful stop on SIGTERM with exit status 0.
@Suite struct ServerProcessTests {
    static func run(_ executable: URL, _ arguments: [String], input: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        pipe.fileHandleForWriting.write(Data((input ?? "").utf8))
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func get(_ url: URL) async -> (status: Int, body: String)? {
        guard let (data, response) = try? await URLSession.shared.data(from: url), let http = response as? HTTPURLResponse else { return nil }
        return (http.statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FakeSolver.builtExecutable != nil, "sched-cli is built beside the tests"))
    func serveAnswersAndStopsGracefully() async throws {
        let executable = try #require(FakeSolver.builtExecutable)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("planning.db").path
        #expect(try Self.run(executable, ["user", "add", "--db", database, "--name", "admin", "--role", "admin"], input: "un-mot-de-passe-long\n") == 0)
        #expect(try Self.run(executable, ["user", "add", "--db", database, "--name", "admin", "--role", "admin"], input: "un-mot-de-passe-long\n") == 6)
        #expect(try Self.run(executable, ["user", "add", "--db", database, "--name", "court", "--role", "admin"], input: "court\n") == 6)

        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = executable
        server.arguments = ["serve", "--db", database, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }

        let health = URL(string: "http://127.0.0.1:\(port)/health")!
        var answer: (status: Int, body: String)?
        for _ in 0..<300 where answer == nil {
            answer = await Self.get(health)
            if answer == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answer?.status == 200)
        #expect(answer?.body.contains("v2-service-accounts-and-jobs") == true)
        let login = await Self.get(URL(string: "http://127.0.0.1:\(port)/connexion")!)
        #expect(login?.body.contains("Mot de passe") == true)

        kill(server.processIdentifier, SIGTERM)
        for _ in 0..<300 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!server.isRunning)
        #expect(server.terminationReason == .exit && server.terminationStatus == 0)
    }
}
