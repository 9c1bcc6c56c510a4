import Foundation
import Scheduling

extension ContentMismatch {
    /// Recomputes the SHA-256 of every scenario and version and compares it with the hash
    /// recorded beside it and, for signed versions, in the signature.
    /// - Complexity: O(total stored content).
    package static func find(scenarios: [StoredScenario], versions: [StoredVersion],
                             signatures: [(versionId: Int64, rosterSHA256: String)]) -> [ContentMismatch] {
        var mismatches: [ContentMismatch] = []
        for scenario in scenarios where ContentDigest.sha256(Data(scenario.content.utf8)) != scenario.sha256 {
            mismatches.append(ContentMismatch(subject: "scenario \(scenario.id ?? 0)", recordedIn: "scenario"))
        }
        let signed = Dictionary(signatures.map { ($0.versionId, $0.rosterSHA256) }, uniquingKeysWith: { first, _ in first })
        for version in versions {
            let subject = "roster \(version.rosterId) v\(version.number)"
            let digest = (try? version.roster()).map { ContentDigest.sha256($0.canonicalContent) }
            if digest != version.sha256 { mismatches.append(ContentMismatch(subject: subject, recordedIn: "version")) }
            if let id = version.id, let signature = signed[id], digest != signature {
                mismatches.append(ContentMismatch(subject: subject, recordedIn: "signature"))
            }
        }
        return mismatches
    }
}
