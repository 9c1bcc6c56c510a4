/// One way in which the audit log differs from what was written.
public enum AuditProblem: Sendable, Hashable, CustomStringConvertible {
    /// The entry's content no longer matches its hash.
    case altered(sequence: Int, rowID: Int64?)
    /// The entry does not point to the hash of the entry before it (an entry was replaced or rehashed).
    case brokenLink(sequence: Int, rowID: Int64?)
    /// Entries with these sequence numbers are gone.
    case missing(from: Int, to: Int)
    /// The entry comes after a later one.
    case outOfOrder(sequence: Int, after: Int)
    /// The recorded head of the chain is not the last entry.
    case headMismatch(headSequence: Int, lastSequence: Int)
    /// Entries exist but the head row is gone.
    case headMissing

    public var description: String {
        switch self {
        case .altered(let sequence, let rowID):
            "entrée \(sequence) modifiée (ligne \(rowID.map(String.init) ?? "?")) : son contenu ne correspond plus à son empreinte / entry \(sequence) altered: its content no longer matches its hash"
        case .brokenLink(let sequence, let rowID):
            "entrée \(sequence) (ligne \(rowID.map(String.init) ?? "?")) : chaînage rompu, l'entrée précédente a été remplacée / entry \(sequence): broken link, the entry before it was replaced"
        case .missing(let from, let to):
            from == to ? "entrée \(from) supprimée / entry \(from) removed" : "entrées \(from) à \(to) supprimées / entries \(from) to \(to) removed"
        case .outOfOrder(let sequence, let after):
            "entrée \(sequence) placée après l'entrée \(after) : ordre modifié / entry \(sequence) stored after entry \(after): reordered"
        case .headMismatch(let headSequence, let lastSequence):
            "la tête de chaîne enregistrée (entrée \(headSequence)) ne correspond pas à la dernière entrée (\(lastSequence)) / the recorded chain head (entry \(headSequence)) does not match the last entry (\(lastSequence))"
        case .headMissing:
            "la tête de chaîne a disparu / the chain head row is gone"
        }
    }
}
