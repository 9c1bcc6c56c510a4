/// What set one cell of a roster: an engine (and which one), the repair, the cadre de santé
/// (head nurse) by hand, or the scenario itself (a lock, a planned absence). Stored with the
/// roster, one letter per day (`RosterRow.origins`), so that a reviewer can ask of any cell
/// « qui a décidé ceci ? ».
///
/// Solvers record it cheaply: each time an engine publishes a better roster, the cells that
/// differ from the previous best take that engine's origin. A cell's origin is therefore the
/// last engine that changed it on the way to the final roster, not a proof that no other
/// engine would have chosen the same.
public enum CellOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// The greedy construction that starts every solve, left as it was.
    case greedy
    /// Branch-and-cut (GLPK) on the whole model.
    case mip
    /// A large-neighbourhood step: GLPK on a freed part of the roster, the rest fixed.
    case lns
    /// The Swift local search (late-acceptance hill climbing).
    case localSearch = "local-search"
    /// Moved by a minimal-change repair (`RosterRepair`).
    case repair
    /// Written by the cadre: an edit of the grid, or a lock she set at a new value.
    case cadre
    /// Fixed before solving by a lock of the scenario.
    case lock
    /// A planned absence (CA, RTT, MAL…): the agent is off.
    case absence
    /// Not recorded (a roster made before origins were kept, or an imported grid).
    case unknown

    /// The one-letter code of the stored form.
    public var letter: Character {
        switch self {
        case .greedy: "g"
        case .mip: "m"
        case .lns: "n"
        case .localSearch: "l"
        case .repair: "r"
        case .cadre: "c"
        case .lock: "k"
        case .absence: "a"
        case .unknown: "?"
        }
    }

    /// The origin with this one-letter code, nil for any other character.
    public init?(letter: Character) {
        guard let origin = Self.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = origin
    }

    /// Set by an optimisation engine (greedy, branch-and-cut, neighbourhood step, local search).
    public var isSolver: Bool {
        switch self {
        case .greedy, .mip, .lns, .localSearch: true
        case .repair, .cadre, .lock, .absence, .unknown: false
        }
    }

    /// A short label, e.g. « recherche locale » or « modification du cadre ».
    public var label: LocalizedText {
        switch self {
        case .greedy: LocalizedText(fr: "construction gloutonne", en: "greedy construction")
        case .mip: LocalizedText(fr: "séparation et évaluation (MIP, GLPK)", en: "branch-and-cut (MIP, GLPK)")
        case .lns: LocalizedText(fr: "voisinage exact (GLPK sur une partie libérée)", en: "neighbourhood step (GLPK on a freed part)")
        case .localSearch: LocalizedText(fr: "recherche locale", en: "local search")
        case .repair: LocalizedText(fr: "réparation à changements minimaux", en: "minimal-change repair")
        case .cadre: LocalizedText(fr: "modification du cadre", en: "cadre's edit")
        case .lock: LocalizedText(fr: "verrou du scénario", en: "scenario lock")
        case .absence: LocalizedText(fr: "absence prévue", en: "planned absence")
        case .unknown: LocalizedText(fr: "origine non enregistrée", en: "origin not recorded")
        }
    }
}
