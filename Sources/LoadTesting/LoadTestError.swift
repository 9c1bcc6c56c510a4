/// Why a load test could not run (its measurements are never errors: they are the report).
public enum LoadTestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not on this machine's loopback interface, with the reason.
    case notLoopback(String, String)
    /// Logging in failed: HTTP status and the service's answer.
    case loginFailed(Int, String)
    /// The service answered something the load test cannot use, with what was expected.
    case unexpectedAnswer(String)
    /// Nothing to load: no roster and no scenario readable by the account.
    case nothingToLoad(String)

    public var description: String {
        switch self {
        case .notLoopback(let url, let reason): "refused URL « \(url) »: \(reason)"
        case .loginFailed(let status, let body): "login failed (HTTP \(status)): \(body.prefix(200))"
        case .unexpectedAnswer(let what): "unexpected answer from the service: \(what)"
        case .nothingToLoad(let what): "nothing to load: \(what)"
        }
    }
}
