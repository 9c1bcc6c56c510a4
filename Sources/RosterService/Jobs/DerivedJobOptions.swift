import Foundation
import Scheduling

/// What a derived job needs beyond its kind, version, time limit and seed, kept as JSON in the
/// job's `options` column: the priorities of the variants, the cells a repair must keep, and
/// whether a stress batch may use overtime.
struct DerivedJobOptions: Codable, Sendable, Hashable {
    /// Variants: the named priorities, in order (`PriorityProfile` raw values).
    var profiles: [String]? = nil
    /// Repair: the cadre's cells, kept at their value.
    var locks: [CellLock]? = nil
    /// Stress: overtime allowed within the legal cap in every disruption.
    var allowOvertime: Bool? = nil
    /// Stress: the cadre's own disruptions as `sched-cli stress` options and values
    /// (`["--absence-wave", "15%:week3", …]`); none for the unit's standard batch.
    var disruptions: [String]? = nil

    /// The options stored with a job (empty for a solve, or when unreadable).
    init(stored text: String?) {
        guard let text, let decoded = try? JSONDecoder().decode(DerivedJobOptions.self, from: Data(text.utf8)) else { return }
        self = decoded
    }

    init(profiles: [String]? = nil, locks: [CellLock]? = nil, allowOvertime: Bool? = nil, disruptions: [String]? = nil) {
        self.profiles = profiles
        self.locks = locks
        self.allowOvertime = allowOvertime
        self.disruptions = disruptions
    }

    /// The options as the JSON text the job stores.
    var text: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self) }
}
