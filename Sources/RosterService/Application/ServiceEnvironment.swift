import Foundation
import HummingbirdBcrypt
import NIOPosix
import Logging
import RosterStore
import Scheduling

/// What every controller works with: the store, the sessions, the login throttle and the job
/// queue. One value, built once by `buildApplication`.
public struct ServiceEnvironment: Sendable {
    /// The store: a SQLite file (one machine) or a PostgreSQL database (several instances).
    public let database: any RosterRepository
    public let sessions: SessionStore
    public let throttle: LoginThrottle
    public let jobs: JobQueue
    public let metrics: ServiceMetrics
    public let configuration: ServiceConfiguration
    /// Threads for CPU-heavy steps (bcrypt), apart from the shared concurrency pool.
    let work: BlockingWork
    /// A bcrypt hash at the configured cost, checked when the name is unknown so that the
    /// answer takes as long as for a wrong password.
    let decoyHash: String

    public init(database: any RosterRepository, sessions: SessionStore, throttle: LoginThrottle, jobs: JobQueue, metrics: ServiceMetrics,
                configuration: ServiceConfiguration, threads: NIOThreadPool = .singleton) {
        work = BlockingWork(pool: threads)
        self.metrics = metrics
        self.database = database
        self.sessions = sessions
        self.throttle = throttle
        self.jobs = jobs
        self.configuration = configuration
        decoyHash = Bcrypt.hash(SessionStore.randomToken(), cost: configuration.bcryptCost)
    }

    /// Runs a store call, turning its error into a service error. A request abandoned meanwhile
    /// (`RequestTimeoutMiddleware`) stops here, before the call's transaction begins.
    func store<T>(_ body: () async throws(StoreError) -> T) async throws(ServiceError) -> T {
        if Task.isCancelled { throw .requestTimeout(seconds: configuration.requestTimeoutSeconds) }
        do throws(StoreError) { return try await body() } catch { throw ServiceError.from(error) }
    }

    /// Checks a name and password (throttled) and opens a session.
    func login(name: String, password: String) async throws(ServiceError) -> Session {
        if let wait = await throttle.waitBeforeAttempt(name: name) { throw .throttled(seconds: wait) }
        let account = try await store { () async throws(StoreError) in try await database.account(named: name) }
        // Without an account, still spend the time of a bcrypt check so that timing tells nothing.
        let hash = account?.passwordHash ?? decoyHash
        let valid = try await work.run { Bcrypt.verify(password, hash: hash) }
        guard let account, let id = account.id, valid else {
            await throttle.recordFailure(name: name)
            throw .badCredentials
        }
        await throttle.recordSuccess(name: name)
        let units = try await store { () async throws(StoreError) in try await database.unitNames(ofAccount: id) }
        return try await store { () async throws(StoreError) in
            try await sessions.open(accountId: id, name: account.name, role: account.role, units: Set(units))
        }
    }

    // MARK: Units of things, for the rights checks

    func unitName(ofRoster id: Int64) async throws(ServiceError) -> String {
        try await store { () async throws(StoreError) in try await database.unit(ofRoster: id).name }
    }

    func unitName(ofScenario id: Int64) async throws(ServiceError) -> String {
        try await store { () async throws(StoreError) in try await database.unit(ofScenario: id).name }
    }

    /// Loads a version after checking that the session may read its unit; `forReview`, with the
    /// whole sign-off checklist (near ties included: slow the first time on a large unit).
    func readableContext(_ session: Session, roster: Int64, version: Int,
                         forReview: Bool = false) async throws(ServiceError) -> (context: VersionContext, unit: String) {
        let unit = try await unitName(ofRoster: roster)
        try session.access.requireRead(unit: unit)
        let context = try await store { () async throws(StoreError) in
            forReview ? try await database.reviewContext(rosterId: roster, number: version) : try await database.context(rosterId: roster, number: version)
        }
        return (context, unit)
    }

    /// The rosters the session may read, with their unit (one query for the whole list).
    func readableRosters(_ session: Session) async throws(ServiceError) -> [RosterView] {
        let summaries = try await store { () async throws(StoreError) in try await database.rosters() }
        var views: [RosterView] = []
        for summary in summaries {
            guard let id = summary.roster.id else { continue }
            let unit = summary.unitName
            guard session.access.canRead(unit: unit) else { continue }
            views.append(RosterView(id: id, scenarioId: summary.roster.scenarioId, scenarioName: summary.scenarioName, unit: unit,
                                    label: summary.roster.label, versions: summary.versions, latestState: summary.latestState))
        }
        return views
    }

