import Foundation
import RosterStore
import Scheduling

extension ServiceEnvironment {
    /// What a cadre asks of a version: variants, a repair or a stress batch, with the job's
    /// whole budget and seed.
    struct DerivedRequest: Sendable {
        var kind: JobKind
        var timeLimitSeconds: Double
        var seed: Int64
        var profiles: [String] = []
        var allowOvertime: Bool = false
        /// The cadre's own disruptions, by kind, in `sched-cli stress` notation; none: the standard batch.
        var disruptions: StressRequest = StressRequest()
    }

    /// Disruptions written by the cadre, by kind (`15%:week3`, `N/IDE+1@week4`, `ASH:week2`,
    /// `IDE01,IDE02:2026-06-08..2026-06-10`).
    struct StressRequest: Sendable, Hashable {
        var absenceWaves: [String] = []
        var surges: [String] = []
        var skillLosses: [String] = []
        var absences: [String] = []
        /// The ANAP exercise as run on the day: 10 IDE sick over the middle week, then 11 IDE
        /// per shift to the end of the period, overtime allowed.
        var anapExercise = false

        var isEmpty: Bool { absenceWaves.isEmpty && surges.isEmpty && skillLosses.isEmpty && absences.isEmpty && !anapExercise }
    }

    /// Queues a derived job on a version after checking the session may act on its unit and the
    /// request is sound; a repair keeps the cells the cadre changed on the way to this version.
    func submitDerived(_ session: Session, roster: Int64, version: Int, _ request: DerivedRequest) async throws(ServiceError) -> StoredJob {
        try await session.access.requireWrite(unit: try unitName(ofRoster: roster))
        guard request.timeLimitSeconds.isFinite, request.timeLimitSeconds >= 1, request.timeLimitSeconds <= 3600 else {
            throw .badRequest("La durée de calcul doit être comprise entre 1 et 3600 secondes.", code: "invalid-time-limit")
        }
        guard request.seed >= 0 else { throw .badRequest("La graine doit être un entier positif ou nul.", code: "invalid-seed") }
        var options = DerivedJobOptions()
        switch request.kind {
        case .solve:
            throw .badRequest("Un calcul initial part d'un scénario : POST /api/v1/jobs.")
        case .variants:
            guard !request.profiles.isEmpty else {
                throw .badRequest("Choisissez au moins une priorité pour les variantes.", code: "invalid-profile")
            }
            for profile in request.profiles where PriorityProfile(rawValue: profile) == nil {
                throw .badRequest("Priorité inconnue « \(profile) » : \(PriorityProfile.allCases.map(\.rawValue).joined(separator: ", ")).",
                                  code: "invalid-profile")
            }
            guard Set(request.profiles).count == request.profiles.count else {
                throw .badRequest("Chaque priorité ne peut être demandée qu'une fois.", code: "invalid-profile")
            }
            options.profiles = request.profiles
        case .repair:
            options.locks = try await cadreCells(roster: roster, version: version).kept
        case .stress:
            options.allowOvertime = request.allowOvertime
            if !request.disruptions.isEmpty {
                options.disruptions = try await stressArguments(request.disruptions, roster: roster, version: version, seed: request.seed)
            }
        }
        let waiting: Int
        do throws(StoreError) { waiting = try await jobs.queuedCount() } catch { throw ServiceError.from(error) }
        guard waiting < jobs.capacity else {
            throw ServiceError(.serviceUnavailable, code: "queue-full",
                               message: "La file de calcul est pleine (\(jobs.capacity) demandes en attente) : réessayez plus tard.")
        }
        let job = try await store { () async throws(StoreError) in
            try await database.submitDerivedJob(kind: request.kind, rosterId: roster, version: version, timeLimitSeconds: request.timeLimitSeconds,
                                          seed: request.seed, options: options.text, by: session.name)
        }
        jobs.poke()
        return job
    }

