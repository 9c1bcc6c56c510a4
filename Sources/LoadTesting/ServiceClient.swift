import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One signed-in session on the service: its cookie and CSRF token, and the timing of each call.
///
/// Every call is timed from just before sending to the whole body received, and recorded
/// under its route in `tally`, whatever its status.
struct ServiceClient {
    let http: HTTPClient
    let base: LoopbackURL
    var cookie: String?
    var csrf: String?
    var tally = LoadTally()
    /// Called before each request; false stops the user (the run's budget is spent).
    var mayRequest: @Sendable () -> Bool = { true }

    struct Answer {
        var status: Int
        var body: Data
    }

    /// Sends one request; nil when the budget is spent (nothing sent) or on a transport error (recorded as status 0).
    mutating func call(_ route: Route, _ method: HTTPMethod, _ path: String, json: Data? = nil) async -> Answer? {
        guard mayRequest() else { return nil }
        return await callUnbudgeted(route, method, path, json: json)
    }

    /// Sends one request outside the run's budget (set-up, and the final polls of running solves).
    mutating func callUnbudgeted(_ route: Route, _ method: HTTPMethod, _ path: String, json: Data? = nil) async -> Answer? {
        var request = HTTPClientRequest(url: base.base + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let cookie { request.headers.add(name: "Cookie", value: cookie) }
        if method == .POST || method == .DELETE, let csrf { request.headers.add(name: "X-CSRF-Token", value: csrf) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: json))
        }
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let response = try await http.execute(request, timeout: .seconds(120))
            let body = try await response.body.collect(upTo: 64 << 20)
            let elapsed = clock.now - started
            tally.record(route, microseconds: Self.microseconds(elapsed), status: Int(response.status.code))
            if let setCookie = response.headers["Set-Cookie"].first, let session = setCookie.split(separator: ";").first,
               session.hasPrefix("session=") {
                cookie = String(session)
            }
            return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
        } catch {
            tally.record(route, microseconds: Self.microseconds(clock.now - started), status: 0)
            tally.transportErrors[String(describing: error), default: 0] += 1
            return nil
        }
    }

    /// Logs in and keeps the session cookie and CSRF token.
    mutating func login(user: String, password: String) async throws(LoadTestError) {
        let body = (try? JSONEncoder().encode(["name": user, "password": password])) ?? Data()
        guard let answer = await callUnbudgeted(.login, .POST, "/api/v1/session", json: body) else {
            throw .loginFailed(0, "no answer from \(base)")
        }
        guard answer.status == 200, let session = try? JSONDecoder().decode(APIReply.Session.self, from: answer.body) else {
            throw .loginFailed(answer.status, String(decoding: answer.body, as: UTF8.self))
        }
        csrf = session.csrfToken
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000_000)
    }
}
