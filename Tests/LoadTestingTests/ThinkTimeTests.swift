@testable import LoadTesting
import Testing

/// A user's pause before each request: fixed, or spread uniformly over ± the jitter, never
/// negative, and the same for the same seed.
@Suite struct ThinkTimeTests {
    @Test func withoutJitterEveryPauseIsTheThinkTime() {
        var rng = SeededGeneratorLite(seed: 1)
        let think = ThinkTime(milliseconds: 2000)
        #expect((0..<20).map { _ in think.pause(using: &rng) } == Array(repeating: 2000, count: 20))
        #expect(ThinkTime.none.pause(using: &rng) == 0)
    }

    @Test func jitterSpreadsThePausesWithinItsBounds() {
        var rng = SeededGeneratorLite(seed: 7)
        let think = ThinkTime(milliseconds: 2000, jitterMilliseconds: 1000)
        let pauses = (0..<1000).map { _ in think.pause(using: &rng) }
        #expect(pauses.allSatisfy { (1000...3000).contains($0) })
        #expect(Set(pauses).count > 100)
        #expect(pauses.contains { $0 < 1500 } && pauses.contains { $0 > 2500 })
    }

    @Test func theSameSeedGivesTheSamePauses() {
        let think = ThinkTime(milliseconds: 500, jitterMilliseconds: 400)
        var first = SeededGeneratorLite(seed: 42)
        var second = SeededGeneratorLite(seed: 42)
        #expect((0..<50).map { _ in think.pause(using: &first) } == (0..<50).map { _ in think.pause(using: &second) })
    }

    @Test func aPauseIsNeverNegative() {
        var rng = SeededGeneratorLite(seed: 3)
        let think = ThinkTime(milliseconds: 100, jitterMilliseconds: 500)
        #expect((0..<500).map { _ in think.pause(using: &rng) }.allSatisfy { $0 >= 0 })
        #expect(ThinkTime(milliseconds: -5, jitterMilliseconds: -1) == ThinkTime(milliseconds: 0))
    }
}
