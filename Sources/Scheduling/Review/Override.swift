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
