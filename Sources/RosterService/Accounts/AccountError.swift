import RosterStore

/// Why an account cannot be created.
public enum AccountError: Error, Sendable, CustomStringConvertible {
    case weakPassword(minimum: Int)
    case unitRequired(AccountRole)
    case store(StoreError)

    public var description: String {
        switch self {
        case .weakPassword(let minimum): "mot de passe trop court (au moins \(minimum) caractères) / password too short (at least \(minimum) characters)"
        case .unitRequired(let role): "un compte \(role.rawValue) doit avoir au moins une unité (--unit) / a \(role.rawValue) account needs at least one --unit"
        case .store(let error): error.description
        }
    }
}
