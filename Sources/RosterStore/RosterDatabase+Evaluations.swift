import Foundation
import Scheduling

extension RosterDatabase {
    /// The indicators and explanations of a loaded version, from the cache.
    public func analysis(of context: VersionContext) throws(StoreError) -> VersionAnalysis {
        try evaluations.analysis(of: context)
    }

    /// A version's context from its rows: derived data from the cache, sign-off progress from the rows.
    func context(_ records: VersionRecords, forReview: Bool) throws(StoreError) -> VersionContext {
        try evaluations.context(scenario: records.scenario, version: records.version, overrides: records.overrides.map(\.decision),
                                acknowledgements: records.acknowledgements.map(\.decision), signature: records.signOff?.record, policy: policy,
                                forReview: forReview)
    }
}
