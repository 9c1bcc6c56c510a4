import Synchronization

/// A least-recently-used cache of at most `capacity` values, shared between threads.
///
/// Meant for derived data that never changes for its key (a stored version's evaluation, a
/// scenario file's decoded problem): a hit returns exactly what computing again would give,
/// so the cache never needs invalidating, only bounding. Keys must therefore name the content
/// they derive from (row id and content digest), never something that can change.
/// - Complexity: O(1) per lookup and insertion (a hash map with a doubly linked recency list).
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Hits and misses since creation, for tests and metrics.
    public struct Statistics: Sendable, Hashable {
        public var hits = 0
        public var misses = 0
    }

    private struct Entry {
        var value: Value
        var older: Key?
        var newer: Key?
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var newest: Key?
        var oldest: Key?
        var statistics = Statistics()

        mutating func unlink(_ key: Key) {
            guard let entry = entries[key] else { return }
            if let older = entry.older { entries[older]?.newer = entry.newer } else { oldest = entry.newer }
            if let newer = entry.newer { entries[newer]?.older = entry.older } else { newest = entry.older }
            entries[key]?.older = nil
            entries[key]?.newer = nil
        }

        mutating func pushNewest(_ key: Key) {
            entries[key]?.older = newest
            entries[key]?.newer = nil
            if let newest { entries[newest]?.newer = key }
            newest = key
            if oldest == nil { oldest = key }
        }
    }

    public let capacity: Int
    private let state = Mutex(State())

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value kept for `key`, made the most recently used; nil (a miss) when absent.
    public func value(for key: Key) -> Value? {
        state.withLock { state in
            guard let entry = state.entries[key] else {
                state.statistics.misses += 1
                return nil
            }
            state.statistics.hits += 1
            state.unlink(key)
            state.pushNewest(key)
            return entry.value
        }
    }

    /// Keeps `value` for `key` as the most recently used, dropping the least recently used
    /// value when the cache is full.
    public func insert(_ value: Value, for key: Key) {
        state.withLock { state in
            if state.entries[key] != nil {
                state.unlink(key)
                state.entries[key]?.value = value
            } else {
                if state.entries.count >= capacity, let oldest = state.oldest {
                    state.unlink(oldest)
                    state.entries[oldest] = nil
                }
                state.entries[key] = Entry(value: value)
            }
            state.pushNewest(key)
        }
    }

    /// The value kept for `key`, or `make()`'s, kept. `make` runs outside the lock, so two
    /// threads missing the same key at once may both compute it (the same value).
    public func value<Failure: Error>(for key: Key, orMake make: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let value = value(for: key) { return value }
        let value = try make()
        insert(value, for: key)
        return value
    }

    /// Values kept now.
    public var count: Int { state.withLock { $0.entries.count } }

    public var statistics: Statistics { state.withLock { $0.statistics } }

    /// The keys from the most to the least recently used (tests).
    public var keysByRecency: [Key] {
        state.withLock { state in
            var keys: [Key] = []
            var cursor = state.newest
            while let key = cursor {
                keys.append(key)
                cursor = state.entries[key]?.older
            }
            return keys
        }
    }
}
