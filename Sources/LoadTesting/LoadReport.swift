import Foundation

/// The result of a load test, as printed and as `--json`.
public struct LoadReport: Sendable, Codable {
    public struct RouteLine: Sendable, Codable, Hashable {
        public var route: String
        public var requests: Int
        public var errors: Int
        public var p50Ms: Double
        public var p95Ms: Double
        public var p99Ms: Double
        public var maxMs: Double
        /// HTTP status (as text; "0" is a transport error) → count.
        public var statuses: [String: Int]
    }

    public struct SolveSummary: Sendable, Codable, Hashable {
        public var submitted: Int
        public var finished: Int
        public var succeeded: Int
        public var failed: Int
        public var legal: Int
        public var fallback: Int
        public var queueWaitSeconds: Spread?
        public var solveSeconds: Spread?
        public var gap: Spread?
        public var jobs: [SolveObservation]
    }

    /// Smallest, median and largest of a set of values.
    public struct Spread: Sendable, Codable, Hashable {
        public var min: Double
        public var median: Double
        public var max: Double

        public init?(_ values: [Double]) {
            let sorted = values.sorted()
            guard let first = sorted.first, let last = sorted.last else { return nil }
            min = first
            median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            max = last
        }
    }

    public var url: String
    public var users: Int
    public var durationSeconds: Double
    public var requests: Int
    public var throughputPerSecond: Double
    public var routes: [RouteLine]
    /// Every route but login and the solve routes, together.
    public var interactive: RouteLine
    public var errorsByStatus: [String: Int]
    public var transportErrors: [String: Int]
    public var solves: SolveSummary
    /// Why the run stopped: `duration` or `max-requests`.
    public var stoppedBy: String
    /// The users' pause before each request (zero: flood).
    public var thinkTime: ThinkTime

    public init(url: String, users: Int, elapsedSeconds: Double, tally: LoadTally, stoppedBy: String, thinkTime: ThinkTime = .none) {
        self.url = url
        self.thinkTime = thinkTime
        self.users = users
        durationSeconds = (elapsedSeconds * 1000).rounded() / 1000
        requests = tally.requestCount
        throughputPerSecond = elapsedSeconds > 0 ? ((Double(tally.requestCount) / elapsedSeconds) * 10).rounded() / 10 : 0
        routes = tally.routes.sorted { $0.key < $1.key }.map { Self.line($0.key.rawValue, $0.value) }
        interactive = Self.line("interactive (all but login and solves)", tally.interactive)
        var errors: [String: Int] = [:]
        for histogram in tally.routes.values {
            for (status, count) in histogram.statuses where status == 0 || status >= 400 { errors[String(status), default: 0] += count }
        }
        errorsByStatus = errors
        transportErrors = tally.transportErrors
        let finished = tally.solves.filter(\.isFinished)
        solves = SolveSummary(
            submitted: tally.solves.count, finished: finished.count,
            succeeded: finished.filter { $0.state == "succeeded" }.count, failed: finished.filter { $0.state == "failed" }.count,
            legal: finished.filter { $0.hardViolations == 0 }.count, fallback: finished.filter(\.usedFallback).count,
            queueWaitSeconds: Spread(finished.compactMap(\.queueWaitSeconds)), solveSeconds: Spread(finished.compactMap(\.solveSeconds)),
            gap: Spread(finished.compactMap(\.gap)), jobs: tally.solves.sorted { $0.jobId < $1.jobId })
        self.stoppedBy = stoppedBy
    }

    static func line(_ name: String, _ histogram: LatencyHistogram) -> RouteLine {
        func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        return RouteLine(route: name, requests: histogram.count, errors: histogram.errors,
                         p50Ms: rounded(histogram.milliseconds(atPercentile: 50)), p95Ms: rounded(histogram.milliseconds(atPercentile: 95)),
                         p99Ms: rounded(histogram.milliseconds(atPercentile: 99)), maxMs: rounded(histogram.maxMilliseconds),
                         statuses: Dictionary(uniqueKeysWithValues: histogram.statuses.map { (String($0.key), $0.value) }))
    }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The report as a plain-text table.
    public var text: String {
        let pause = thinkTime.milliseconds == 0 && thinkTime.jitterMilliseconds == 0 ? "no think time (flood)"
            : "think time \(thinkTime.milliseconds) ± \(thinkTime.jitterMilliseconds) ms"
        var lines = ["Load test of \(url): \(users) users, \(pause), \(String(format: "%.1f", durationSeconds)) s (stopped by \(stoppedBy)), "
                     + "\(requests) requests, \(String(format: "%.1f", throughputPerSecond)) requests/s"]
        lines.append("")
        lines.append(pad("route", 40) + pad("requests", 9, right: true) + pad("errors", 8, right: true)
                     + pad("p50 ms", 9, right: true) + pad("p95 ms", 9, right: true) + pad("p99 ms", 9, right: true) + pad("max ms", 9, right: true))
        for line in routes + [interactive] {
            lines.append(pad(line.route, 40) + pad("\(line.requests)", 9, right: true) + pad("\(line.errors)", 8, right: true)
                         + [line.p50Ms, line.p95Ms, line.p99Ms, line.maxMs].map { pad(String(format: "%.2f", $0), 9, right: true) }.joined())
        }
        lines.append("")
        lines.append("Errors by status: " + (errorsByStatus.isEmpty ? "none" : errorsByStatus.sorted { $0.key < $1.key }.map { "\($0.key == "0" ? "no answer" : $0.key): \($0.value)" }.joined(separator: ", ")))
        for (error, count) in transportErrors.sorted(by: { $0.key < $1.key }) { lines.append("  \(count) × \(error)") }
        let s = solves
        lines.append("Solves: \(s.submitted) submitted, \(s.finished) finished (\(s.succeeded) succeeded, \(s.failed) failed), "
                     + "\(s.legal) legal, fallback engine used \(s.fallback) time(s)")
        func spread(_ name: String, _ value: Spread?, _ format: String) {
            guard let value else { return }
            lines.append("  \(name): min \(String(format: format, value.min)), median \(String(format: format, value.median)), max \(String(format: format, value.max))")
        }
        spread("queue wait (s)", s.queueWaitSeconds, "%.0f")
        spread("solve time (s)", s.solveSeconds, "%.2f")
        spread("gap", s.gap, "%.4f")
        return lines.joined(separator: "\n")
    }

    func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
