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
