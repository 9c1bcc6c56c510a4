import Foundation
import RosterStore

/// What `queue status` prints: counts by state and worker, and rosters per job.
struct QueueReport {
    let byState: [JobState: Int]
    /// Finished jobs per worker that ended them, by state.
    let byWorker: [String: [JobState: Int]]
    /// Succeeded jobs with their number of `roster.propose` audit entries.
    let rostersPerJob: [Int64: Int]
    let retried: [StoredJob]

    init(jobs: [StoredJob], audit: [AuditEntry]) {
        byState = Dictionary(grouping: jobs, by: \.state).mapValues(\.count)
        var byWorker: [String: [JobState: Int]] = [:]
        for job in jobs where job.state.isFinished {
            byWorker[job.worker ?? "-", default: [:]][job.state, default: 0] += 1
        }
        self.byWorker = byWorker
        var rosters: [Int64: Int] = [:]
        for entry in audit where entry.action == "roster.propose" {
            guard let payload = try? JSONDecoder().decode([String: String].self, from: Data(entry.payload.utf8)),
                  let job = payload["job"].flatMap(Int64.init) else { continue }
            rosters[job, default: 0] += 1
        }
        for job in jobs where job.state == .succeeded { rosters[job.id ?? 0, default: 0] += 0 }
        rostersPerJob = rosters
        retried = jobs.filter { $0.attempts > 1 }.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }

    var duplicates: [Int64] { rostersPerJob.filter { $0.value > 1 }.keys.sorted() }

    var text: String {
        var lines: [String] = []
        let total = byState.values.reduce(0, +)
        lines.append("jobs: \(total) — " + JobState.allCases.map { "\($0.rawValue) \(byState[$0] ?? 0)" }.joined(separator: ", "))
        for (worker, states) in byWorker.sorted(by: { $0.key < $1.key }) {
            lines.append("  worker \(worker): " + JobState.allCases.filter { states[$0] != nil }.map { "\($0.rawValue) \(states[$0] ?? 0)" }.joined(separator: ", "))
        }
        let counts = Dictionary(grouping: rostersPerJob.values, by: { $0 }).mapValues(\.count)
        lines.append("rosters proposed per succeeded job: " + counts.keys.sorted().map { "\($0) roster(s): \(counts[$0] ?? 0) job(s)" }.joined(separator: ", "))
        lines.append("jobs with more than one roster: \(duplicates.isEmpty ? "none" : duplicates.map(String.init).joined(separator: ", "))")
        if !retried.isEmpty {
            lines.append("jobs started more than once (requeued after a lost worker or a stop): "
                         + retried.map { "\($0.id ?? 0) (\($0.attempts)×, ended by \($0.worker ?? "-"))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
