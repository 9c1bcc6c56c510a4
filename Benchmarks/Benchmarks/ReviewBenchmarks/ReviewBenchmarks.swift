import Benchmark
import Foundation
import Scheduling

/// The review's hot paths on the emergency department scenario (S3, 63 agents × 31 days ×
/// 9 shift types, every FPH rule on): the explainable diff of two rosters (goal of issue #4:
/// under 10 ms for a 60-agent month), with the roster files' conversion included, and the
/// explanation of one cell with all its alternatives, and the near-tie cells of a whole roster
/// (every worked cell explained: the sign-off's points of attention).
///
/// The second roster is the greedy roster with 60 seeded swaps of two agents' cells on a day,
/// about what a cadre's review or a variant changes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions],
                                           timeUnits: .microseconds, maxDuration: .seconds(5), maxIterations: 1_000)

    let name = "s3-urgences-juillet-2026"
    let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/\(name).json").path
    guard let scenario = try? ScenarioFile.load(path: path), let problem = try? PlanningProblem(scenario) else {
        fatalError("cannot load \(path)")
    }
    let evaluator = Evaluator(problem: problem)
    let before = GreedyConstructor(problem: problem).build()
    var after = before
    var state: UInt64 = 2026
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<60 {
        let d = next(problem.dayCount), a = next(problem.staffCount), b = next(problem.staffCount)
        (after[a, d], after[b, d]) = (after[b, d], after[a, d])
    }
    let rosterBefore = problem.roster(from: before, provenance: Provenance(engine: "greedy", engineVersion: "bench"))
    let rosterAfter = problem.roster(from: after, provenance: Provenance(engine: "cadre", engineVersion: "bench", parameters: ["author": "cadre:bench"]))
    let changed = (0..<problem.staffCount).reduce(0) { n, s in n + (0..<problem.dayCount).filter { before[s, $0] != after[s, $0] }.count }

    Benchmark("Diff of two rosters \(name) (\(problem.staffCount)×\(problem.dayCount), \(changed) changed cells)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? RosterDiff.compare(rosterBefore, rosterAfter, evaluator: evaluator))
        }
    }

    let explainer = CellExplainer(problem: problem, evaluator: evaluator)
    let s = (0..<problem.staffCount).first { before[$0, 10] >= 0 } ?? 0
    Benchmark("Explain one worked cell with all alternatives \(name)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(explainer.explain(before, staff: s, day: 10))
        }
    }

    Benchmark("Near-tie cells of a whole roster \(name)", configuration: .init(maxDuration: .seconds(30), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(explainer.nearTieCells(before))
        }
    }

    registerScenarioTableBenchmarks()
}
