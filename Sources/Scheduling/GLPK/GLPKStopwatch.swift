/// Seconds since a solve was called, on the monotonic clock.
struct GLPKStopwatch: Sendable {
    private let start = ContinuousClock.now

    var elapsedSeconds: Double {
        let elapsed = start.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    }
}
