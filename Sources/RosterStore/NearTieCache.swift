import Scheduling
import Synchronization

/// The near-tie points of attention of each roster version already checked by this store
/// value (and its copies), so that the scan — seconds on a 60-agent month — runs once per
/// version and process rather than at every page view or review step. A version's content
/// and cell origins never change (`v1-immutability-triggers`), so its entry never goes stale.
final class NearTieCache: Sendable {
    /// More versions than this and the cache starts afresh (a long-running service).
    static let capacity = 256
    private let points = Mutex<[Int64: [ReviewItem]]>([:])

    /// The points of version `versionId`, computed by `compute` on first use.
    func points(versionId: Int64, _ compute: () -> [ReviewItem]) -> [ReviewItem] {
        if let known = points.withLock({ $0[versionId] }) { return known }
        let found = compute()
        points.withLock { table in
            if table.count >= Self.capacity { table.removeAll() }
            table[versionId] = found
        }
        return found
    }
}
