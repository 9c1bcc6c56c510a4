import Prometheus

/// The service's Prometheus metrics, in a registry of its own (no global metrics system):
/// HTTP latencies by method, route and status, the job queue's length, and solve durations
/// by outcome. Served as text at `/metrics`.
public struct ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry

    static let latencyBuckets: [Duration] = [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250),
                                             .seconds(1), .seconds(5)]
    static let solveBuckets: [Duration] = [1, 5, 15, 30, 60, 120, 300, 900, 3600].map { .seconds($0) }

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// One answered request; `route` is the matched route pattern, never the raw path.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(namespace: "planning", metricName: "http_request_duration", unitName: "seconds",
                                             helpText: "Time to answer an HTTP request."),
            labels: [("method", method), ("route", route), ("status", String(status))], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// One solve that ended (`succeeded`, `failed`, `cancelled`, `interrupted`).
    func recordSolve(outcome: String, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(namespace: "planning", metricName: "solve_duration", unitName: "seconds",
                                             helpText: "Wall time of a solve job's child process."),
            labels: [("outcome", outcome)], buckets: Self.solveBuckets
        ).record(duration)
    }

    /// Jobs waiting and running, read at each scrape.
    func setQueue(queued: Int, running: Int) {
        registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "planning", metricName: "jobs_queued", unitName: "",
                                                            helpText: "Solve jobs waiting for a free slot."), labels: []).set(to: Double(queued))
        registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "planning", metricName: "jobs_running", unitName: "",
                                                            helpText: "Solve jobs whose child process runs."), labels: []).set(to: Double(running))
    }

    /// The exposition text.
    func exposition() -> String { registry.emitToString() }
}
