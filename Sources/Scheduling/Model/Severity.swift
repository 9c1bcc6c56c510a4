/// Whether breaking a rule makes a roster illegal (hard) or only costs a penalty (soft).
///
/// JSON: `"hard"`, or `{"soft": 100}` with the weight per unit of the rule's amount.
public enum Severity: Sendable, Hashable, Codable {
    case hard
    case soft(weight: Double)

    public var isHard: Bool { if case .hard = self { true } else { false } }

    /// The weight of one unit of violation; 0 for a hard rule (it is not priced).
    public var weight: Double { if case .soft(let weight) = self { weight } else { 0 } }

    enum CodingKeys: String, CodingKey { case soft }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            guard text == "hard" else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "severity must be \"hard\" or {\"soft\": weight}, not « \(text) »")
            }
            self = .hard
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .soft(weight: try container.decode(Double.self, forKey: .soft))
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .hard:
            var single = encoder.singleValueContainer()
            try single.encode("hard")
        case .soft(let weight):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(weight, forKey: .soft)
        }
    }
}
