import Foundation
import Hummingbird
import RosterStore
import Scheduling

/// The JSON API under `/api/v1`: session, units, scenarios, rosters and versions, review and
/// sign-off, exports, audit and solve jobs. Every route finds the unit of what it touches and
/// checks the session's rights on it before anything else.
struct APIController: Sendable {
    let environment: ServiceEnvironment

    struct LoginInput: Decodable { var name: String; var password: String }
    struct AcknowledgeInput: Decodable { var item: String; var note: String? }
    struct OverrideInput: Decodable { var item: String; var justification: String }
    struct CellInput: Decodable { var staff: String; var date: String; var shift: String?; var note: String? }
    struct JobInput: Decodable { var scenarioId: Int64; var timeLimitSeconds: Double?; var seed: Int64?; var engine: String? }

    func addRoutes(to router: Router<ServiceRequestContext>) {
        let api = router.group("api/v1")
        api.post("session", use: login)
        api.get("session") { _, context in SessionView(try context.requireSession()) }
        api.delete("session", use: logout)
        api.get("units", use: units)
        api.get("scenarios") { _, context in ListView(items: try environment.readableScenarios(try context.requireSession())) }
        api.post("scenarios", use: importScenario)
        api.get("rosters") { _, context in ListView(items: try environment.readableRosters(try context.requireSession())) }
        api.get("rosters/:roster/versions", use: versions)
        api.get("rosters/:roster/versions/:version", use: version)
        api.get("rosters/:roster/versions/:version/checklist") { _, context in
            let (found, _) = try environment.readableContext(try context.requireSession(), roster: try Self.roster(context), version: try Self.version(context))
            return ChecklistView(found)
        }
        api.get("rosters/:roster/versions/:version/export", use: export)
        api.post("rosters/:roster/versions/:version/review/start") { _, context in
            try step(context) { database, roster, version, actor throws(StoreError) in try database.startReview(rosterId: roster, number: version, by: actor) }
        }
        api.post("rosters/:roster/versions/:version/review/acknowledge") { request, context in
            let input = try await Self.decode(request, as: AcknowledgeInput.self, context: context)
            return try step(context) { database, roster, version, actor throws(StoreError) in
                try database.acknowledge(rosterId: roster, number: version, item: input.item, note: input.note, by: actor)
            }
        }
        api.post("rosters/:roster/versions/:version/review/override") { request, context in
            let input = try await Self.decode(request, as: OverrideInput.self, context: context)
            return try step(context) { database, roster, version, actor throws(StoreError) in
                try database.override(rosterId: roster, number: version, item: input.item, justification: input.justification, by: actor)
            }
        }
        api.post("rosters/:roster/versions/:version/review/validate") { _, context in
            try step(context) { database, roster, version, actor throws(StoreError) in try database.validate(rosterId: roster, number: version, by: actor) }
        }
        api.post("rosters/:roster/versions/:version/review/sign", use: sign)
        api.get("rosters/:roster/versions/:version/cells/:staff/:date") { _, context in
            let (found, _) = try environment.readableContext(try context.requireSession(), roster: try Self.roster(context), version: try Self.version(context))
            let cell = try CellChange(context: found, staff: try context.parameters.require("staff"), date: try context.parameters.require("date"))
            return ListView(items: try cell.alternatives())
        }
        api.post("rosters/:roster/versions/:version/cells", use: changeCell)
        api.get("audit/verify", use: verifyAudit)
        api.get("jobs", use: jobs)
        api.post("jobs", use: submitJob)
        api.get("jobs/:job", use: job)
        api.post("jobs/:job/cancel", use: cancelJob)
    }

    // MARK: Session

    @Sendable func login(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let input = try await Self.decode(request, as: LoginInput.self, context: context)
        let session = try await environment.login(name: input.name, password: input.password)
        var response = try SessionView(session).response(from: request, context: context)
        response.setCookie(SessionCookie.make(session))
        return response
    }

    @Sendable func logout(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        await environment.sessions.close(token: session.token)
        var response = Response(status: .noContent)
        response.setCookie(SessionCookie.expired())
        return response
    }

    // MARK: Units and scenarios

    @Sendable func units(_ request: Request, context: ServiceRequestContext) async throws -> ListView<UnitView> {
        let session = try context.requireSession()
        let units = try environment.store { () throws(StoreError) in try environment.database.units() }
        return ListView(items: units.filter { session.access.canRead(unit: $0.name) }.map { UnitView(id: $0.id ?? 0, name: $0.name) })
    }

