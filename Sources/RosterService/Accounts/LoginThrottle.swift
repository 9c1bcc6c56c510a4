import Foundation

/// Slows down password guessing: after `maxFailures` failed logins for one name within the
/// window, that name is refused until the window has passed since the last failure.
public actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    private let maxFailures: Int
    private let window: TimeInterval
    private let clock: @Sendable () -> Date

    public init(maxFailures: Int = 5, windowSeconds: TimeInterval = 15 * 60, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.maxFailures = maxFailures
        self.window = windowSeconds
        self.clock = clock
    }

    /// Seconds still to wait before this name may try again, or nil when it may try now.
    func waitBeforeAttempt(name: String) -> Int? {
        let now = clock()
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[name] = recent.isEmpty ? nil : recent
        guard recent.count >= maxFailures, let last = recent.last else { return nil }
        return Int((window - now.timeIntervalSince(last)).rounded(.up))
    }

    func recordFailure(name: String) {
        failures[name, default: []].append(clock())
    }

    func recordSuccess(name: String) {
        failures[name] = nil
    }
}
