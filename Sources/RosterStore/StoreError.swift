import Scheduling

/// Why a store operation failed. Every case names what and where.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file cannot be opened, read or written (SQLite's message).
    case database(file: String, message: String)
    /// No such scenario, roster or version in the store.
    case notFound(String)
    /// Content stored in the database no longer decodes (the file was edited by hand?).
    case corruptContent(what: String, detail: String)
    /// The scenario or roster given does not fit (file, field, problem).
    case input(ScenarioError)
    /// The sign-off workflow refused the step.
    case signOff(SignOffError)
    /// A new version would be identical to its parent.
    case nothingChanged(roster: Int64, parent: Int)
    /// An account with this login name already exists.
    case accountExists(String)
    /// The solve job is not in a state that allows this step.
    case jobState(job: Int64, state: String, step: String)

    public var description: String {
        switch self {
        case .database(let file, let message): "\(file): base de données / database: \(message)"
        case .notFound(let what): "introuvable / not found: \(what)"
        case .corruptContent(let what, let detail): "contenu illisible / unreadable content: \(what): \(detail)"
        case .input(let error): error.description
        case .signOff(let error): error.description
        case .nothingChanged(let roster, let parent):
            "planning \(roster) : aucune case ne diffère de la version \(parent), rien à enregistrer / roster \(roster): no cell differs from version \(parent), nothing to save"
        case .accountExists(let name): "le compte « \(name) » existe déjà / account \(name) already exists"
        case .jobState(let job, let state, let step):
            "calcul \(job) : impossible de « \(step) » dans l'état \(state) / job \(job): cannot \(step) while \(state)"
        }
    }
}