    /// The cadre's disruptions as `sched-cli stress` arguments, each parsed and resolved for the
    /// unit first (a week outside the period, an unknown agent, shift or skill…): every problem
    /// is reported at once as `invalid-disruption`, before anything is queued.
    func stressArguments(_ request: StressRequest, roster: Int64, version: Int, seed: Int64) async throws(ServiceError) -> [String] {
        var parsed: [StressDisruption] = []
        var issues: [String] = []
        let kinds: [([String], (String) throws(StressError) -> StressDisruption)] = [
            (request.absenceWaves, StressDisruption.absenceWave(notation:)), (request.surges, StressDisruption.surge(notation:)),
            (request.skillLosses, StressDisruption.skillLoss(notation:)), (request.absences, StressDisruption.absent(notation:)),
        ]
        for (values, parse) in kinds {
            for value in values.map({ $0.trimmingCharacters(in: .whitespaces) }) where !value.isEmpty {
                do throws(StressError) { parsed.append(try parse(value)) } catch { issues.append(error.description) }
            }
        }
        if request.anapExercise { parsed.append(.anap) }
        if issues.isEmpty {
            let problem = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: version) }.problem
            for disruption in parsed {
                do throws(StressError) { _ = try StressCase(disruption, problem: problem, seed: UInt64(seed)) } catch { issues.append(error.description) }
            }
        }
        guard issues.isEmpty else {
            throw .badRequest("Perturbation impossible pour cette unité : " + issues.joined(separator: " ; "), code: "invalid-disruption")
        }
        return parsed.flatMap(\.arguments)
    }

    /// The cells the cadre wrote herself on the way to this version (edit rows of the version and
    /// its ancestors not made by a job), at their value in this version: a repair keeps them.
    /// Those the scenario cannot lock are `refused` — a shift the agent may not work, a shift on a
    /// day of absence, a cell the scenario already locks —: the repair is free to move them.
    func cadreCells(roster: Int64, version number: Int) async throws(ServiceError) -> (kept: [CellLock], refused: [CellLock]) {
        let versions = try await store { () async throws(StoreError) in try await database.versions(rosterId: roster) }
        guard let target = versions.first(where: { $0.number == number }) else { throw .notFound("planning \(roster) version \(number)") }
        let context = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: number) }
        let problem = context.problem
        let rows = Dictionary(context.roster.rows.map { ($0.staff, $0.shifts) }, uniquingKeysWith: { first, _ in first })
        let byId = Dictionary(versions.compactMap { version in version.id.map { ($0, version) } }, uniquingKeysWith: { first, _ in first })
        var cells: Set<CellAddress> = []
        var current: StoredVersion? = target
        var seen: Set<Int64> = []
        while let version = current, let id = version.id, seen.insert(id).inserted {
            let edits = try await store { () async throws(StoreError) in try await database.edits(versionId: id) }
            for edit in edits where !edit.editedBy.contains(":calcul ") {
                if let date = CivilDate(iso: edit.date) { cells.insert(CellAddress(staff: StaffID(edit.staff), date: date)) }
            }
            current = version.parentVersionId.flatMap { byId[$0] }
        }
        let period = problem.scenario.period
        var kept: [CellLock] = [], refused: [CellLock] = []
        for cell in cells.sorted(by: { ($0.date, $0.staff.rawValue) < ($1.date, $1.staff.rawValue) }) {
            guard period.contains(cell.date), let s = problem.staffIndex[cell.staff], let shifts = rows[cell.staff] else { continue }
            let d = period.index(of: cell.date)
            let lock = CellLock(staff: cell.staff, date: cell.date, shift: d < shifts.count ? shifts[d] : nil)
            let member = problem.scenario.staff[s]
            let forbidden = lock.shift.map { shift in
                !(member.allowedShifts?.contains(shift) ?? true) || (member.maxShifts?[shift] ?? 1) == 0 || problem.absence[s][d] != nil
            } ?? false
            if forbidden || problem.lock[s][d] != nil { refused.append(lock) } else { kept.append(lock) }
        }
        return (kept, refused)
    }

    /// The derived jobs started from the versions of a roster, newest first.
    func derivedJobs(roster: Int64) async throws(ServiceError) -> [StoredJob] {
        let versions = try await store { () async throws(StoreError) in try await database.versions(rosterId: roster) }
        let ids = Set(versions.compactMap(\.id))
        let all = try await store { () async throws(StoreError) in try await database.jobs() }
        return all.filter { $0.kind.isDerived && $0.sourceVersionId.map(ids.contains) == true }
    }

    /// The number of a job's source version.
    func sourceVersionNumber(of job: StoredJob) async throws(ServiceError) -> Int? {
        guard let id = job.sourceVersionId else { return nil }
        return try await store { () async throws(StoreError) in try await database.versionNumber(id: id) }
    }

    /// The side-by-side indicators of versions of a roster (coverage, requests met, spreads of
    /// nights and weekends, hours deviation, overtime, hard violations, gap), after checking that
    /// the session may read the unit.
    func comparison(_ session: Session, roster: Int64, versions numbers: [Int]) async throws(ServiceError) -> VersionComparisonView {
        let unit = try await unitName(ofRoster: roster)
        try session.access.requireRead(unit: unit)
        guard !numbers.isEmpty, numbers.count <= 12 else {
            throw .badRequest("Donnez entre 1 et 12 numéros de version à comparer.", code: "invalid-parameter")
        }
        var rows: [VersionComparisonView.Row] = []
        for number in numbers {
            let context = try await store { () async throws(StoreError) in try await database.context(rosterId: roster, number: number) }
            let grid: ShiftGrid
            do throws(ScenarioError) { grid = try context.problem.grid(for: context.roster) } catch {
                throw ServiceError.badRequest(error.description)
            }
            let comparison = RosterComparison(name: "v\(number)", problem: context.problem, grid: grid, report: context.report,
                                              provenance: context.roster.provenance)
            rows.append(VersionComparisonView.Row(version: VersionView(context.version, engine: context.roster.provenance?.engine), indicators: comparison))
        }
        return VersionComparisonView(rosterId: roster, unit: unit, versions: rows)
    }
}
