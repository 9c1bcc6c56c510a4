import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Drives a running service with simulated users and reports what it measured.
///
/// Set-up (not measured): one login to find the rosters and scenarios; when there is no roster
/// yet, one solve of the first scenario is run to make one. Then `users` users each log in
/// (measured under `login`) and play `RouteMix` rounds until the duration or the request
/// budget runs out; finally their unfinished solves are polled until done (`drainSeconds`).
public enum LoadTest {
    public static func run(_ configuration: LoadTestConfiguration) async throws(LoadTestError) -> LoadReport {
        var httpConfiguration = HTTPClient.Configuration()
        httpConfiguration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, configuration.users))
        httpConfiguration.timeout = .init(connect: .seconds(10), read: .seconds(120))
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfiguration)
        do throws(LoadTestError) {
            let report = try await run(configuration, http: http)
            try? await http.shutdown()
            return report
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    static func run(_ configuration: LoadTestConfiguration, http: HTTPClient) async throws(LoadTestError) -> LoadReport {
        let scenarioIds = try await prepare(configuration, http: http)
        // Every user logs in first (bcrypt is slow by design); the measured window starts after.
        var clients: [ServiceClient] = []
        var refused = LoadTally()
        await withTaskGroup(of: (ServiceClient, Bool).self) { group in
            for _ in 0..<configuration.users {
                group.addTask {
                    var client = ServiceClient(http: http, base: configuration.url)
                    do throws(LoadTestError) { try await client.login(user: configuration.user, password: configuration.password) } catch {
                        return (client, false)
                    }
                    return (client, true)
                }
            }
            for await (client, signedIn) in group {
                if signedIn { clients.append(client) } else { refused.merge(client.tally) }
            }
        }
        let budget = RunBudget(seconds: configuration.durationSeconds, maxRequests: configuration.maxRequests, maxSolves: configuration.maxSolves)
        let clock = ContinuousClock()
        let started = clock.now
        let signedIn = clients
        var tally = await withTaskGroup(of: LoadTally.self) { group in
            for (index, signedInClient) in signedIn.enumerated() {
                group.addTask {
                    var client = signedInClient
                    client.mayRequest = { budget.takeRequest() }
                    var user = SimulatedUser(client: client, configuration: configuration, budget: budget,
                                             rng: SeededGeneratorLite(seed: configuration.seed &+ UInt64(index) &* 7919), scenarioIds: scenarioIds)
                    await user.run()
                    await user.drain(until: clock.now + .milliseconds(Int64(configuration.drainSeconds * 1000)))
                    var tally = user.client.tally
                    tally.solves = user.solves.values.sorted { $0.jobId < $1.jobId }
                    return tally
                }
            }
            var total = LoadTally()
            for await tally in group { total.merge(tally) }
            return total
        }
        // The measured window ends when the budget ran out, not after the final polls.
        let elapsed = min(budget.stoppedAt ?? clock.now, clock.now) - started
        tally.merge(refused)
        return LoadReport(url: configuration.url.base, users: configuration.users, elapsedSeconds: Double(elapsed.components.seconds)
                          + Double(elapsed.components.attoseconds) / 1e18, tally: tally, stoppedBy: budget.stoppedBy,
                          thinkTime: configuration.thinkTime)
    }

    /// Logs in once, lists scenarios and rosters, and makes a first roster when there is none.
    static func prepare(_ configuration: LoadTestConfiguration, http: HTTPClient) async throws(LoadTestError) -> [Int64] {
        var client = ServiceClient(http: http, base: configuration.url, mayRequest: { true })
        try await client.login(user: configuration.user, password: configuration.password)
        guard let scenarios = await client.callUnbudgeted(.listRosters, .GET, "/api/v1/scenarios"),
              let scenarioList = try? JSONDecoder().decode(APIReply.List<APIReply.Scenario>.self, from: scenarios.body) else {
            throw .unexpectedAnswer("GET /api/v1/scenarios")
        }
        let ids = scenarioList.items.map(\.id).sorted()
        guard let rosters = await client.callUnbudgeted(.listRosters, .GET, "/api/v1/rosters"),
              let rosterList = try? JSONDecoder().decode(APIReply.List<APIReply.Roster>.self, from: rosters.body) else {
            throw .unexpectedAnswer("GET /api/v1/rosters")
        }
        if rosterList.items.isEmpty {
            guard let first = ids.first else { throw .nothingToLoad("the account reads no roster and no scenario; import one first") }
            let body = (try? JSONEncoder().encode(JobInput(scenarioId: first, timeLimitSeconds: configuration.solveTimeLimitSeconds, seed: 1,
                                                           engine: configuration.engine))) ?? Data()
            guard let answer = await client.callUnbudgeted(.submitSolve, .POST, "/api/v1/jobs", json: body),
                  let job = try? JSONDecoder().decode(APIReply.Job.self, from: answer.body) else {
                throw .unexpectedAnswer("POST /api/v1/jobs for the first roster")
            }
            let deadline = ContinuousClock.now + .seconds(Int64(configuration.solveTimeLimitSeconds * 2 + 60))
            while ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(500))
                guard let answer = await client.callUnbudgeted(.pollJob, .GET, "/api/v1/jobs/\(job.id)"),
                      let state = try? JSONDecoder().decode(APIReply.Job.self, from: answer.body) else { continue }
                if state.state == "succeeded" { break }
                if state.observation.isFinished { throw .nothingToLoad("the first solve (job \(job.id)) ended \(state.state)") }
            }
        }
        return ids
    }

    /// Runs `run` from synchronous code (the command line), waiting for it.
    public static func runBlocking(_ configuration: LoadTestConfiguration) throws(LoadTestError) -> LoadReport {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(LoadTestError) { box.set(.success(try await run(configuration))) } catch { box.set(.failure(error)) }
            semaphore.signal()
        }
        semaphore.wait()
        guard let result = box.result else { throw .unexpectedAnswer("the run did not finish") }
        return try result.get()
    }
}

/// The result of a detached run, written once before the semaphore is signalled and read after.
final class ResultBox: Sendable {
    private let stored = Mutex<Result<LoadReport, LoadTestError>?>(nil)
    func set(_ result: Result<LoadReport, LoadTestError>) { stored.withLock { $0 = result } }
    var result: Result<LoadReport, LoadTestError>? { stored.withLock { $0 } }
}
