import Scheduling

/// The store's memory of derived data that never changes for its key, so that reading a
/// version again costs a few indexed row reads instead of decoding two JSON files and
/// evaluating every rule:
/// - one `Evaluator` (decoded scenario with its rules) per scenario file, by SHA-256;
/// - one `EvaluatedVersion` (roster, evaluation, checklist) per stored version;
/// - one `VersionAnalysis` (indicators and explanations) per stored version.
///
/// Each is a bounded least-recently-used cache; nothing is ever invalidated because every key
/// names immutable content (see `EvaluatedVersion.Key`). Shared by every copy of a
/// `RosterDatabase` value, never by two databases.
public final class EvaluationCache: Sendable {
    public let evaluators: BoundedCache<String, Evaluator>
    public let versions: BoundedCache<EvaluatedVersion.Key, EvaluatedVersion>
    public let analyses: BoundedCache<EvaluatedVersion.Key, VersionAnalysis>
    /// The near-tie points of attention of each version (`ReviewChecklist.nearTiePoints`): the
    /// slow part of a checklist (seconds on a 60-agent month), computed only for the review.
    public let nearTies: BoundedCache<EvaluatedVersion.Key, [ReviewItem]>

    /// Capacities in scenarios and in versions; the defaults hold a service's working set (a
    /// few dozen units, their latest versions) in tens of megabytes.
    public init(scenarios: Int = 64, versions: Int = 512) {
        evaluators = BoundedCache(capacity: scenarios)
        self.versions = BoundedCache(capacity: versions)
        analyses = BoundedCache(capacity: versions)
        nearTies = BoundedCache(capacity: versions)
    }
}
