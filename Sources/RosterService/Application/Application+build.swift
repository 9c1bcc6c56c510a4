import Foundation
import Hummingbird
import Logging
import RosterStore

/// Builds the whole service on an open store: router, sessions, login throttle and the job
/// queue, which runs as a service of the application so that it starts and stops with it
/// (graceful shutdown on SIGTERM or SIGINT).
public func buildApplication(_ configuration: ServiceConfiguration, store: any RosterRepository, logger: Logger? = nil) -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "roster-service")
    let environment = makeEnvironment(configuration, database: store, logger: logger)
    return Application(
        router: buildRouter(environment),
        server: .http1(configuration: .init(idleTimeout: .seconds(configuration.idleTimeoutSeconds))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "planning-hospitalier"),
        services: [environment.jobs],
        logger: logger)
}

/// The environment on an open store (tests build one on an in-memory database).
public func makeEnvironment(_ configuration: ServiceConfiguration, database: any RosterRepository, logger: Logger,
                            clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceEnvironment {
    let metrics = ServiceMetrics()
    let jobs: JobQueue
    if let file = database as? RosterDatabase {
        jobs = JobQueue(database: file, executable: configuration.solverExecutable, concurrency: configuration.concurrentSolves,
                        capacity: configuration.queueCapacity, logger: logger, metrics: metrics, solveNiceness: configuration.solveNiceness)
    } else {
        // A shared database: each instance is its own worker (`host:pid`); the jobs of an instance
        // that stopped go back to the queue when their lease runs out.
        jobs = JobQueue(store: database, executable: configuration.solverExecutable, concurrency: configuration.concurrentSolves,
                        capacity: configuration.queueCapacity, logger: logger, metrics: metrics, solveNiceness: configuration.solveNiceness)
    }
    return ServiceEnvironment(database: database, sessions: SessionStore(store: database, lifetimeSeconds: configuration.sessionLifetimeSeconds, clock: clock),
                              throttle: LoginThrottle(clock: clock), jobs: jobs, metrics: metrics, configuration: configuration)
}

/// Every route of the service, behind the metrics, logging, error and session middlewares.
public func buildRouter(_ environment: ServiceEnvironment) -> Router<ServiceRequestContext> {
    let router = Router(context: ServiceRequestContext.self)
    router.addMiddleware {
        RequestMetricsMiddleware(metrics: environment.metrics)
        LogRequestsMiddleware(.info)
        ErrorMiddleware()
        RequestTimeoutMiddleware(seconds: environment.configuration.requestTimeoutSeconds)
        SessionMiddleware(sessions: environment.sessions, bodyLimit: environment.configuration.maxBodyBytes)
    }
    router.get("health") { _, _ in try await health(environment) }
    router.get("metrics") { _, _ in try await metrics(environment) }
    router.get("api/openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }
    APIController(environment: environment).addRoutes(to: router)
    WebController(environment: environment).addRoutes(to: router)
    return router
}

/// `/health`: the store answers and its migrations are applied; the queue's length.
func health(_ environment: ServiceEnvironment) async throws -> HealthView {
    let migrations = try await environment.store { () async throws(StoreError) in try await environment.database.appliedMigrations() }
    let queued: Int
    do throws(StoreError) { queued = try await environment.jobs.queuedCount() } catch { throw ServiceError.from(error) }
    let running = await environment.jobs.runningCount
    return HealthView(status: "ok", database: "ok", migrations: migrations,
                      queue: .init(queued: queued, running: running, concurrency: environment.configuration.concurrentSolves))
}

/// `/metrics`: Prometheus exposition text (latencies, queue, solve durations); no unit data.
func metrics(_ environment: ServiceEnvironment) async throws -> Response {
    let queued: Int
    do throws(StoreError) { queued = try await environment.jobs.queuedCount() } catch { throw ServiceError.from(error) }
    environment.metrics.setQueue(queued: queued, running: await environment.jobs.runningCount)
    return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: environment.metrics.exposition())))
}