    /// The scenarios the session may read.
    func readableScenarios(_ session: Session) async throws(ServiceError) -> [ScenarioView] {
        let scenarios = try await store { () async throws(StoreError) in try await database.scenarios() }
        // The units in one read, rather than one rights query per scenario.
        let units = try await store { () async throws(StoreError) in try await database.units() }
        let unitNames = Dictionary(units.compactMap { unit in unit.id.map { ($0, unit.name) } }, uniquingKeysWith: { first, _ in first })
        var views: [ScenarioView] = []
        for scenario in scenarios where scenario.id != nil {
            guard let unit = unitNames[scenario.unitId] else { continue }
            if session.access.canRead(unit: unit) { views.append(ScenarioView(scenario, unit: unit)) }
        }
        return views
    }

    /// One page of the jobs the session may read, newest first, with compact summaries. The page
    /// holds the readable ones among the next `limit` jobs, so it can be shorter than `limit`
    /// and still have a next page.
    func readableJobs(_ session: Session, limit: Int, after: Int64?) async throws(ServiceError) -> JobListView {
        let jobs = try await store { () async throws(StoreError) in try await database.jobs(limit: limit, after: after) }
        var views: [JobView] = []
        var units: [Int64: String] = [:]
        for job in jobs {
            let unit: String
            if let known = units[job.scenarioId] { unit = known } else {
                unit = try await unitName(ofScenario: job.scenarioId)
                units[job.scenarioId] = unit
            }
            if session.access.canRead(unit: unit) { views.append(await jobView(job, unit: unit, compact: true)) }
        }
        return JobListView(jobs: views, nextAfter: jobs.count == limit ? jobs.last?.id : nil)
    }

    /// A job as the API shows it, with the progress of its solve while it runs.
    func jobView(_ job: StoredJob, unit: String, compact: Bool = false) async -> JobView {
        let progress = job.state == .running ? await jobs.progress(of: job.id ?? 0) : nil
        return JobView(job, unit: unit, progress: progress, compact: compact)
    }

    /// Changes one cell of a version into a new version (rights checked by the caller).
    func changeCell(rosterId: Int64, version: Int, staff: String, date: String, shift: String?, note: String?,
                    by actor: String) async throws(ServiceError) -> (version: StoredVersion, edits: [StoredEdit]) {
        let context = try await store { () async throws(StoreError) in try await database.context(rosterId: rosterId, number: version) }
        let cell = try CellChange(context: context, staff: staff, date: date)
        let code = shift.flatMap { $0.isEmpty ? nil : ShiftCode($0) }
        let changed = try cell.roster(setting: code)
        let text = note.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let saved = try await store { () async throws(StoreError) in
            try await database.saveVersion(changed, rosterId: rosterId, parent: version,
                                           note: text ?? "\(staff) le \(date) : \(cell.current?.rawValue ?? "repos") → \(code?.rawValue ?? "repos")", by: actor,
                                           source: "roster \(rosterId) v\(version) edit")
        }
        prepareAnalysis(rosterId: rosterId, number: saved.version.number)
        return saved
    }

    /// Computes a new version's indicators and explanations in the background, once its answer
    /// is on its way: the cadre's next click is usually its grid, which then finds them kept.
    func prepareAnalysis(rosterId: Int64, number: Int) {
        let database = database
        Task.detached(priority: .background) {
            do throws(StoreError) {
                _ = try await database.analysis(of: try await database.context(rosterId: rosterId, number: number))
            } catch {
                // Only an optimisation: the page computes it again and reports the error.
            }
        }
    }

    /// The evaluation, indicators and checklist of a version, as the API shows them.
    func detail(_ context: VersionContext, rosterId: Int64, unit: String) async throws(ServiceError) -> VersionDetailView {
        let analysis = try await store { () async throws(StoreError) in try await database.analysis(of: context) }
        let report = context.report
        return VersionDetailView(
            rosterId: rosterId, unit: unit, version: VersionView(context.version, engine: context.roster.provenance?.engine), roster: context.roster,
            evaluation: EvaluationView(feasible: report.isFeasible, objective: report.objective, softPenalty: report.softPenalty,
                                       hardViolations: report.hardViolations.count, violations: report.violations),
            indicators: analysis.indicators, checklist: ChecklistView(context), signature: context.workflow.signature,
            uncoveredPosts: analysis.uncoveredPosts, hardConflicts: analysis.hardConflicts)
    }
}
