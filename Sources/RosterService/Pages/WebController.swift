import Foundation
import Hummingbird
import RosterStore
import Scheduling

/// The French web pages: login, « Mes unités », the month grid, the sign-off page, the print
/// view, and the form posts (generate a proposal, cancel it, review steps). Forms post
/// `application/x-www-form-urlencoded` with the session's CSRF token; each post ends with a
/// redirection (303) so that reloading a page never repeats a step.
struct WebController: Sendable {
    let environment: ServiceEnvironment
    /// Latest jobs listed on « Mes unités ».
    static let jobsShown = 30

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.get("connexion") { _, context in
            context.session != nil ? Response.redirect(to: "/", type: .found) : LoginPage().page().response()
        }
        router.post("connexion", use: login)
        router.post("deconnexion", use: logout)
        router.get("/", use: home)
        router.post("calculs", use: submitJob)
        router.post("calculs/:job/annuler", use: cancelJob)
        router.get("plannings/:roster/versions/:version", use: grid)
        router.get("plannings/:roster/versions/:version/signature") { request, context in
            try signOffPage(context, message: Notice.from(query: request.uri.queryParameters.get("ok"))).response()
        }
        router.get("plannings/:roster/versions/:version/impression", use: printView)
        router.post("plannings/:roster/versions/:version/revue", use: reviewStep)
        router.get("plannings/:roster/versions/:version/cases/:staff/:date", use: cellPanel)
        router.post("plannings/:roster/versions/:version/cases/:staff/:date", use: changeCell)
    }

    @Sendable func login(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let name = form["name"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        do throws(ServiceError) {
            let session = try await environment.login(name: name, password: form["password"] ?? "")
            var response = Response.redirect(to: "/", type: .normal)
            response.setCookie(SessionCookie.make(session))
            return response
        } catch {
            return LoginPage(error: error.message, name: name).page().response(status: error.status)
        }
    }

    @Sendable func logout(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        if let session = context.session { await environment.sessions.close(token: session.token) }
        var response = Response.redirect(to: "/connexion", type: .normal)
        response.setCookie(SessionCookie.expired())
        return response
    }

    @Sendable func home(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        return HomePage(session: session, scenarios: try environment.readableScenarios(session), rosters: try environment.readableRosters(session),
                        jobs: try await environment.readableJobs(session, limit: Self.jobsShown, after: nil).jobs, message: Notice.from(query: request.uri.queryParameters.get("ok"))).page().response()
    }

    @Sendable func submitJob(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        guard let scenario = Int64(try form.require("scenario", label: "scénario")) else { throw ServiceError.badRequest("Scénario invalide.") }
        guard let seconds = Double(form["duree"] ?? "30"), let seed = Int64(form["graine"]?.trimmingCharacters(in: .whitespaces) ?? "1") else {
            throw ServiceError.badRequest("Durée ou graine invalide : des nombres entiers sont attendus.")
        }
        try session.access.requireWrite(unit: try environment.unitName(ofScenario: scenario))
        _ = try await environment.jobs.submit(scenarioId: scenario, timeLimitSeconds: seconds, seed: seed, engine: form["moteur"] ?? "hybrid",
                                              by: session.name)
        return Self.redirect("/", notice: .jobRequested)
    }

    @Sendable func cancelJob(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try context.parameters.require("job", as: Int64.self)
        let job = try environment.store { () throws(StoreError) in try environment.database.job(id: id) }
        try session.access.requireWrite(unit: try environment.unitName(ofScenario: job.scenarioId))
        try await environment.jobs.cancel(id: id, by: session.name)
        return Self.redirect("/", notice: .jobCancelled)
    }

    @Sendable func grid(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let (found, unit) = try environment.readableContext(session, roster: roster, version: try APIController.version(context))
        let versions = try environment.store { () throws(StoreError) in try environment.database.versionHeaders(rosterId: roster) }
        let edits = try environment.store { () throws(StoreError) in try environment.database.edits(versionId: found.version.id ?? 0) }
        let parent = versions.first { $0.id == found.version.parentVersionId }?.number
        let page = GridPage(session: session, rosterId: roster, unit: unit, detail: try environment.detail(found, rosterId: roster, unit: unit),
                            context: found, versions: versions.map(VersionView.init), edits: edits, parentNumber: parent,
                            notice: Notice.from(query: request.uri.queryParameters.get("ok")))
        return page.page().response()
    }

    @Sendable func printView(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let number = try APIController.version(context)
        let (found, _) = try environment.readableContext(try context.requireSession(), roster: try APIController.roster(context), version: number)
        return try RosterExport(context: found, number: number, format: "html", agent: nil).response()
    }

    @Sendable func cellPanel(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let (found, unit) = try environment.readableContext(session, roster: roster, version: try APIController.version(context))
        let cell = try CellChange(context: found, staff: try context.parameters.require("staff"), date: try context.parameters.require("date"))
        return CellPage(session: session, rosterId: roster, unit: unit, cell: cell, alternatives: try cell.alternatives()).page().response()
    }

    /// Saves the chosen alternative as a new version and shows its grid, changes marked.
    @Sendable func changeCell(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let number = try APIController.version(context)
        try session.access.requireWrite(unit: try environment.unitName(ofRoster: roster))
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let (staff, date, shift, note, actor) = (try context.parameters.require("staff"), try context.parameters.require("date"), form["shift"],
                                                 form["note"], session.name)
        let environment = environment
        let saved = try await environment.work.run { () throws(ServiceError) in
            try environment.changeCell(rosterId: roster, version: number, staff: staff, date: date, shift: shift, note: note, by: actor)
        }
        return Self.redirect("/plannings/\(roster)/versions/\(saved.version.number)", notice: .cellChanged)
    }

    func signOffPage(_ context: ServiceRequestContext, error: String? = nil, message: String? = nil) throws -> Page {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let (found, unit) = try environment.readableContext(session, roster: roster, version: try APIController.version(context))
        return SignOffPage(session: session, rosterId: roster, unit: unit, context: found, error: error, message: message).page()
    }

    /// One review step from the sign-off page; a refusal is shown on the page (409).
    @Sendable func reviewStep(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let number = try APIController.version(context)
        try session.access.requireWrite(unit: try environment.unitName(ofRoster: roster))
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let database = environment.database
        let actor = session.name
        let notice: Notice
        do {
            switch form["action"] ?? "" {
            case "start":
                _ = try environment.store { () throws(StoreError) in try database.startReview(rosterId: roster, number: number, by: actor) }
                notice = .reviewStarted
            case "acknowledge":
                let item = try form.require("item", label: "point d'attention")
                let note = form["note"].flatMap { $0.isEmpty ? nil : $0 }
                _ = try environment.store { () throws(StoreError) in try database.acknowledge(rosterId: roster, number: number, item: item, note: note, by: actor) }
                notice = .acknowledged
            case "override":
                let item = try form.require("item", label: "violation")
                let text = try form.require("justification", label: "justification")
                _ = try environment.store { () throws(StoreError) in try database.override(rosterId: roster, number: number, item: item, justification: text, by: actor) }
                notice = .overridden
            case "validate":
                _ = try environment.store { () throws(StoreError) in try database.validate(rosterId: roster, number: number, by: actor) }
                notice = .validated
            case "sign":
                _ = try environment.store { () throws(StoreError) in try database.sign(rosterId: roster, number: number, by: actor) }
                notice = .signed
            default:
                throw ServiceError.badRequest("Action inconnue.")
            }
        } catch let refusal as ServiceError where refusal.status == .conflict || refusal.status == .badRequest {
            return try signOffPage(context, error: refusal.message).response(status: refusal.status)
        }
        return Self.redirect("/plannings/\(roster)/versions/\(number)/signature", notice: notice)
    }

    static func redirect(_ path: String, notice: Notice) -> Response {
        Response.redirect(to: "\(path)?ok=\(notice.rawValue)", type: .normal)
    }
}
