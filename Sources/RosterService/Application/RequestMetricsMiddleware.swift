import Hummingbird

/// Records every request's latency, labelled by method, route pattern and status (an error
/// counts with the status it is answered with).
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext

    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            metrics.recordRequest(method: request.method.rawValue, route: context.endpointPath ?? "non-trouvée",
                                  status: response.status.code, duration: ContinuousClock.now - start)
            return response
        } catch {
            metrics.recordRequest(method: request.method.rawValue, route: context.endpointPath ?? "non-trouvée",
                                  status: ServiceError(error).status.code, duration: ContinuousClock.now - start)
            throw error
        }
    }
}
