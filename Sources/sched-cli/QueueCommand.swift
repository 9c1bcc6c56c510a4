import ArgumentParser
import Foundation
import RosterStore

/// `sched-cli queue submit|status`: the job queue of a store, without the web service (the
/// deployment's scripts and the two-worker demonstration use it).
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Submit solve jobs to a store's queue, or show its state (for workers: `sched-cli worker`).",
        subcommands: [Submit.self, Status.self])

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a scenario (if new) and queue COUNT solve jobs for it, with seeds SEED, SEED+1…")

        @OptionGroup var store: JobStoreOptions

        @Argument(help: "The scenario file.")
        var scenario: String

        @Option(name: .long, help: "Jobs to queue.")
        var count: Int = 1

        @Option(name: .long, help: "Time limit of each solve, in seconds.")
        var timeLimit: Double = 60

        @Option(name: .long, help: "Engine: hybrid, mip, local-search or greedy.")
        var engine: EngineOption = .hybrid

        @Option(name: .long, help: "Seed of the first job.")
        var seed: Int64 = 1

        @Option(name: .long, help: "Who submits (default: the login name).")
        var by: String?

        func validate() throws {
            guard count >= 1 else { throw ValidationError("--count must be at least 1") }
            guard timeLimit >= 1, timeLimit <= 3600 else { throw ValidationError("--time-limit must be between 1 and 3600 seconds") }
        }

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: scenario)) } catch {
                printError("\(scenario): \(error.localizedDescription)")
                throw ExitCode(StoreExit.input)
            }
            let (store, source, count, timeLimit, engine, seed, actor) = (store, scenario, count, timeLimit, engine.rawValue, seed, by ?? defaultActor())
            let ids = orExitAsync { () async throws(StoreError) -> [Int64] in
                let open = try await store.open(logger: .init(label: "sched-cli-queue"))
                let scenario = try await open.store.importScenario(data, source: source, by: actor).scenario
                var ids: [Int64] = []
                for index in 0..<count {
                    let job = try await open.store.submitJob(scenarioId: scenario.id ?? 0, timeLimitSeconds: timeLimit, seed: seed + Int64(index),
                                                             engine: engine, by: actor)
                    ids.append(job.id ?? 0)
                }
                await open.close()
                return ids
            }
            print("\(ids.count) calculs en file / jobs queued: \(ids.first ?? 0)…\(ids.last ?? 0)")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Jobs by state and by worker, rosters proposed per job (from the audit log) and the audit chain check.",
            discussion: "Exits 1 when a job produced more than one roster or the audit chain is broken.")

        @OptionGroup var store: JobStoreOptions

        func run() throws {
            let store = store
            let (jobs, entries, verification) = orExitAsync { () async throws(StoreError) -> ([StoredJob], [AuditEntry], AuditVerification) in
                let open = try await store.open(logger: .init(label: "sched-cli-queue"))
                let jobs = try await open.store.jobs()
                let entries = try await open.store.auditEntries()
                let verification = try await open.store.verifyAudit()
                await open.close()
                return (jobs, entries, verification)
            }
            let report = QueueReport(jobs: jobs, audit: entries)
            print(report.text)
            print("audit chain: \(verification.isIntact ? "intact" : "BROKEN") (\(verification.entriesChecked) entries)")
            if !report.duplicates.isEmpty || !verification.isIntact { throw ExitCode(1) }
        }
    }
}
