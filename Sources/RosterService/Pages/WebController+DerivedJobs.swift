import Foundation
import Hummingbird
import RosterStore
import Scheduling

extension WebController {
    /// From a version: variants, repair and stress jobs; the comparison of versions side by
    /// side; a finished job's report.
    func addDerivedJobRoutes(to router: Router<ServiceRequestContext>) {
        router.get("plannings/:roster/versions/:version/calculs", use: versionJobs)
        router.post("plannings/:roster/versions/:version/variantes") { request, context in
            let form = try await Self.form(request, context)
            let profiles = PriorityProfile.allCases.map(\.rawValue).filter { form["profil-\($0)"] != nil }
            return try await submitDerived(context, .init(kind: .variants, timeLimitSeconds: try Self.number(form["duree"], default: 120),
                                                          seed: try Self.seed(form["graine"]), profiles: profiles), notice: .variantsRequested)
        }
        router.post("plannings/:roster/versions/:version/reparation") { request, context in
            let form = try await Self.form(request, context)
            return try await submitDerived(context, .init(kind: .repair, timeLimitSeconds: try Self.number(form["duree"], default: 30),
                                                          seed: try Self.seed(form["graine"])), notice: .repairRequested)
        }
        router.post("plannings/:roster/versions/:version/test-de-charge") { request, context in
            let form = try await Self.form(request, context)
            let written = { (name: String) in (form[name] ?? "").split(separator: ";").map(String.init) }
            let disruptions = ServiceEnvironment.StressRequest(absenceWaves: written("vague"), surges: written("afflux"),
                                                               skillLosses: written("perte"), absences: written("absents"),
                                                               anapExercise: form["anap"] != nil)
            return try await submitDerived(context, .init(kind: .stress, timeLimitSeconds: try Self.number(form["duree"], default: 60),
                                                          seed: try Self.seed(form["graine"]), allowOvertime: form["heures-sup"] != nil,
                                                          disruptions: disruptions),
                                           notice: .stressRequested)
        }
        router.get("plannings/:roster/comparaison") { request, context in
            let session = try context.requireSession()
            let view = try await environment.comparison(session, roster: try APIController.roster(context),
                                                  versions: try APIController.versionList(request.uri.queryParameters.get("versions")))
            return ComparisonPage(session: session, view: view).page().response()
        }
        router.get("calculs/:job/rapport", use: jobReport)
    }

    @Sendable func versionJobs(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let number = try APIController.version(context)
        let (found, unit) = try await environment.readableContext(session, roster: roster, version: number)
        var rows: [VersionJobsPage.JobRow] = []
        for job in try await environment.derivedJobs(roster: roster) {
            await rows.append(.init(job: job, sourceVersion: try environment.sourceVersionNumber(of: job)))
        }
        let page = await VersionJobsPage(session: session, rosterId: roster, unit: unit, context: found, jobs: rows,
                                   cadreCells: session.access.canWrite(unit: unit) ? try environment.cadreCells(roster: roster, version: number) : ([], []),
                                   notice: Notice.from(query: request.uri.queryParameters.get("ok")))
        return page.page().response()
    }

    func submitDerived(_ context: ServiceRequestContext, _ asked: ServiceEnvironment.DerivedRequest, notice: Notice) async throws -> Response {
        let session = try context.requireSession()
        let roster = try APIController.roster(context)
        let number = try APIController.version(context)
        _ = try await environment.submitDerived(session, roster: roster, version: number, asked)
        return Self.redirect("/plannings/\(roster)/versions/\(number)/calculs", notice: notice)
    }

    /// A finished derived job: the variants' comparison, the repair's changes, the stress report.
    @Sendable func jobReport(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try context.parameters.require("job", as: Int64.self)
        let job = try await environment.store { () async throws(StoreError) in try await environment.database.job(id: id) }
        let unit = try await environment.unitName(ofScenario: job.scenarioId)
        try session.access.requireRead(unit: unit)
        guard job.kind.isDerived, job.state == .succeeded, let roster = job.rosterId else {
            throw ServiceError(.conflict, code: "job-not-finished", message: "Ce calcul n'a pas de rapport à afficher (état : \(HomePage.jobLabel(job.state))).")
        }
        let source = try await environment.sourceVersionNumber(of: job) ?? 1
        switch job.kind {
        case .variants, .solve:
            let versions = [source] + job.savedVersionNumbers
            return Response.redirect(to: "/plannings/\(roster)/comparaison?versions=\(versions.map(String.init).joined(separator: ","))", type: .normal)
        case .repair:
            let view = try await environment.diff(session, roster: roster, from: source, to: job.savedVersionNumbers.first ?? source)
            return RepairReportPage(session: session, job: job, view: view).page().response()
        case .stress:
            let report: StressReport
            do throws(ScenarioError) {
                report = try ScenarioFile.decode(StressReport.self, from: Data((job.summary ?? "").utf8), source: "job \(id)")
            } catch {
                throw ServiceError(.internalServerError, code: "storage", message: "Le rapport de ce test de charge est illisible.", detail: error.description)
            }
            return StressReportPage(session: session, job: job, rosterId: roster, sourceVersion: source, unit: unit, report: report).page().response()
        }
    }

    static func form(_ request: Request, _ context: ServiceRequestContext) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
    }

    static func number(_ text: String?, default value: Double) throws(ServiceError) -> Double {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return value }
        guard let number = Double(text) else { throw .badRequest("Durée invalide : un nombre de secondes est attendu.", code: "invalid-time-limit") }
        return number
    }

    static func seed(_ text: String?) throws(ServiceError) -> Int64 {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 1 }
        guard let seed = Int64(text) else { throw .badRequest("Graine invalide : un entier est attendu.", code: "invalid-seed") }
        return seed
    }
}
