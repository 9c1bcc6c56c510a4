/// The sentence every export carries, so that whoever reads a printed or synchronised roster
/// knows an algorithm prepared it and who took responsibility for it.
public struct TransparencyNotice: Sendable, Hashable {
    public var signature: SignatureRecord?
    /// Version number in the store, when known.
    public var version: Int?

    public init(signature: SignatureRecord?, version: Int? = nil) {
        self.signature = signature
        self.version = version
    }

    /// « Planning préparé avec l'aide d'un algorithme d'optimisation, validé et signé par … le … »
    /// or « …, non signé — proposition ».
    public var text: String {
        let prefix = "Planning préparé avec l'aide d'un algorithme d'optimisation"
        let versionText = version.map { " (version \($0))" } ?? ""
        guard let signature else { return "\(prefix), non signé — proposition\(versionText)." }
        return "\(prefix), validé et signé par \(signature.signer) le \(Self.frenchDate(signature.signedAt))\(versionText)."
    }

    /// The notice with the roster's content hash, for traceability.
    public var detailedText: String {
        guard let signature else { return text }
        return text + " Empreinte SHA-256 du planning : \(signature.rosterSHA256)."
    }

    /// `2026-05-20T10:04:00Z` → `20/05/2026 à 10:04 UTC`; other texts unchanged.
    static func frenchDate(_ iso: String) -> String {
        let chars = Array(iso)
        guard chars.count >= 16, chars[4] == "-", chars[7] == "-", chars[10] == "T" else { return iso }
        let s = { (from: Int, to: Int) in String(chars[from..<to]) }
        return "\(s(8, 10))/\(s(5, 7))/\(s(0, 4)) à \(s(11, 16))" + (iso.hasSuffix("Z") ? " UTC" : "")
    }
}
