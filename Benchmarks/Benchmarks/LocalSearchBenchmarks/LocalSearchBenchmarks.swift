import Benchmark
import Foundation
import Scheduling

/// The local search's inner loop on the emergency department scenario (S3, 63 agents × 31
/// days × 9 shift types, every FPH rule on), from the greedy roster:
/// - delta evaluation of one move (two agents swap their shifts on a date), tried then undone;
/// - the full evaluation it replaces, for the ratio;
/// - moves per second of the whole search (10 000 moves per iteration of the benchmark);
/// - the same delta and full evaluations on a year-long Curtois–Qu unit (22).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions],
                                           timeUnits: .microseconds, maxDuration: .seconds(5), maxIterations: 5_000)

    let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/s3-urgences-juillet-2026.json").path
    guard let scenario = try? ScenarioFile.load(path: path), let problem = try? PlanningProblem(scenario) else {
        fatalError("cannot load \(path)")
    }
    let grid = GreedyConstructor(problem: problem).build()
    var rng = SeededGenerator(seed: 1)
    evaluationBenchmarks("S3", problem, grid, swaps: swaps(of: grid, problem, using: &rng))

    Benchmark("Local search, 10 000 moves, S3 \(problem.staffCount)×\(problem.dayCount)", configuration: .init(maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(LocalSearch.improve(problem, from: grid, options: LocalSearchOptions(seed: 1, iterationLimit: 10_000)))
        }
    }

    // A year-long unit (Curtois–Qu 22: 50 agents × 364 days × 10 shift types), where a move's
    // cost is mostly its agents' rules over the year: a seeded random roster (each cell a shift
    // or a rest, two in three worked), the same kind of swaps.
    let curtoisPath = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/curtois/Instance22.txt").path
    guard let year = try? PlanningProblem(CurtoisInstance.load(path: curtoisPath)) else { fatalError("cannot load \(curtoisPath)") }
    var yearGrid = ShiftGrid(staffCount: year.staffCount, dayCount: year.dayCount)
    for s in 0..<year.staffCount {
        for d in 0..<year.dayCount where Int.random(in: 0..<3, using: &rng) > 0 { yearGrid[s, d] = Int.random(in: 0..<year.shiftCount, using: &rng) }
    }
    evaluationBenchmarks("Curtois 22", year, yearGrid, swaps: swaps(of: yearGrid, year, using: &rng))
}

/// 1 000 seeded swaps of `grid`: two agents exchange their (different) shifts on a date.
func swaps(of grid: ShiftGrid, _ problem: PlanningProblem, using rng: inout SeededGenerator) -> [[CellChange]] {
    var swaps: [[CellChange]] = []
    while swaps.count < 1_000 {
        let d = Int.random(in: 0..<problem.dayCount, using: &rng)
        let a = Int.random(in: 0..<problem.staffCount, using: &rng), b = Int.random(in: 0..<problem.staffCount, using: &rng)
        guard grid[a, d] != grid[b, d] else { continue }
        swaps.append([CellChange(staff: a, day: d, shift: grid[b, d]), CellChange(staff: b, day: d, shift: grid[a, d])])
    }
    return swaps
}

/// The delta evaluation of one swap (tried, then undone) and the full evaluation it replaces,
/// on `unit`'s roster `grid`.
func evaluationBenchmarks(_ unit: String, _ problem: PlanningProblem, _ grid: ShiftGrid, swaps: [[CellChange]]) {
    let size = "\(problem.staffCount)×\(problem.dayCount)"
    Benchmark("Delta evaluation of one swap, \(unit) \(size)") { benchmark in
        var state = IncrementalEvaluation(problem: problem, grid: grid)
        var k = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(state.tryChanges(swaps[k % swaps.count]))
            state.rollback()
            k += 1
        }
    }

    let evaluator = Evaluator(problem: problem)
    Benchmark("Full evaluation after one swap, \(unit) \(size)") { benchmark in
        var k = 0
        for _ in benchmark.scaledIterations {
            var changed = grid
            for change in swaps[k % swaps.count] { changed[change.staff, change.day] = change.shift }
            blackHole(evaluator.evaluate(changed))
            k += 1
        }
    }
}
