import Testing
@testable import RosterStore

@Suite struct ContentDigestTests {
    @Test func knownVector() {
        #expect(ContentDigest.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
