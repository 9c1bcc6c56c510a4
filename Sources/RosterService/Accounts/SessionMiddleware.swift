import Foundation
import HTTPTypes
import Hummingbird
import RosterStore

/// Finds the session from its cookie, applies the body size limit, and checks the CSRF token of
/// every state-changing request made within a session: the `X-CSRF-Token` header (API) or the
/// `csrf` form field (pages). Logging in is the only exception: there is no session yet.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext

    static let cookieName = "session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    static let loginPaths: Set<String> = ["/connexion", "/api/v1/session"]

    let sessions: SessionStore
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        context.bodyLimit = bodyLimit
        if let token = request.cookies[Self.cookieName]?.value {
            let found: Session?
            do throws(StoreError) { found = try await sessions.session(token: token) } catch { throw ServiceError.from(error) }
            if let session = found {
                context.session = session
                context.logger[metadataKey: "user"] = .string(session.name)
            }
        }
        let changesState = [.post, .put, .patch, .delete].contains(request.method)
        if changesState, let session = context.session, !Self.loginPaths.contains(request.uri.path) {
            let presented: String?
            if let header = request.headers[Self.csrfHeader] {
                presented = header
            } else if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
                let buffer = try await request.collectBody(upTo: bodyLimit)
                presented = FormFields(String(buffer: buffer))["csrf"]
            } else {
                presented = nil
            }
            guard let presented, Self.constantTimeEqual(presented, session.csrfToken) else { throw ServiceError.csrf }
        }
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
