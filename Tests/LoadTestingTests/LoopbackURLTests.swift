@testable import LoadTesting
import Testing

/// The load test only ever aims at this machine.
@Suite struct LoopbackURLTests {
    @Test(arguments: ["http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://localhost:1", "http://LOCALHOST:80",
                      "http://[::1]:8080", "http://127.1.2.3", "http://[0:0:0:0:0:0:0:1]:9"])
    func acceptsLoopback(url: String) throws {
        _ = try LoopbackURL(url)
    }

    @Test(arguments: ["http://10.0.0.1:8080", "http://example.com", "https://127.0.0.1:8443", "http://127.0.0.1.nip.io",
                      "http://0x7f.0.0.1", "http://user@127.0.0.1", "http://127.0.0.1:8080/api", "http://128.0.0.1",
                      "http://[::2]:80", "http://0.0.0.0:8080", "ftp://127.0.0.1", "127.0.0.1:8080", "http://127.0.0.1?x=1",
                      "http://127.0.0.256", "http://[::ffff:10.0.0.1]"])
    func refusesEverythingElse(url: String) {
        #expect(throws: LoadTestError.self) { try LoopbackURL(url) }
    }

    @Test func baseHasNoTrailingSlash() throws {
        #expect(try LoopbackURL("http://127.0.0.1:8080/").base == "http://127.0.0.1:8080")
        #expect(try LoopbackURL("http://[::1]:8080").base == "http://[::1]:8080")
    }
}
