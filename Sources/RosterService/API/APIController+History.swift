import Hummingbird

extension APIController {
    /// The history of a roster and the diff between any two of its versions.
    func addHistoryRoutes(to api: RouterGroup<ServiceRequestContext>) {
        api.get("rosters/:roster/history") { _, context in
            try await environment.history(try context.requireSession(), roster: try Self.roster(context))
        }
        api.get("rosters/:roster/diff") { request, context in
            let session = try context.requireSession()
            let roster = try Self.roster(context)
            let from = try Self.versionQuery(request, "from")
            let to = try Self.versionQuery(request, "to")
            return try await environment.diff(session, roster: roster, from: from, to: to)
        }
    }

    /// A version number given in the query (`?from=1`): a positive integer, else `invalid-parameter`.
    static func versionQuery(_ request: Request, _ name: String) throws(ServiceError) -> Int {
        guard let text = request.uri.queryParameters.get(name) else {
            throw .badRequest("Paramètre manquant : \(name) (numéro de version).", code: "invalid-parameter")
        }
        guard let value = Int(text), value > 0 else {
            throw .badRequest("Numéro de version invalide pour \(name) : « \(text) ».", code: "invalid-parameter")
        }
        return value
    }
}
