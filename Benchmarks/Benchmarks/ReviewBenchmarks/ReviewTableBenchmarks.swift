import Benchmark
import Foundation
import Scheduling

/// The review table of issue #4 on every bundled scenario (`scenarios/*.json`): a full
/// re-evaluation, the diff of a proposal and its repaired edit, the re-evaluation after one
/// cell edit (`EditOutcome.replay`: the edit applied, the roster evaluated, its summary against
/// the proposal), and the minimal-change repair after that edit, locked (`RosterRepair` in its
/// repeatable mode: a fixed number of steps, no clock).
///
/// The proposal is the greedy roster improved by 50 000 seeded local-search moves (repeatable);
/// the edit clears the first worked, unlocked cell of day 10 — a post left open, so that the
/// repair has something to do.
func registerScenarioTableBenchmarks() {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
    for file in names {
        guard let scenario = try? ScenarioFile.load(path: folder.appendingPathComponent(file).path),
              let problem = try? PlanningProblem(scenario) else { fatalError("cannot load \(file)") }
        let name = String(file.dropLast(5))
        let size = "\(problem.staffCount)×\(problem.dayCount)"
        let evaluator = Evaluator(problem: problem)
        let proposalGrid = LocalSearch.improve(problem, from: GreedyConstructor(problem: problem).build(),
                                               options: LocalSearchOptions(seed: 1, iterationLimit: 50_000)).grid
        let proposal = problem.roster(from: proposalGrid, provenance: Provenance(engine: "greedy+local-search", engineVersion: "bench"),
                                      origins: problem.origins(of: proposalGrid, setBy: .localSearch))
        let day = min(10, problem.dayCount - 1)
        guard let s = (0..<problem.staffCount).first(where: { proposalGrid[$0, day] >= 0 && problem.lock[$0][day] == nil }) else {
            fatalError("\(name): nobody works day \(day)")
        }
        let edit = RosterEdit.clear(staff: problem.staffID(s), date: problem.dates[day])
        let start = EditedRoster(problem: problem, grid: proposalGrid, origins: problem.origins(for: proposal))
        guard let edited = try? start.applying(edit) else { fatalError("\(name): edit refused") }
        var locked = scenario
        locked.locks = (locked.locks ?? []) + edited.locks.filter { $0.staff == problem.staffID(s) && $0.date == problem.dates[day] }
        guard let lockedProblem = try? PlanningProblem(locked) else { fatalError("\(name): lock refused") }
        let repairOptions = SolveOptions(timeLimitSeconds: nil, iterationLimit: 10, seed: 1)
        guard let repaired = try? RosterRepair.repair(lockedProblem, current: edited.grid, currentOrigins: edited.origins, options: repairOptions) else {
            fatalError("\(name): repair failed")
        }
        let changed = (0..<problem.staffCount).reduce(0) { n, a in n + (0..<problem.dayCount).filter { proposalGrid[a, $0] != repaired.grid[a, $0] }.count }

        Benchmark("Table \(name) (\(size)) full re-evaluation") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(evaluator.evaluate(proposalGrid)) }
        }
        Benchmark("Table \(name) (\(size)) diff proposal → repaired edit (\(changed) cells)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try? RosterDiff.compare(proposal, repaired.roster, evaluator: evaluator)) }
        }
        Benchmark("Table \(name) (\(size)) one cell edit re-evaluated") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try? EditOutcome.replay([edit], on: start)) }
        }
        Benchmark("Table \(name) (\(size)) repair after one locked edit (10 steps)",
                  configuration: .init(metrics: [.wallClock], maxDuration: .seconds(30), maxIterations: 5)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? RosterRepair.repair(lockedProblem, current: edited.grid, currentOrigins: edited.origins, options: repairOptions))
            }
        }
    }
}