    /// The body is the scenario file itself; its `unit` decides who may import it.
    @Sendable func importScenario(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        var request = request
        let body = Data(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
        let scenario: Scenario
        do throws(ScenarioError) { scenario = try ScenarioFile.decode(Scenario.self, from: body, source: "requête") } catch {
            throw ServiceError.badRequest("Scénario invalide : \(error.description)")
        }
        try session.access.requireWrite(unit: scenario.unit ?? scenario.name)
        let result = try environment.store { () throws(StoreError) in try environment.database.importScenario(body, source: "api", by: session.name) }
        let view = ImportView(scenario: ScenarioView(result.scenario, unit: scenario.unit ?? scenario.name), isNew: result.isNew)
        var response = try view.response(from: request, context: context)
        response.status = result.isNew ? .created : .ok
        return response
    }

    // MARK: Rosters and versions

    @Sendable func versions(_ request: Request, context: ServiceRequestContext) async throws -> ListView<VersionView> {
        let session = try context.requireSession()
        let roster = try Self.roster(context)
        try session.access.requireRead(unit: try environment.unitName(ofRoster: roster))
        let versions = try environment.store { () throws(StoreError) in try environment.database.versionHeaders(rosterId: roster) }
        return ListView(items: versions.map(VersionView.init))
    }

    @Sendable func version(_ request: Request, context: ServiceRequestContext) async throws -> VersionDetailView {
        let roster = try Self.roster(context)
        let (found, unit) = try environment.readableContext(try context.requireSession(), roster: roster, version: try Self.version(context))
        return try environment.detail(found, rosterId: roster, unit: unit)
    }

    /// `?format=csv|html|ics`; `ics` needs `&agent=ID` (one calendar per agent).
    @Sendable func export(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let number = try Self.version(context)
        let (found, _) = try environment.readableContext(try context.requireSession(), roster: try Self.roster(context), version: number)
        let format = request.uri.queryParameters.get("format") ?? "html"
        let export = try RosterExport(context: found, number: number, format: format, agent: request.uri.queryParameters.get("agent"))
        return export.response()
    }

    /// Runs one review step as the signed-in person, after checking her right to edit the unit.
    func step(_ context: ServiceRequestContext,
              _ body: (RosterDatabase, Int64, Int, String) throws(StoreError) -> SignOffWorkflow) throws -> WorkflowView {
        let session = try context.requireSession()
        let roster = try Self.roster(context)
        let number = try Self.version(context)
        try session.access.requireWrite(unit: try environment.unitName(ofRoster: roster))
        let workflow = try environment.store { () throws(StoreError) in try body(environment.database, roster, number, session.name) }
        let checked = try environment.store { () throws(StoreError) in try environment.database.context(rosterId: roster, number: number) }
        let open = workflow.openItems(checked.checklist)
        return WorkflowView(state: workflow.state, openHardViolations: open.hard, openAttentionPoints: open.attention)
    }

    @Sendable func sign(_ request: Request, context: ServiceRequestContext) async throws -> SignatureView {
        let session = try context.requireSession()
        let roster = try Self.roster(context)
        let number = try Self.version(context)
        try session.access.requireWrite(unit: try environment.unitName(ofRoster: roster))
        let record = try environment.store { () throws(StoreError) in try environment.database.sign(rosterId: roster, number: number, by: session.name) }
        return SignatureView(signature: record)
    }

    /// Changes one cell: a new version (state `proposed`) whose parent is this one.
    @Sendable func changeCell(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try Self.roster(context)
        let number = try Self.version(context)
        try session.access.requireWrite(unit: try environment.unitName(ofRoster: roster))
        let input = try await Self.decode(request, as: CellInput.self, context: context)
        let actor = session.name
        let saved = try await environment.work.run { () throws(ServiceError) in
            try environment.changeCell(rosterId: roster, version: number, staff: input.staff, date: input.date,
                                       shift: input.shift, note: input.note, by: actor)
        }
        var response = try CellChangeView(version: VersionView(saved.version, engine: "cadre"), changedCells: saved.edits.count).response(from: request, context: context)
        response.status = .created
        response.headers[.location] = "/api/v1/rosters/\(roster)/versions/\(saved.version.number)"
        return response
    }

    // MARK: Audit

    /// The whole log spans every unit: administrators only.
    @Sendable func verifyAudit(_ request: Request, context: ServiceRequestContext) async throws -> AuditView {
        let session = try context.requireSession()
        guard session.access.isAdministrator else { throw ServiceError.forbidden }
        let verification = try environment.store { () throws(StoreError) in try environment.database.verifyAudit() }
        let mismatches = try environment.store { () throws(StoreError) in try environment.database.verifyContent() }
        return AuditView(intact: verification.isIntact && mismatches.isEmpty, entriesChecked: verification.entriesChecked,
                         lastHash: verification.lastHash, problems: verification.problems.map(\.description),
                         contentMismatches: mismatches.map { "\($0.subject) (\($0.recordedIn))" })
    }

    // MARK: Jobs

    /// `?limit=` (1–500, default 50) and `?after=` (the `nextAfter` of the previous page).
    @Sendable func jobs(_ request: Request, context: ServiceRequestContext) async throws -> JobListView {
        let session = try context.requireSession()
        let query = request.uri.queryParameters
        let limit = try query.get("limit").map { text in
            guard let value = Int(text), (1...Self.maxJobsPerPage).contains(value) else {
                throw ServiceError.badRequest("Paramètre limit invalide : un entier de 1 à \(Self.maxJobsPerPage) est attendu.")
            }
            return value
        } ?? Self.defaultJobsPerPage
        let after = try query.get("after").map { text in
            guard let value = Int64(text) else { throw ServiceError.badRequest("Paramètre after invalide : un numéro de calcul est attendu.") }
            return value
        }
        return try await environment.readableJobs(session, limit: limit, after: after)
    }

    static let defaultJobsPerPage = 50
    static let maxJobsPerPage = 500

    @Sendable func submitJob(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let input = try await Self.decode(request, as: JobInput.self, context: context)
        let unit = try environment.unitName(ofScenario: input.scenarioId)
        try session.access.requireWrite(unit: unit)
        let job = try await environment.jobs.submit(scenarioId: input.scenarioId, timeLimitSeconds: input.timeLimitSeconds ?? 60,
                                                    seed: input.seed ?? 1, engine: input.engine ?? "hybrid", by: session.name)
        var response = try JobView(job, unit: unit).response(from: request, context: context)
        response.status = .accepted
        response.headers[.location] = "/api/v1/jobs/\(job.id ?? 0)"
        return response
    }

    @Sendable func job(_ request: Request, context: ServiceRequestContext) async throws -> JobView {
        let session = try context.requireSession()
        let id = try context.parameters.require("job", as: Int64.self)
        let job = try environment.store { () throws(StoreError) in try environment.database.job(id: id) }
        let unit = try environment.unitName(ofScenario: job.scenarioId)
        try session.access.requireRead(unit: unit)
        return await environment.jobView(job, unit: unit)
    }

    @Sendable func cancelJob(_ request: Request, context: ServiceRequestContext) async throws -> JobView {
        let session = try context.requireSession()
        let id = try context.parameters.require("job", as: Int64.self)
        let job = try environment.store { () throws(StoreError) in try environment.database.job(id: id) }
        let unit = try environment.unitName(ofScenario: job.scenarioId)
        try session.access.requireWrite(unit: unit)
        try await environment.jobs.cancel(id: id, by: session.name)
        return JobView(try environment.store { () throws(StoreError) in try environment.database.job(id: id) }, unit: unit)
    }

    // MARK: Parameters

    /// Decodes a JSON body within the size limit; a malformed body is `invalid-json`.
    static func decode<T: Decodable>(_ request: Request, as type: T.Type, context: ServiceRequestContext) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw ServiceError(.badRequest, code: "invalid-json",
                               message: "Corps de requête illisible : JSON mal formé ou champ manquant.", detail: "\(error)")
        }
    }

    static func roster(_ context: ServiceRequestContext) throws(ServiceError) -> Int64 {
        guard let value = context.parameters.get("roster", as: Int64.self) else {
            throw .badRequest("Numéro de planning invalide.", code: "invalid-parameter")
        }
        return value
    }

    static func version(_ context: ServiceRequestContext) throws(ServiceError) -> Int {
        guard let value = context.parameters.get("version", as: Int.self), value > 0 else {
            throw .badRequest("Numéro de version invalide.", code: "invalid-parameter")
        }
        return value
    }
}
