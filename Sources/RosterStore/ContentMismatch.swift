/// A stored content that no longer matches the hash recorded for it.
public struct ContentMismatch: Sendable, Hashable, CustomStringConvertible {
    /// e.g. `roster 1 v2` or `scenario 1`.
    public var subject: String
    /// Which recorded hash disagrees: `version`, `signature` or `scenario`.
    public var recordedIn: String

    public var description: String {
        "\(subject) : le contenu ne correspond plus à l'empreinte enregistrée (\(recordedIn)) / \(subject): content no longer matches the hash recorded in \(recordedIn)"
    }
}
