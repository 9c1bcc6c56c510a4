import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The service's base URL, accepted only on this machine's loopback interface.
///
/// A load test is a deliberate denial of service: it must never be aimed at another host by
/// mistake. Accepted: `http` with host `127.x.y.z`, `localhost` or `[::1]`, an optional port and
/// no path beyond `/`, query or user information.
public struct LoopbackURL: Sendable, Hashable, CustomStringConvertible {
    /// `http://HOST:PORT`, without a trailing slash.
    public let base: String

    public init(_ text: String) throws(LoadTestError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw .notLoopback(text, "not a URL")
        }
        guard scheme == "http" else { throw .notLoopback(text, "only http:// is supported (the service listens on loopback without TLS)") }
        guard components.user == nil, components.password == nil, components.query == nil, components.fragment == nil,
              components.path.isEmpty || components.path == "/" else {
            throw .notLoopback(text, "give only scheme, host and port")
        }
        guard let host = components.host?.lowercased(), Self.isLoopback(host) else {
            throw .notLoopback(text, "host « \(components.host ?? "") » is not this machine's loopback (127.0.0.0/8, ::1, localhost)")
        }
        let port = components.port.map { ":\($0)" } ?? ""
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let shownHost = bare.contains(":") ? "[\(bare)]" : bare
        base = "http://\(shownHost)\(port)"
    }

    /// 127.0.0.0/8 written as four decimal parts, `::1` (any spelling of it), or `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            let numbers = parts.compactMap { part -> Int? in
                guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return nil }
                return Int(part)
            }
            return numbers.count == 4 && numbers[0] == 127 && numbers.allSatisfy { (0...255).contains($0) }
        }
        if host.contains(":") {
            var address = in6_addr()
            return inet_pton(AF_INET6, host, &address) == 1 && withUnsafeBytes(of: &address) { bytes in
                bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1
            }
        }
        return false
    }

    public var description: String { base }
}
