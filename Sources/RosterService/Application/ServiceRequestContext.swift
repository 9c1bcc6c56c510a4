import Hummingbird

/// The request context of the service: the signed-in session, if any, and the body size limit.
public struct ServiceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` when the request carries a valid session cookie.
    public var session: Session?
    /// Set by `SessionMiddleware` from the configuration.
    public var bodyLimit: Int = 4 * 1024 * 1024

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { bodyLimit }

    /// The signed-in session, or `unauthenticated`.
    func requireSession() throws(ServiceError) -> Session {
        guard let session else { throw .unauthenticated }
        return session
    }
}
