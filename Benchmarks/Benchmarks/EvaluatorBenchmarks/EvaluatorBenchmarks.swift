import Benchmark
import Foundation
import Scheduling

/// Full evaluation of a realistic month: the emergency department scenario (S3, 63 agents ×
/// 31 days × 9 shift types, every FPH rule on) with a roster from the greedy constructor, and
/// the same for the medicine ward (S1, 29 × 30). The goal for re-checking a roster after each
/// edit is under 5 ms for a 60-agent month.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions],
                                           timeUnits: .microseconds, maxDuration: .seconds(5), maxIterations: 2_000)

    for name in ["s3-urgences-juillet-2026", "s1-medecine-juin-2026"] {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios/\(name).json").path
        guard let scenario = try? ScenarioFile.load(path: path), let problem = try? PlanningProblem(scenario) else {
            fatalError("cannot load \(path)")
        }
        let grid = GreedyConstructor(problem: problem).build()
        let evaluator = Evaluator(problem: problem)

        Benchmark("Full evaluation \(name) (\(problem.staffCount)×\(problem.dayCount))") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(evaluator.evaluate(grid))
            }
        }
    }
}
