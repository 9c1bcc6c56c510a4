import Benchmark
import Foundation
import Scheduling

/// The local search's inner loop on the emergency department scenario (S3, 63 agents × 31
/// days × 9 shift types, every FPH rule on), from the greedy roster:
/// - delta evaluation of one move (two agents swap their shifts on a date), tried then undone;
/// - the full evaluation it replaces, for the ratio;
/// - moves per second of the whole search (10 000 moves per iteration of the benchmark).
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
    var swaps: [[CellChange]] = []
    while swaps.count < 1_000 {
        let d = Int.random(in: 0..<problem.dayCount, using: &rng)
        let a = Int.random(in: 0..<problem.staffCount, using: &rng), b = Int.random(in: 0..<problem.staffCount, using: &rng)
        guard grid[a, d] != grid[b, d] else { continue }
        swaps.append([CellChange(staff: a, day: d, shift: grid[b, d]), CellChange(staff: b, day: d, shift: grid[a, d])])
    }
    let size = "\(problem.staffCount)×\(problem.dayCount)"

    Benchmark("Delta evaluation of one swap, S3 \(size)") { benchmark in
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
    Benchmark("Full evaluation after one swap, S3 \(size)") { benchmark in
        var k = 0
        for _ in benchmark.scaledIterations {
            var changed = grid
            for change in swaps[k % swaps.count] { changed[change.staff, change.day] = change.shift }
            blackHole(evaluator.evaluate(changed))
            k += 1
        }
    }

    Benchmark("Local search, 10 000 moves, S3 \(size)", configuration: .init(maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(LocalSearch.improve(problem, from: grid, options: LocalSearchOptions(seed: 1, iterationLimit: 10_000)))
        }
    }
}
