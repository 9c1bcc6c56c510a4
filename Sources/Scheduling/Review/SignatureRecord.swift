/// What a signature records, so the proposal can be replayed and checked later: who signed
/// and when, the SHA-256 of the roster's canonical content and of the scenario file, and the
/// engine, its version, parameters and seed.
public struct SignatureRecord: Codable, Sendable, Hashable {
    public var signer: String
    public var signedAt: String
    public var rosterSHA256: String
    public var scenarioSHA256: String
    public var engine: String?
    public var engineVersion: String?
    public var parameters: [String: String]?
    public var seed: UInt64?

    public init(signer: String, signedAt: String, rosterSHA256: String, scenarioSHA256: String, provenance: Provenance?) {
        self.signer = signer
        self.signedAt = signedAt
        self.rosterSHA256 = rosterSHA256
        self.scenarioSHA256 = scenarioSHA256
        self.engine = provenance?.engine
        self.engineVersion = provenance?.engineVersion
        self.parameters = provenance?.parameters
        self.seed = provenance?.seed
    }
}
