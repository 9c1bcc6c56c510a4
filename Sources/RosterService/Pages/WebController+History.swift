import Hummingbird

extension WebController {
    /// The history page of a roster and the diff page between any two of its versions.
    func addHistoryRoutes(to router: Router<ServiceRequestContext>) {
        router.get("plannings/:roster/historique") { _, context in
            let session = try context.requireSession()
            return HistoryPage(session: session, history: try await environment.history(session, roster: try APIController.roster(context))).page().response()
        }
        router.get("plannings/:roster/differences") { request, context in
            let session = try context.requireSession()
            let view = try await environment.diff(session, roster: try APIController.roster(context),
                                            from: try APIController.versionQuery(request, "de"), to: try APIController.versionQuery(request, "a"))
            return DiffPage(session: session, view: view).page().response()
        }
    }
}
