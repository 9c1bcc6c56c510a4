import Foundation
import RosterStore
import Scheduling

extension JobQueue {
    /// The command line of a job of any kind.
    static func command(_ job: StoredJob) -> JobCommand {
        JobCommand(kind: job.kind, options: DerivedJobOptions(stored: job.options), timeLimitSeconds: job.timeLimitSeconds, seed: job.seed,
                   engine: job.engine)
    }

    /// Ends a derived job from what its child wrote: the variants (one new version each, in
    /// profile order), the repaired roster (one new version), or the stress report (no version).
    /// The child's JSON on standard output is the job's summary.
    func saveDerived(_ job: StoredJob, lease: JobLease, process: SolveProcess) async throws(StoreError) {
        let id = lease.jobId
        let summary = Self.summaryText(process)
        var rosters: [DerivedRoster] = []
        switch job.kind {
        case .solve:
            return
        case .variants:
            let files = ((try? FileManager.default.contentsOfDirectory(at: process.variantsDirectory, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.lastPathComponent.hasPrefix("variant-") && $0.pathExtension == "json" }
                .sorted { Self.variantNumber($0) < Self.variantNumber($1) }
            for file in files {
                guard let data = try? Data(contentsOf: file) else { continue }
                do throws(ScenarioError) {
                    let roster = try ScenarioFile.decode(Roster.self, from: data, source: file.lastPathComponent)
                    let profile = Self.variantProfile(file)
                    rosters.append(DerivedRoster(roster: roster, note: "Variante « \(VariantLabels.label(profile)) » (calcul \(id))"))
                } catch {
                    try await store.failJob(lease, state: .failed, reason: "Variante illisible : \(error.description)", summary: nil)
                    return
                }
            }
            guard !rosters.isEmpty else {
                try await store.failJob(lease, state: .failed, reason: Self.reason(exitStatus: 4, detail: process.errorTail()), summary: summary)
                return
            }
        case .repair:
            guard let data = try? Data(contentsOf: process.rosterFile), !data.isEmpty else {
                try await store.failJob(lease, state: .failed, reason: "La réparation n'a pas écrit de planning : \(process.errorTail())", summary: summary)
                return
            }
            do throws(ScenarioError) {
                rosters.append(DerivedRoster(roster: try ScenarioFile.decode(Roster.self, from: data, source: "job \(id) repair"),
                                             note: "Réparation autour des cases de la cadre (calcul \(id))"))
            } catch {
                try await store.failJob(lease, state: .failed, reason: "Planning réparé illisible : \(error.description)", summary: nil)
                return
            }
        case .stress:
            guard summary != nil else {
                try await store.failJob(lease, state: .failed, reason: "Le test de charge n'a pas écrit de rapport lisible : \(process.errorTail())", summary: nil)
                return
            }
        }
        _ = try await store.completeDerivedJob(lease, rosters: rosters, summary: summary ?? "{}")
    }

    /// `variant-3-fairness.json` → 3.
    static func variantNumber(_ file: URL) -> Int {
        Int(file.deletingPathExtension().lastPathComponent.split(separator: "-").dropFirst().first ?? "") ?? Int.max
    }

    /// `variant-3-least-overtime.json` → `least-overtime`.
    static func variantProfile(_ file: URL) -> String {
        file.deletingPathExtension().lastPathComponent.split(separator: "-", maxSplits: 2).dropFirst(2).first.map(String.init) ?? ""
    }
}
