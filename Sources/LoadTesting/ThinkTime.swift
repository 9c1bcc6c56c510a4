/// How long a simulated cadre pauses before each request: `milliseconds` give or take a
/// uniformly random `jitterMilliseconds`, never negative. Zero is the flood mode (every user
/// sends her next request as soon as the previous answer arrives); a few seconds with jitter
/// is people clicking, so that 50 users means 50 cadres rather than 50 request loops.
public struct ThinkTime: Sendable, Codable, Hashable {
    public var milliseconds: Int
    public var jitterMilliseconds: Int

    public init(milliseconds: Int, jitterMilliseconds: Int = 0) {
        self.milliseconds = max(0, milliseconds)
        self.jitterMilliseconds = max(0, jitterMilliseconds)
    }

    /// No pause at all.
    public static let none = ThinkTime(milliseconds: 0)

    /// The next pause, in milliseconds, drawn from `rng` (so a seeded run repeats).
    public func pause<Generator: RandomNumberGenerator>(using rng: inout Generator) -> Int {
        guard jitterMilliseconds > 0 else { return milliseconds }
        return max(0, milliseconds + Int.random(in: -jitterMilliseconds...jitterMilliseconds, using: &rng))
    }
}
