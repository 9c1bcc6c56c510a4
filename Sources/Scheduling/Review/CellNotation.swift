import Foundation

/// The short notation for cells used on the command line and in messages:
/// `STAFF:DATE` (`IDE-03:2026-06-12`), `STAFF:DATE=SHIFT`, `STAFF,STAFF:DATE` (a swap),
/// `STAFF[,STAFF…]:FROM..TO` (an absence) and `SHIFT[/SKILL]=N[@FROM..TO]` (a raised minimum).
/// Staff ids may contain `-`; the last `:` separates the date.
public enum CellNotation {
    /// A value that does not follow the notation: the option, the value and the form expected.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var option: String
        public var value: String
        public var expected: String
        public var description: String { "\(option) \(value): \(expected)" }
    }

    static func date(_ text: Substring, _ option: String, _ value: String) throws(ParseError) -> CivilDate {
        guard let date = CivilDate(iso: String(text)) else {
            throw ParseError(option: option, value: value, expected: "« \(text) » is not a date (expected YYYY-MM-DD)")
        }
        return date
    }

    /// `STAFF:DATE`.
    public static func cell(_ value: String, option: String) throws(ParseError) -> (StaffID, CivilDate) {
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex else {
            throw ParseError(option: option, value: value, expected: "expected STAFF:DATE, e.g. IDE-03:2026-06-12")
        }
        return (StaffID(String(value[..<colon])), try date(value[value.index(after: colon)...], option, value))
    }

    /// `STAFF:DATE=SHIFT`.
    public static func assignment(_ value: String, option: String) throws(ParseError) -> RosterEdit {
        guard let equals = value.lastIndex(of: "="), value.index(after: equals) != value.endIndex else {
            throw ParseError(option: option, value: value, expected: "expected STAFF:DATE=SHIFT, e.g. IDE-03:2026-06-12=N")
        }
        let staff: StaffID, day: CivilDate
        do { (staff, day) = try cell(String(value[..<equals]), option: option) } catch {
            // Name the whole value; keep a date problem as it is, otherwise give the full form.
            throw ParseError(option: option, value: value,
                             expected: error.expected.hasPrefix("expected") ? "expected STAFF:DATE=SHIFT, e.g. IDE-03:2026-06-12=N" : error.expected)
        }
        return .set(staff: staff, date: day, shift: ShiftCode(String(value[value.index(after: equals)...])))
    }

    /// `STAFF,STAFF:DATE`.
    public static func swap(_ value: String, option: String) throws(ParseError) -> RosterEdit {
        let (pair, day) = try cell(value, option: option)
        let ids = pair.rawValue.split(separator: ",", omittingEmptySubsequences: false).map { StaffID(String($0)) }
        guard ids.count == 2, ids[0] != ids[1], !ids[0].rawValue.isEmpty, !ids[1].rawValue.isEmpty else {
            throw ParseError(option: option, value: value, expected: "expected two different agents, STAFF,STAFF:DATE, e.g. IDE-01,IDE-02:2026-06-14")
        }
        return .swap(ids[0], ids[1], date: day)
    }

    /// `STAFF[,STAFF…]:FROM..TO` or `STAFF[,STAFF…]:DATE`.
    public static func absence(_ value: String, option: String, code: AbsenceCode) throws(ParseError) -> Disruption.NewAbsence {
        let form = "expected STAFF[,STAFF…]:FROM..TO, e.g. IDE-01,IDE-02:2026-06-10..2026-06-20"
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex else { throw ParseError(option: option, value: value, expected: form) }
        let ids = value[..<colon].split(separator: ",").map { StaffID(String($0)) }
        let bounds = value[value.index(after: colon)...].components(separatedBy: "..")
        guard bounds.count <= 2, !ids.isEmpty else { throw ParseError(option: option, value: value, expected: form) }
        let from = try date(Substring(bounds[0]), option, value)
        let to = try date(Substring(bounds[bounds.count - 1]), option, value)
        return Disruption.NewAbsence(staff: ids, from: from, to: to, code: code)
    }

    /// `SHIFT[/SKILL]=N[@FROM..TO]`.
    public static func minimum(_ value: String, option: String) throws(ParseError) -> Disruption.RaisedMinimum {
        let form = "expected SHIFT[/SKILL]=N[@FROM..TO], e.g. J=11 or N/IDE=11@2026-06-22..2026-06-30"
        let main = value.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let parts = main[0].split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[1]), n >= 0 else { throw ParseError(option: option, value: value, expected: form) }
        let target = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(target.count), !target.contains(where: \.isEmpty) else { throw ParseError(option: option, value: value, expected: form) }
        var raised = Disruption.RaisedMinimum(shift: ShiftCode(String(target[0])), skill: target.count == 2 ? Skill(String(target[1])) : nil, minimum: n)
        if main.count == 2 {
            let bounds = main[1].components(separatedBy: "..")
            guard bounds.count <= 2 else { throw ParseError(option: option, value: value, expected: form) }
            raised.from = try date(Substring(bounds[0]), option, value)
            raised.to = try date(Substring(bounds[bounds.count - 1]), option, value)
        }
        return raised
    }
}
