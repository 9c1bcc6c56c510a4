import Foundation
import Hummingbird
import RosterStore
import Scheduling

extension APIController {
    struct VariantsInput: Decodable { var profiles: [String]; var timeLimitSeconds: Double?; var seed: Int64? }
    struct RepairInput: Decodable { var timeLimitSeconds: Double?; var seed: Int64? }
    struct StressInput: Decodable {
        var timeLimitSeconds: Double?
        var seed: Int64?
        var allowOvertime: Bool?
        var absenceWaves: [String]?
        var surges: [String]?
        var skillLosses: [String]?
        var absences: [String]?
        var anapExercise: Bool?
    }

    /// Variants, repair and stress jobs on a version, the comparison of versions side by side,
    /// and a finished job's report.
    func addDerivedJobRoutes(to api: RouterGroup<ServiceRequestContext>) {
        api.post("rosters/:roster/versions/:version/variants") { request, context in
            let input = try await Self.decode(request, as: VariantsInput.self, context: context)
            return try await derived(request, context, .init(kind: .variants, timeLimitSeconds: input.timeLimitSeconds ?? 120, seed: input.seed ?? 1,
                                                              profiles: input.profiles))
        }
        api.post("rosters/:roster/versions/:version/repair") { request, context in
            let input = try await Self.decode(request, as: RepairInput.self, context: context)
            return try await derived(request, context, .init(kind: .repair, timeLimitSeconds: input.timeLimitSeconds ?? 30, seed: input.seed ?? 1))
        }
        api.post("rosters/:roster/versions/:version/stress") { request, context in
            let input = try await Self.decode(request, as: StressInput.self, context: context)
            let disruptions = ServiceEnvironment.StressRequest(absenceWaves: input.absenceWaves ?? [], surges: input.surges ?? [],
                                                               skillLosses: input.skillLosses ?? [], absences: input.absences ?? [],
                                                               anapExercise: input.anapExercise ?? false)
            return try await derived(request, context, .init(kind: .stress, timeLimitSeconds: input.timeLimitSeconds ?? 60, seed: input.seed ?? 1,
                                                              allowOvertime: input.allowOvertime ?? false, disruptions: disruptions))
        }
        api.get("rosters/:roster/comparison") { request, context in
            try await environment.comparison(try context.requireSession(), roster: try Self.roster(context),
                                       versions: try Self.versionList(request.uri.queryParameters.get("versions")))
        }
        api.get("jobs/:job/report", use: jobReport)
    }

    func derived(_ request: Request, _ context: ServiceRequestContext, _ asked: ServiceEnvironment.DerivedRequest) async throws -> Response {
        let session = try context.requireSession()
        let roster = try Self.roster(context)
        let job = try await environment.submitDerived(session, roster: roster, version: try Self.version(context), asked)
        var response = try JobView(job, unit: try await environment.unitName(ofRoster: roster)).response(from: request, context: context)
        response.status = .accepted
        response.headers[.location] = "/api/v1/jobs/\(job.id ?? 0)"
        return response
    }

    /// The JSON a finished derived job's child wrote: the variants' comparison, the repair's
    /// summary (cells changed, other moves, changes), or the stress report (`StressReport`).
    @Sendable func jobReport(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try context.parameters.require("job", as: Int64.self)
        let job = try await environment.store { () async throws(StoreError) in try await environment.database.job(id: id) }
        try await session.access.requireRead(unit: try environment.unitName(ofScenario: job.scenarioId))
        guard job.state == .succeeded, let summary = job.summary else {
            throw ServiceError(.conflict, code: "job-not-finished", message: "Ce calcul n'a pas (encore) de rapport : état \(job.state.rawValue).")
        }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: summary)))
    }

    /// `2,3,4` → [2, 3, 4]; anything else is `invalid-parameter`.
    static func versionList(_ text: String?) throws(ServiceError) -> [Int] {
        guard let text, !text.isEmpty else { throw .badRequest("Paramètre manquant : versions (par exemple 2,3,4).", code: "invalid-parameter") }
        var numbers: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let number = Int(part.trimmingCharacters(in: .whitespaces)), number > 0 else {
                throw .badRequest("Numéro de version invalide : « \(part) ».", code: "invalid-parameter")
            }
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers
    }
}
