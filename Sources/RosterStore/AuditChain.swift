/// Computing and checking the audit log's hash chain.
public enum AuditChain {
    /// The `previousHash` of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over the entry's fields and its previous hash, each written as its length in
    /// UTF-8 bytes, a colon and the text, so no two different entries give the same input.
    public static func hash(sequence: Int, recordedAt: String, actor: String, action: String, subject: String,
                            payload: String, previousHash: String) -> String {
        var text = "audit-entry-v1\n"
        for field in [String(sequence), recordedAt, actor, action, subject, payload, previousHash] {
            text += "\(field.utf8.count):\(field)\n"
        }
        return ContentDigest.sha256(text)
    }

    /// An entry's payload as the chain hashes it: canonical JSON (sorted keys, compact).
    public static func payloadText(_ payload: [String: String]) -> String { CanonicalJSON.string(payload) }

    public static func hash(of entry: AuditEntry) -> String {
        hash(sequence: entry.sequence, recordedAt: entry.recordedAt, actor: entry.actor, action: entry.action,
             subject: entry.subject, payload: entry.payload, previousHash: entry.previousHash)
    }

    /// Checks entries in storage order against each other and against the recorded head.
    /// - Complexity: O(entries).
    public static func verify(_ entries: [AuditEntry], head: (sequence: Int, hash: String)?) -> AuditVerification {
        var problems: [AuditProblem] = []
        var previousHash = genesisHash
        var expected = 1
        var previousSequence = 0
        for entry in entries {
            var misplaced = false
            if entry.sequence > expected {
                problems.append(.missing(from: expected, to: entry.sequence - 1))
                misplaced = true
            } else if entry.sequence < expected {
                problems.append(.outOfOrder(sequence: entry.sequence, after: previousSequence))
                misplaced = true
            }
            if hash(of: entry) != entry.hash {
                problems.append(.altered(sequence: entry.sequence, rowID: entry.id))
            } else if entry.previousHash != previousHash && !misplaced {
                problems.append(.brokenLink(sequence: entry.sequence, rowID: entry.id))
            }
            previousHash = entry.hash
            previousSequence = entry.sequence
            expected = max(expected, entry.sequence + 1)
        }
        let last = entries.last
        switch (head, last) {
        case (nil, nil): break
        case (nil, .some): problems.append(.headMissing)
        case (.some(let head), nil): problems.append(.missing(from: 1, to: head.sequence))
        case (.some(let head), .some(let last)):
            if head.sequence > last.sequence {
                problems.append(.missing(from: last.sequence + 1, to: head.sequence))
            } else if head.sequence != last.sequence || head.hash != last.hash {
                problems.append(.headMismatch(headSequence: head.sequence, lastSequence: last.sequence))
            }
        }
        return AuditVerification(entriesChecked: entries.count, lastHash: last?.hash, problems: problems)
    }
}
