/// A roster (planning): for each agent and each day of the period, one shift or a day off.
public struct Roster: Codable, Sendable, Hashable {
    public var scenario: String
    public var period: PlanningPeriod
    public var rows: [RosterRow]
    /// Which engine produced it, with what parameters (filled by solvers).
    public var provenance: Provenance?

    public init(scenario: String, period: PlanningPeriod, rows: [RosterRow], provenance: Provenance? = nil) {
        self.scenario = scenario
        self.period = period
        self.rows = rows
        self.provenance = provenance
    }
}

/// One agent's line: `shifts[d]` is the shift code on day d, nil for a day off, and, when
/// recorded, `origins[d]` what set it (stored as one letter per day, e.g. `"ggnnlcc…"`; see
/// `CellOrigin`). Rosters written before origins were kept have none and still decode.
public struct RosterRow: Codable, Sendable, Hashable {
    public var staff: StaffID
    public var shifts: [ShiftCode?]
    public var origins: [CellOrigin]?

    public init(staff: StaffID, shifts: [ShiftCode?], origins: [CellOrigin]? = nil) {
        self.staff = staff
        self.shifts = shifts
        self.origins = origins
    }

    enum CodingKeys: String, CodingKey { case staff, shifts, origins }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        staff = try container.decode(StaffID.self, forKey: .staff)
        shifts = try container.decode([ShiftCode?].self, forKey: .shifts)
        guard let letters = try container.decodeIfPresent(String.self, forKey: .origins) else {
            origins = nil
            return
        }
        var decoded: [CellOrigin] = []
        for letter in letters {
            guard let origin = CellOrigin(letter: letter) else {
                throw DecodingError.dataCorruptedError(forKey: .origins, in: container,
                                                       debugDescription: "unknown cell origin « \(letter) » (expected one of \(String(CellOrigin.allCases.map(\.letter))))")
            }
            decoded.append(origin)
        }
        guard decoded.count == shifts.count else {
            throw DecodingError.dataCorruptedError(forKey: .origins, in: container,
                                                   debugDescription: "\(decoded.count) origins for \(shifts.count) days")
        }
        origins = decoded
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(staff, forKey: .staff)
        var list = container.nestedUnkeyedContainer(forKey: .shifts)
        for shift in shifts {
            if let shift { try list.encode(shift) } else { try list.encodeNil() }
        }
        if let origins { try container.encode(String(origins.map(\.letter)), forKey: .origins) }
    }
}

/// Where a roster comes from, so a proposal can be replayed.
public struct Provenance: Codable, Sendable, Hashable {
    /// `mip`, `local-search`, `lns`, `import`, `cadre`…
    public var engine: String
    public var engineVersion: String
    public var seed: UInt64?
    public var parameters: [String: String]?
    public var createdAt: String?
    /// Solver's own objective value, to be compared with the evaluator's.
    public var objective: Double?
    public var bound: Double?

    public init(engine: String, engineVersion: String, seed: UInt64? = nil, parameters: [String: String]? = nil,
                createdAt: String? = nil, objective: Double? = nil, bound: Double? = nil) {
        self.engine = engine
        self.engineVersion = engineVersion
        self.seed = seed
        self.parameters = parameters
        self.createdAt = createdAt
        self.objective = objective
        self.bound = bound
    }
}
