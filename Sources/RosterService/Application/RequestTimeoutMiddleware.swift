import Hummingbird

/// Abandons a request that takes longer than `seconds`: the handler is cancelled and the
/// client gets 503 `request-timeout` (JSON for the API, a page for the web interface, through
/// `ErrorMiddleware`).
///
/// Cancellation is cooperative: a handler stops at its next await or store call (see
/// `ServiceEnvironment.store`), so a single synchronous step in progress (one transaction, one
/// evaluation) finishes first and the answer goes out then. No step is left half done: each
/// store call is one transaction, checked for cancellation before it begins.
struct RequestTimeoutMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let seconds: Double

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard seconds > 0 else { return try await next(request, context) }
        let limit = Duration.milliseconds(Int64(seconds * 1000))
        return try await withoutActuallyEscaping(next) { next in
            let handler = Handler(call: next)
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await handler.call(request, context) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else { throw ServiceError.requestTimeout(seconds: seconds) }
                return response
            }
        }
    }

    /// `@unchecked Sendable`: the wrapped `next` is called exactly once, by one child task of
    /// the group above, which the group awaits before `withoutActuallyEscaping` ends; nothing
    /// else touches it.
    struct Handler: @unchecked Sendable {
        let call: (Request, Context) async throws -> Response
    }
}
