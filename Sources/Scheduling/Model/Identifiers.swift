/// Identifiers are types, not raw strings: a staff id cannot be passed where a shift code is expected.

/// Declares a string-backed identifier that encodes as a plain JSON string.
public protocol StringIdentifier: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    var rawValue: String { get }
    init(_ rawValue: String)
}

extension StringIdentifier {
    public init(stringLiteral value: String) { self.init(value) }
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(try container.decode(String.self))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A pseudonymous staff identifier (for example `IDE03`); never a real name or a national number.
public struct StaffID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The code of a shift type (poste), for example `M` (matin), `S` (soir), `N` (nuit), `J12`.
public struct ShiftCode: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A grade or a skill as data: `IDE` (infirmier diplômé d'État), `AS` (aide-soignant),
/// `ASH` (agent de service hospitalier), `IBODE`, `IADE`, `PUER` (puéricultrice),
/// `SF` (sage-femme), or a unit skill such as `EXP`, `IOA`, `SMUR`, `novice`.
public struct Skill: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A non-medical absence code: `CA` (congé annuel), `RTT` (réduction du temps de travail),
/// `RF` (récupération de férié), `FORM` (formation), `MAL` (arrêt maladie, no reason stored),
/// `MAT` (maternité), `OFF` (contractual fixed day off)… Codes are data, declared per scenario.
public struct AbsenceCode: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The identifier of a rule of the catalogue, for example `FPH-30` or `CQ-COVER`.
public struct RuleID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension StaffID: CodingKeyRepresentable {
    public var codingKey: CodingKey { IdentifierKey(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}

extension ShiftCode: CodingKeyRepresentable {
    public var codingKey: CodingKey { IdentifierKey(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}

struct IdentifierKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
