import Foundation
import Hummingbird

/// Turns every error into an answer: JSON `{"error": {"code", "message"}}` for the API and the
/// health endpoint, a French page for the web interface (or a redirection to the login page
/// when the session is missing). Server-side failures are logged with their detail.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure = ServiceError(error)
            if failure.status == .internalServerError {
                context.logger.error("request failed", metadata: ["code": .string(failure.code), "detail": .string(failure.detail ?? "")])
            } else {
                context.logger.notice("request refused", metadata: ["code": .string(failure.code), "status": .stringConvertible(failure.status.code)])
            }
            if Self.isAPI(request.uri.path) {
                return try failure.response(from: request, context: context)
            }
            if failure.code == "unauthenticated" {
                return Response.redirect(to: "/connexion", type: .found)
            }
            let page = Page(title: "Erreur", session: context.session, body: """
                <h1>Impossible de continuer</h1>
                <p class="alert alert-error" role="alert">\(HTML.escape(failure.message))</p>
                <p><a href="/">Retour à mes unités</a></p>
                """)
            return page.response(status: failure.status)
        }
    }

    static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/health" || path == "/api"
    }
}
