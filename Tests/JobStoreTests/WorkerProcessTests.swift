import Foundation
import RosterStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End to end: two real `sched-cli worker` processes on one store share its jobs, each solved
/// by a child `sched-cli solve`, every job once; SIGTERM stops them cleanly.
@Suite struct WorkerProcessTests {
    /// `sched-cli`, built beside the tests.
    static var executable: URL? {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(), Bundle.main.bundleURL,
                          Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("sched-cli") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: executable != nil, "sched-cli is built beside the tests"), arguments: Backend.available)
    func twoWorkerProcessesShareTheJobsExactlyOnce(_ backend: Backend) async throws {
        let executable = try #require(Self.executable)
        try await StoreUnderTest.with(backend) { subject in
            let ids = try await JobStoreFixture.queue(6, in: subject.store, engine: "greedy", timeLimitSeconds: 1)
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("workers-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: log) }
            var workers: [Process] = []
            for name in ["w1", "w2"] {
                let worker = Process()
                worker.executableURL = executable
                worker.arguments = ["worker", "--store", subject.storeArgument, "--id", name, "--concurrency", "1", "--lease", "5", "--poll", "0.2"]
                worker.standardOutput = try FileHandle(forWritingTo: log)
                worker.standardError = try FileHandle(forWritingTo: log)
                try worker.run()
                workers.append(worker)
            }
            defer { for worker in workers where worker.isRunning { worker.terminate() } }
            let deadline = Date().addingTimeInterval(300)  // only prevents a hang
            var jobs = try await subject.store.jobs()
            while jobs.contains(where: { !$0.state.isFinished }), Date() < deadline {
                try await Task.sleep(for: .milliseconds(200))
                jobs = try await subject.store.jobs()
            }
            for worker in workers { kill(worker.processIdentifier, SIGTERM) }
            for worker in workers { worker.waitUntilExit() }
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(workers.allSatisfy { $0.terminationReason == .exit && $0.terminationStatus == 0 }, "\(output)")
            #expect(Set(jobs.compactMap(\.id)) == Set(ids))
            #expect(jobs.allSatisfy { $0.state == .succeeded && $0.attempts == 1 && ["w1", "w2"].contains($0.worker ?? "") }, "\(output)")
            let proposals = try await subject.store.auditEntries().filter { $0.action == "roster.propose" }
            #expect(proposals.count == ids.count, "one roster per job")
            #expect(try await subject.store.verifyAudit().isIntact)
        }
    }
}
