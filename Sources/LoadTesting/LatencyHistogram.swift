import Histogram

/// Latencies of one route in microseconds (HdrHistogram, three significant digits: a value is
/// reported within 0.1 % of what was recorded), with the HTTP statuses seen.
public struct LatencyHistogram: Sendable {
    /// Highest latency kept exactly: 10 minutes. Longer ones are clamped to it.
    static let highest: UInt64 = 600_000_000

    var histogram = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: LatencyHistogram.highest,
                                      numberOfSignificantValueDigits: .three)
    /// HTTP status → count; 0 stands for a transport error (no answer).
    public private(set) var statuses: [Int: Int] = [:]

    public init() {}

    /// Records one request: its latency in microseconds and its status (0: no answer).
    public mutating func record(microseconds: UInt64, status: Int) {
        histogram.record(min(max(1, microseconds), Self.highest))
        statuses[status, default: 0] += 1
    }

    public mutating func merge(_ other: LatencyHistogram) {
        histogram.add(other.histogram)
        for (status, count) in other.statuses { statuses[status, default: 0] += count }
    }

    public var count: Int { Int(histogram.totalCount) }

    /// The latency at `percentile` (0–100), in milliseconds; 0 when nothing was recorded.
    public func milliseconds(atPercentile percentile: Double) -> Double {
        count == 0 ? 0 : Double(histogram.valueAtPercentile(percentile)) / 1000
    }

    public var maxMilliseconds: Double { count == 0 ? 0 : Double(histogram.max) / 1000 }
    public var meanMilliseconds: Double { count == 0 ? 0 : histogram.mean / 1000 }

    /// Answers with a status of 400 or above, plus transport errors.
    public var errors: Int { statuses.filter { $0.key == 0 || $0.key >= 400 }.map(\.value).reduce(0, +) }
}
