/// Why one cell of a roster holds what it holds: its content and where it comes from, the
/// demand it covers, the requests on it, the violations that concern it, and the best
/// alternatives with their cost difference per rule — this agent on another shift or off, or
/// another agent swapping with her that day — for example « si IDE07 prenait cette nuit à la
/// place de IDE03 : demande de IDE03 honorée −50, équité des week-ends +10 ».
public struct CellExplanation: Sendable, Codable {
    /// Where the cell's content comes from.
    public enum Origin: Sendable, Codable, Hashable {
        /// A day of last month, read from the scenario's history.
        case history
        /// Fixed by the cadre (head nurse) before solving.
        case locked
        /// A planned absence (CA, RTT, MAL… code only).
        case absence(AbsenceCode)
        /// What set this very cell, as the roster records it (`RosterRow.origins`).
        case cell(CellOrigin)
        /// Set by whoever made the roster (`engine:lns`, `cadre:Martin`…).
        case roster(author: String)
        /// The roster says nothing about its origin.
        case unknown
    }

    /// A demand line on the cell's date and shift, with the head count of this roster.
    public struct DemandStatus: Sendable, Codable, Hashable {
        public var shift: ShiftCode
        public var skill: Skill?
        public var count: Int
        public var minimum: Int
        public var target: Int?
        public var maximum: Int?
    }

    /// A request (désidérata) of this agent on this date.
    public struct RequestStatus: Sendable, Codable, Hashable {
        public var kind: StaffRequest.Kind
        public var shift: ShiftCode?
        public var priority: StaffRequest.Priority?
        public var weight: Double
        public var honoured: Bool
    }

    /// One rule's share of an alternative's cost difference.
    public struct RuleDelta: Sendable, Codable, Hashable {
        public var rule: RuleID
        public var penaltyDelta: Double
        /// Hard violations appearing or growing (positive) or disappearing or shrinking (negative).
        public var hardDelta: Int
    }

    /// Another content for the cell, and what it would change.
    public struct Alternative: Sendable, Codable, Hashable {
        public enum Move: Sendable, Codable, Hashable {
            /// The agent works `shift` instead (nil: day off).
            case reassign(to: ShiftCode?)
            /// `with` takes the agent's cell and the agent takes `with`'s (`theirShift`, nil: off).
            case swap(with: StaffID, theirShift: ShiftCode?)
        }

        public var move: Move
        public var effects: [ViolationChange]
        public var ruleDeltas: [RuleDelta]
        /// Change of the objective (negative: the alternative is cheaper).
        public var totalDelta: Double
        /// The alternative breaks a hard rule that the roster keeps.
        public var breaksHardRule: Bool
        public var sentence: LocalizedText
    }

    public var staff: StaffID
    public var date: CivilDate
    /// The shift in the cell, nil for a day off.
    public var shift: ShiftCode?
    /// The date is a day of last month (history), not of the period.
    public var fromHistory: Bool
    public var origins: [Origin]
    public var demand: [DemandStatus]
    public var requests: [RequestStatus]
    /// The roster's violations that concern this cell.
    public var violations: [Violation]
    /// The best alternatives, cheapest legal ones first.
    public var alternatives: [Alternative]
    public var alternativesConsidered: Int
    /// The best legal trade-off (an alternative breaking no hard rule and changing at least one
    /// violation) costs at most the near-tie tolerance more than the roster.
    public var nearTie: Bool
}
