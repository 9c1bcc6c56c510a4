/// A written override of one hard violation (*dérogation*): who decided, when, and why.
public struct Override: Codable, Sendable, Hashable {
    public var item: String
    public var justification: String
    public var by: String
    /// ISO 8601 time, UTC.
    public var at: String

    public init(item: String, justification: String, by: String, at: String) {
        self.item = item
        self.justification = justification
        self.by = by
        self.at = at
    }
}

/// The acknowledgement of one point of attention (*point d'attention pris en compte*).
public struct Acknowledgement: Codable, Sendable, Hashable {
    public var item: String
    public var by: String
    public var at: String
    public var note: String?

    public init(item: String, by: String, at: String, note: String? = nil) {
        self.item = item
        self.by = by
        self.at = at
        self.note = note
    }
}

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
