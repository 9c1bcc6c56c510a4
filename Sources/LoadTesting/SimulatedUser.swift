import Foundation
import NIOHTTP1

/// A cadre working on rosters: opens one, looks at a cell, changes it, reads the diff, and now
/// and then asks for a new proposal and checks on it, until the run's budget is spent.
struct SimulatedUser {
    var client: ServiceClient
    let configuration: LoadTestConfiguration
    let budget: RunBudget
    var rng: SeededGeneratorLite
    /// Scenarios solves may be asked for.
    let scenarioIds: [Int64]
    var pendingJob: Int64?
    var solves: [Int64: SolveObservation] = [:]

    mutating func run() async {
        var round = 0
        while !budget.isOver {
            let routes = configuration.mix.routes(round: round, pendingJob: pendingJob != nil, maySubmit: !scenarioIds.isEmpty)
            guard await play(routes) else { break }
            round += 1
        }
    }

    /// One round; false when the budget ran out.
    mutating func play(_ routes: [Route]) async -> Bool {
        guard let rosters = await decode(.listRosters, .GET, "/api/v1/rosters", as: APIReply.List<APIReply.Roster>.self) else {
            return !budget.isOver
        }
        guard let roster = rosters.items.randomElement(using: &rng) else { return !budget.isOver }
        let versionPath = "/api/v1/rosters/\(roster.id)/versions/\(roster.versions)"
        var cell: (staff: String, date: String)?
        var edited: Int?
        for route in routes {
            await pause()
            switch route {
            case .listRosters, .login:
                continue
            case .openGrid:
                guard let version = await decode(.openGrid, .GET, versionPath, as: APIReply.Version.self) else { break }
                cell = pickCell(version.roster)
            case .explainCell:
                guard let cell else { continue }
                guard let alternatives = await decode(.explainCell, .GET, "\(versionPath)/cells/\(cell.staff)/\(cell.date)",
                                                      as: APIReply.List<APIReply.Alternative>.self) else { break }
                let choices = alternatives.items.filter { !$0.current }
                guard let choice = choices.randomElement(using: &rng) else { continue }
                pendingEdit = try? JSONEncoder().encode(CellInput(staff: cell.staff, date: cell.date, shift: choice.shift))
            case .editCell:
                guard let edit = pendingEdit else { continue }
                pendingEdit = nil
                edited = await decode(.editCell, .POST, "\(versionPath)/cells", json: edit, as: APIReply.Edited.self)?.version.number
            case .diff:
                guard let edited else { continue }
                _ = await client.call(.diff, .GET, "/plannings/\(roster.id)/versions/\(edited)")
            case .submitSolve:
                await submitSolve()
            case .pollJob:
                await poll()
            }
            if budget.isOver { return false }
        }
        return !budget.isOver
    }

    var pendingEdit: Data?

    mutating func submitSolve() async {
        guard let scenario = scenarioIds.randomElement(using: &rng), budget.takeSolve() else { return }
        let json = (try? JSONEncoder().encode(JobInput(scenarioId: scenario, timeLimitSeconds: configuration.solveTimeLimitSeconds,
                                                       seed: Int(rng.next() % 1000), engine: configuration.engine))) ?? Data()
        if let job = await decode(.submitSolve, .POST, "/api/v1/jobs", json: json, as: APIReply.Job.self) {
            pendingJob = job.id
            solves[job.id] = job.observation
        } else {
            budget.returnSolve()
        }
    }

    mutating func poll() async {
        guard let id = pendingJob, let job = await decode(.pollJob, .GET, "/api/v1/jobs/\(id)", as: APIReply.Job.self) else { return }
        solves[id] = job.observation
        if job.observation.isFinished { pendingJob = nil }
    }

    /// After the run: polls the user's unfinished solve every half second until it ends or `until`.
    mutating func drain(until deadline: ContinuousClock.Instant) async {
        while let id = pendingJob, ContinuousClock.now < deadline {
            guard let answer = await client.callUnbudgeted(.pollJob, .GET, "/api/v1/jobs/\(id)"),
                  let job = try? JSONDecoder().decode(APIReply.Job.self, from: answer.body) else { break }
            solves[id] = job.observation
            if job.observation.isFinished { pendingJob = nil; break }
            try? await Task.sleep(for: .milliseconds(500))
        }
    }

    /// A worked cell of the grid (changing a worked cell is always possible: to a day off at least).
    mutating func pickCell(_ grid: APIReply.Version.Grid) -> (staff: String, date: String)? {
        let start = grid.period.start.split(separator: "-").compactMap { Int($0) }
        guard start.count == 3 else { return nil }
        for _ in 0..<20 {
            guard let row = grid.rows.randomElement(using: &rng), !row.shifts.isEmpty else { return nil }
            let day = Int.random(in: 0..<row.shifts.count, using: &rng)
            guard row.shifts[day] != nil else { continue }
            return (row.staff, Self.date(year: start[0], month: start[1], day: start[2], plus: day))
        }
        return nil
    }

    static func date(year: Int, month: Int, day: Int, plus offset: Int) -> String {
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let date = calendar.date(from: components).flatMap { calendar.date(byAdding: .day, value: offset, to: $0) } ?? Date()
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    mutating func decode<T: Decodable>(_ route: Route, _ method: HTTPMethod, _ path: String, json: Data? = nil, as type: T.Type) async -> T? {
        guard let answer = await client.call(route, method, path, json: json), (200..<300).contains(answer.status) else { return nil }
        return try? JSONDecoder().decode(T.self, from: answer.body)
    }

    mutating func pause() async {
        let milliseconds = configuration.thinkTime.pause(using: &rng)
        if milliseconds > 0 { try? await Task.sleep(for: .milliseconds(milliseconds)) }
    }
}

/// The body of `POST …/cells`: `shift` null is a day off, so it is always written.
struct CellInput: Encodable {
    var staff: String
    var date: String
    var shift: String?
    var note = "test de charge"

    enum CodingKeys: String, CodingKey { case staff, date, shift, note }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(staff, forKey: .staff)
        try container.encode(date, forKey: .date)
        try container.encode(shift, forKey: .shift)
        try container.encode(note, forKey: .note)
    }
}

/// The body of `POST /api/v1/jobs`.
struct JobInput: Encodable {
    var scenarioId: Int64
    var timeLimitSeconds: Double
    var seed: Int
    var engine: String
}

/// SplitMix64, as in the Scheduling library (kept here so this target needs no other module).
struct SeededGeneratorLite: RandomNumberGenerator, Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
