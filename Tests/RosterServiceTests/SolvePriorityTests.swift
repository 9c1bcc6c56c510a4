import Foundation
import RosterService
import Testing

/// Solve processes run niced (10 by default) so that requests win the CPU over background
/// solves; 0 keeps the server's priority.
@Suite struct SolvePriorityTests {
    /// The niceness of a process once it runs its final program (`sleep`, after `nice` and the
    /// fake solver's shell exec'd it), from `/proc/PID/stat`.
    static func niceness(of pid: Int32) async throws -> Int? {
        for _ in 0..<600 {
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")") {
                let command = stat[stat.index(after: stat.firstIndex(of: "(") ?? stat.startIndex)..<close]
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                // Fields from the 3rd (state); the niceness is the 19th.
                if command == "sleep", fields.count > 16 { return Int(fields[16]) }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    @Test(arguments: [(Int32(10), 10), (Int32(0), 0)])
    func aSolveRunsAtTheConfiguredNiceness(configured: Int32, expected: Int) async throws {
        try #require(FileManager.default.fileExists(atPath: "/proc/self/stat"), "Linux /proc needed")
        let fixture = try ServiceFixture(solver: .sleeping, solveNiceness: configured)
        try await JobTests.withQueue(fixture) {
            let job = try await fixture.environment.jobs.submit(scenarioId: fixture.scenarioA, timeLimitSeconds: 30, seed: 1, by: "cadreA")
            let pid = try await JobTests.pid(of: job.id ?? 0, in: fixture)
            #expect(try await Self.niceness(of: pid) == expected)
            try await fixture.environment.jobs.cancel(id: job.id ?? 0, by: "cadreA")
        }
    }
}
