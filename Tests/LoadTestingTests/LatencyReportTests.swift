@testable import LoadTesting
import Foundation
import Testing

/// Percentiles, error counts and solve statistics from recorded values.
@Suite struct LatencyReportTests {
    @Test func percentilesOfKnownValues() {
        var histogram = LatencyHistogram()
        for millisecond in 1...1000 { histogram.record(microseconds: UInt64(millisecond) * 1000, status: 200) }
        #expect(histogram.count == 1000)
        // HdrHistogram with three significant digits: within 0.1 % of the exact order statistic.
        #expect(abs(histogram.milliseconds(atPercentile: 50) - 500) <= 0.5)
        #expect(abs(histogram.milliseconds(atPercentile: 95) - 950) <= 1)
        #expect(abs(histogram.milliseconds(atPercentile: 99) - 990) <= 1)
        #expect(abs(histogram.maxMilliseconds - 1000) <= 1)
        #expect(histogram.errors == 0)
    }

    @Test func reportSeparatesInteractiveRoutesAndCountsErrors() {
        var tally = LoadTally()
        for _ in 0..<98 { tally.record(.openGrid, microseconds: 2_000, status: 200) }
        tally.record(.openGrid, microseconds: 40_000, status: 500)
        tally.record(.editCell, microseconds: 3_000, status: 409)
        tally.record(.login, microseconds: 900_000, status: 200)
        tally.record(.submitSolve, microseconds: 5_000, status: 503)
        tally.record(.pollJob, microseconds: 0, status: 0)
        tally.solves = [
            SolveObservation(jobId: 2, state: "succeeded", queueWaitSeconds: 3, solveSeconds: 5.1, gap: nil, hardViolations: 0, usedFallback: true),
            SolveObservation(jobId: 1, state: "succeeded", queueWaitSeconds: 0, solveSeconds: 4.9, gap: 0.2, hardViolations: 1),
            SolveObservation(jobId: 3, state: "running"),
        ]
        let report = LoadReport(url: "http://127.0.0.1:1", users: 2, elapsedSeconds: 2, tally: tally, stoppedBy: "duration")
        #expect(report.requests == 103)
        #expect(report.throughputPerSecond == 51.5)
        #expect(report.interactive.requests == 100, "login and solve routes are left out")
        #expect(report.interactive.p50Ms == 2)
        #expect(report.interactive.maxMs >= 39.9)
        #expect(report.errorsByStatus == ["500": 1, "409": 1, "503": 1, "0": 1])
        #expect(report.routes.map(\.route) == ["login", "open-grid", "edit-cell", "submit-solve", "poll-job"])
        #expect(report.solves.submitted == 3 && report.solves.finished == 2 && report.solves.legal == 1 && report.solves.fallback == 1)
        #expect(report.solves.solveSeconds == LoadReport.Spread([4.9, 5.1]))
        #expect(report.solves.queueWaitSeconds?.max == 3)
        #expect(report.solves.jobs.map(\.jobId) == [1, 2, 3])
        #expect(report.text.contains("fallback engine used 1 time(s)"))
        #expect(report.json.contains("\"p99Ms\""))
    }

    @Test func jobAnswerToObservation() throws {
        let json = """
            {"id": 7, "state": "succeeded", "submittedAt": "2026-11-29T08:00:00Z", "startedAt": "2026-11-29T08:00:04Z", "attempts": 1,
             "summary": {"elapsedSeconds": 5.02, "gap": 0.125, "hardViolations": 0,
                         "provenance": {"parameters": {"phases": "greedy → fallback: GLPK error: x → local-search ×2"}}}}
            """
        let job = try JSONDecoder().decode(APIReply.Job.self, from: Data(json.utf8))
        let observation = job.observation
        #expect(observation.queueWaitSeconds == 4)
        #expect(observation.solveSeconds == 5.02 && observation.gap == 0.125 && observation.hardViolations == 0)
        #expect(observation.usedFallback && observation.isFinished)
    }
}
