/// A named set of priorities for generating roster variants: the unit's weights, multiplied.
///
/// Each profile changes only soft weights (never a hard rule), so every variant stays a legal
/// roster of the same unit; variants are then compared under the unit's original weights.
///
/// | Profile | Requests (P1, P2, explicit) | Fairness (nights, weekends, holidays) | Hours deviation, soft 44 h week | Changes vs previous roster |
/// |---|---|---|---|---|
/// | `standard` | ×1 | ×1 | ×1 | — |
/// | `requests` | ×4 | ×1 | ×1 | — |
/// | `fairness` | ×1 | ×5 (a weight absent from the scenario counts as 10 first) | ×1 | — |
/// | `least-overtime` | ×1 | ×1 | ×5 | — |
/// | `stability` | ×1 | ×1 | ×1 | 100 per changed cell (`ReferenceRosterRule.stability`) |
public enum PriorityProfile: String, Sendable, CaseIterable, Codable {
    /// The scenario's own weights.
    case standard
    /// Requests (désidérata) first.
    case requests
    /// Fair shares of nights, weekends and public holidays first.
    case fairness
    /// Worked hours close to the contract: least overtime (heures supplémentaires).
    case leastOvertime = "least-overtime"
    /// Continuity with a previous roster (last month's pattern, or the roster already posted).
    case stability

    /// The multipliers of the table above.
    public struct Multipliers: Sendable, Hashable {
        public var requests: Double = 1
        public var fairness: Double = 1
        public var hours: Double = 1
        /// Price of one cell changed against the previous roster (stability only).
        public var changeWeight: Double?
    }

    public var multipliers: Multipliers {
        switch self {
        case .standard: Multipliers()
        case .requests: Multipliers(requests: 4)
        case .fairness: Multipliers(fairness: 5)
        case .leastOvertime: Multipliers(hours: 5)
        case .stability: Multipliers(changeWeight: 100)
        }
    }

    /// Fairness weight assumed when the scenario sets none and the profile multiplies it.
    public static let defaultFairnessWeight = 10.0

    /// The scenario with this profile's weights.
    public func applied(to scenario: Scenario) -> Scenario {
        let m = multipliers
        var result = scenario
        var rules = result.rules
        if m.requests != 1 {
            rules.requests.p1 = (rules.requests.p1 ?? 500) * m.requests
            rules.requests.p2 = (rules.requests.p2 ?? 50) * m.requests
            result.requests = result.requests?.map { request in
                var request = request
                request.weight = request.weight.map { $0 * m.requests }
                return request
            }
        }
        if m.fairness != 1 {
            var fairness = rules.fairness ?? FairnessSetting()
            fairness.nightsWeight = (fairness.nightsWeight ?? Self.defaultFairnessWeight) * m.fairness
            fairness.weekendsWeight = (fairness.weekendsWeight ?? Self.defaultFairnessWeight) * m.fairness
            fairness.holidaysWeight = (fairness.holidaysWeight ?? Self.defaultFairnessWeight) * m.fairness
            rules.fairness = fairness
        }
        if m.hours != 1 {
            if let deviation = rules.hoursDeviation { rules.hoursDeviation = HoursDeviationSetting(weightPerHour: deviation.weightPerHour * m.hours) }
            if var week = rules.civilWeek, case .soft(let weight)? = week.severity {
                week.severity = .soft(weight: weight * m.hours)
                rules.civilWeek = week
            }
        }
        result.rules = rules
        return result
    }

    /// The problem a variant of this profile solves. `stability` needs `previous`.
    public func problem(from base: PlanningProblem, previous: ShiftGrid?) throws(VariantError) -> PlanningProblem {
        let scenario = applied(to: base.scenario)
        var problem = scenario == base.scenario ? base.withoutReferences : PlanningProblem(validated: scenario)
        if let weight = multipliers.changeWeight {
            guard let previous else { throw .previousRosterRequired(profile: self) }
            problem = problem.withReference(previous, mode: .stability, weight: weight, label: "le planning précédent")
        }
        return problem
    }
}

/// Why variants cannot be generated.
public enum VariantError: Error, Sendable, Hashable, CustomStringConvertible {
    case previousRosterRequired(profile: PriorityProfile)
    case unknownProfile(String)
    case solver(String)

    public var description: String {
        switch self {
        case .previousRosterRequired(let profile): "profile « \(profile.rawValue) » compares with a previous roster: give one with --previous"
        case .unknownProfile(let name): "unknown profile « \(name) » (expected one of: \(PriorityProfile.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .solver(let message): "solver error: \(message)"
        }
    }
}
