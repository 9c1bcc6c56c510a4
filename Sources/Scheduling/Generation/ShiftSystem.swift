/// The shift pattern (*roulement*) of a generated unit: how long its posts are and who works nights.
///
/// - `7h30`: matin M and soir S of 7 h 30 by day, a 10 h night N (fixed night team when the
///   unit is large enough, otherwise alternating nurses); no derogation needed.
/// - `10h`: day posts M and S of 9 h 30 paid over a 10 h span and the 10 h night; the day
///   posts exceed 9 h, so the unit holds the 12 h derogation (FPH-20/22).
/// - `12h`: jour J and nuit N of 12 h, every agent alternating (réanimation style); derogation.
public enum ShiftSystem: String, Sendable, Hashable, CaseIterable, Codable {
    case sevenThirty = "7h30"
    case ten = "10h"
    case twelve = "12h"

    /// The unit's shift types, day posts first, the night last.
    public var shiftTypes: [ShiftType] {
        switch self {
        case .sevenThirty:
            return [
                ShiftType(code: "M", label: "Matin", start: ClockTime("06:45"), end: ClockTime("14:15"), paidMinutes: 450),
                ShiftType(code: "S", label: "Soir", start: ClockTime("13:45"), end: ClockTime("21:15"), paidMinutes: 450),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ]
        case .ten:
            return [
                ShiftType(code: "M", label: "Jour matin 10 h", start: ClockTime("07:00"), end: ClockTime("17:00"), paidMinutes: 570),
                ShiftType(code: "S", label: "Jour soir 10 h", start: ClockTime("11:30"), end: ClockTime("21:30"), paidMinutes: 570),
                ShiftType(code: "N", label: "Nuit", start: ClockTime("21:00"), end: ClockTime("07:00"), paidMinutes: 600, night: true),
            ]
        case .twelve:
            return [
                ShiftType(code: "J", label: "Jour 12 h", start: ClockTime("07:00"), end: ClockTime("19:00"), paidMinutes: 720),
                ShiftType(code: "N", label: "Nuit 12 h", start: ClockTime("19:00"), end: ClockTime("07:00"), paidMinutes: 720, night: true),
            ]
        }
    }

    /// Day posts (every shift type but the night).
    var dayShifts: [ShiftType] { shiftTypes.filter { !$0.night } }
    /// The night post.
    var nightShift: ShiftType { shiftTypes.first { $0.night }! }

    /// Posts longer than 9 h by day need the director's derogation (FPH-22).
    var needsDerogation: Bool { self != .sevenThirty }

    /// Whether the unit has fixed day and night teams (7h30, 10h) or only alternating staff (12h).
    var hasFixedNightTeam: Bool { self != .twelve }

    /// The local limit on consecutive worked days (RECO FPH-114: 5 for 7 h 30, 4 for 10 h, 3 for 12 h).
    var maxConsecutiveWorkDays: Int {
        switch self {
        case .sevenThirty: 5
        case .ten: 4
        case .twelve: 3
        }
    }

    /// French words for names and notes.
    var label: String {
        switch self {
        case .sevenThirty: "7 h 30 (M/S) et nuit de 10 h"
        case .ten: "10 h (M/S) et nuit de 10 h, dérogation"
        case .twelve: "12 h jour/nuit en alternance, dérogation"
        }
    }
}
