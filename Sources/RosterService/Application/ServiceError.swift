import Foundation
import Hummingbird
import RosterStore
import Scheduling

/// An error the service answers with: an HTTP status, a stable machine code and a French
/// message. Every failure a handler meets is turned into one of these (see `init(_:)`), so bad
/// input never yields a 500.
public struct ServiceError: Error, Sendable, Hashable {
    public var status: HTTPResponse.Status
    /// Stable code, e.g. `not-found`, `invalid-input`, `workflow-refused`, `forbidden`.
    public var code: String
    /// A sentence for the cadre, in French.
    public var message: String
    /// Details in English for logs and API clients, when useful.
    public var detail: String?

    public init(_ status: HTTPResponse.Status, code: String, message: String, detail: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
    }

    static func badRequest(_ message: String, code: String = "invalid-input") -> ServiceError { .init(.badRequest, code: code, message: message) }
    static func notFound(_ what: String) -> ServiceError { .init(.notFound, code: "not-found", message: "Introuvable : \(what).") }
    static let unauthenticated = ServiceError(.unauthorized, code: "unauthenticated", message: "Connexion requise.")
    static let forbidden = ServiceError(.forbidden, code: "forbidden", message: "Vous n'avez pas accès à cette unité ou à cette action.")
    static let csrf = ServiceError(.forbidden, code: "csrf-token-invalid", message: "Jeton de sécurité (CSRF) absent ou invalide : rechargez la page.")
    static let badCredentials = ServiceError(.unauthorized, code: "bad-credentials", message: "Identifiant ou mot de passe incorrect.")
    static func throttled(seconds: Int) -> ServiceError {
        .init(.tooManyRequests, code: "too-many-attempts", message: "Trop de tentatives de connexion : réessayez dans \(max(1, seconds / 60)) min.")
    }
    /// The request took longer than the configured limit (`RequestTimeoutMiddleware`).
    static func requestTimeout(seconds: Double?) -> ServiceError {
        .init(.serviceUnavailable, code: "request-timeout", message: "Le service n'a pas pu répondre à temps : réessayez dans un instant.",
              detail: seconds.map { "request abandoned after \($0) s" } ?? "request abandoned")
    }
    static func tooLarge(limit: Int) -> ServiceError {
        .init(.contentTooLarge, code: "body-too-large", message: "Requête trop volumineuse (limite : \(limit / 1024) Kio).")
    }

    /// Maps any error met while handling a request to a service error.
    public init(_ error: any Error) {
        switch error {
        case let error as ServiceError: self = error
        case let error as StoreError: self = Self.from(error)
        case let error as ScenarioError:
            self.init(.badRequest, code: "invalid-input", message: "Données invalides : \(error.description)")
        case is DecodingError:
            self.init(.badRequest, code: "invalid-json", message: "Corps de requête illisible : JSON ou formulaire mal formé, ou champ manquant.",
                      detail: "\(error)")
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            self.init(.contentTooLarge, code: "body-too-large", message: "Requête trop volumineuse.")
        case let error as HTTPError:
            switch error.status {
            case .notFound: self.init(.notFound, code: "not-found", message: "Cette adresse n'existe pas.")
            case .contentTooLarge: self.init(.contentTooLarge, code: "body-too-large", message: "Requête trop volumineuse.")
            case .methodNotAllowed: self.init(.methodNotAllowed, code: "method-not-allowed", message: "Méthode non permise pour cette adresse.")
            case .unauthorized: self = .unauthenticated
            case .forbidden: self = .forbidden
            default:
                if error.status.code < 500 {
                    self.init(error.status, code: "bad-request", message: "Requête invalide : \(error.body ?? error.status.reasonPhrase).")
                } else {
                    self.init(.internalServerError, code: "internal", message: "Erreur interne du service.", detail: "\(error)")
                }
            }
        default:
            self.init(.internalServerError, code: "internal", message: "Erreur interne du service.", detail: "\(error)")
        }
    }

    static func from(_ error: StoreError) -> ServiceError {
        switch error {
        case .notFound(let what): .init(.notFound, code: "not-found", message: "Introuvable : \(what).")
        case .input(let issue): .init(.badRequest, code: "invalid-input", message: issue.description)
        case .signOff(let refusal): .init(.conflict, code: "workflow-refused", message: refusal.message.fr, detail: refusal.message.en)
        case .nothingChanged: .init(.conflict, code: "nothing-changed", message: error.description)
        case .accountExists: .init(.conflict, code: "account-exists", message: error.description)
        case .jobState: .init(.conflict, code: "job-state", message: error.description)
        case .database, .corruptContent:
            .init(.internalServerError, code: "storage", message: "La base de données ne peut pas être utilisée.", detail: error.description)
        }
    }
}

extension ServiceError: HTTPResponseError {
    /// `{"error": {"code": …, "message": …, "detail": …}}`.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: .init(code: code, message: message, detail: detail))
        let data = (try? JSONEncoder().encode(body)) ?? Data(#"{"error":{"code":"internal","message":"Erreur interne du service."}}"#.utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct ErrorBody: Codable {
        struct Payload: Codable {
            var code: String
            var message: String
            var detail: String?
        }
        var error: Payload
    }
}
