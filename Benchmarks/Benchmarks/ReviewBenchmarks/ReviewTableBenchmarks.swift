import Benchmark
import Foundation
import Scheduling
import Synchronization

/// The review table of issue #4 on every bundled scenario (`scenarios/*.json`): a full
/// re-evaluation, the diff of a proposal and its edit (60 seeded swaps), the re-evaluation after one
/// cell edit (`EditOutcome.replay`: the edit applied, the roster evaluated, its summary against
/// the proposal), and the minimal-change repair after that edit, locked (`RosterRepair` in its
/// repeatable mode: a fixed number of steps, no clock).
///
/// The proposal is the greedy roster improved by 20 000 seeded local-search moves (repeatable);
/// the edit clears the first worked, unlocked cell of day 10 — a post left open, so that the
/// repair has something to do. package-benchmark runs each benchmark in its own process, so a
/// scenario's fixtures are built on first use, outside the measurement.
func registerScenarioTableBenchmarks() {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
    for file in names {
        guard let scenario = try? ScenarioFile.load(path: folder.appendingPathComponent(file).path),
              let problem = try? PlanningProblem(scenario) else { fatalError("cannot load \(file)") }
        let name = "\(file.dropLast(5)) (\(problem.staffCount)×\(problem.dayCount))"
        let fixture = LazyTableFixture(scenario: scenario, problem: problem)
        let repairConfiguration = Benchmark.Configuration(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 3)

        Benchmark("Table \(name) full re-evaluation") { benchmark in
            let f = fixture.value
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(f.evaluator.evaluate(f.proposalGrid)) }
            benchmark.stopMeasurement()
        }
        Benchmark("Table \(name) diff proposal → edited (60 swaps)") { benchmark in
            let f = fixture.value
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try? RosterDiff.compare(f.proposal, f.edited, evaluator: f.evaluator)) }
            benchmark.stopMeasurement()
        }
        Benchmark("Table \(name) one cell edit re-evaluated") { benchmark in
            let f = fixture.value
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try? EditOutcome.replay([f.edit], on: f.start)) }
            benchmark.stopMeasurement()
        }
        Benchmark("Table \(name) near-tie points of the sign-off", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 3)) { benchmark in
            let f = fixture.value
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(ReviewChecklist.nearTiePoints(problem: fixture.problem, grid: f.proposalGrid, origins: fixture.problem.origins(for: f.proposal), policy: .standard))
            }
            benchmark.stopMeasurement()
        }
        Benchmark("Table \(name) repair after one locked edit (5 steps)", configuration: repairConfiguration) { benchmark in
            let f = fixture.value
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try? RosterRepair.repair(f.lockedProblem, current: f.start.grid, currentOrigins: f.start.origins, options: TableFixture.repairOptions))
            }
            benchmark.stopMeasurement()
        }
    }
}

/// One scenario's proposal, edit and repair.
struct TableFixture: Sendable {
    static let repairOptions = SolveOptions(timeLimitSeconds: nil, iterationLimit: 5, seed: 1)

    let evaluator: Evaluator
    let proposalGrid: ShiftGrid
    let proposal: Roster
    let edit: RosterEdit
    /// The proposal, ready to be edited (the repair starts from it: the lock sets the edited cell).
    let start: EditedRoster
    /// The unit with the edited cell locked, as `sched-cli repair --lock` builds it.
    let lockedProblem: PlanningProblem
    /// The proposal with 60 seeded swaps of two agents' cells on a day, as the cadre's edits.
    let edited: Roster

    init(scenario: Scenario, problem: PlanningProblem) {
        evaluator = Evaluator(problem: problem)
        let grid = LocalSearch.improve(problem, from: GreedyConstructor(problem: problem).build(),
                                       options: LocalSearchOptions(seed: 1, iterationLimit: 20_000)).grid
        let proposal = problem.roster(from: grid, provenance: Provenance(engine: "greedy+local-search", engineVersion: "bench"),
                                      origins: problem.origins(of: grid, setBy: .localSearch))
        proposalGrid = grid
        self.proposal = proposal
        let day = min(10, problem.dayCount - 1)
        guard let s = (0..<problem.staffCount).first(where: { grid[$0, day] >= 0 && problem.lock[$0][day] == nil }) else {
            fatalError("\(scenario.name): nobody works day \(day)")
        }
        let staff = problem.staffID(s), date = problem.dates[day]
        let edit = RosterEdit.clear(staff: staff, date: date)
        let start = EditedRoster(problem: problem, grid: grid, origins: problem.origins(for: proposal))
        guard let edited = try? start.applying(edit) else { fatalError("\(scenario.name): edit refused") }
        self.edit = edit
        self.start = start
        var locked = scenario
        locked.locks = (locked.locks ?? []) + edited.locks.filter { $0.staff == staff && $0.date == date }
        guard let lockedProblem = try? PlanningProblem(locked) else { fatalError("\(scenario.name): lock refused") }
        self.lockedProblem = lockedProblem
        var swapped = EditedRoster(problem: problem, grid: grid)
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<60 {
            let swap = RosterEdit.swap(problem.staffID(next(problem.staffCount)), problem.staffID(next(problem.staffCount)), date: problem.dates[next(problem.dayCount)])
            if let next = try? swapped.applying(swap, lockingEdits: false) { swapped = next }
        }
        self.edited = swapped.roster
    }
}

/// A scenario's fixtures, built on first use.
final class LazyTableFixture: Sendable {
    let scenario: Scenario
    let problem: PlanningProblem
    private let built = Mutex<TableFixture?>(nil)

    init(scenario: Scenario, problem: PlanningProblem) {
        self.scenario = scenario
        self.problem = problem
    }

    var value: TableFixture {
        built.withLock { cached in
            if let cached { return cached }
            let fixture = TableFixture(scenario: scenario, problem: problem)
            cached = fixture
            return fixture
        }
    }
}
