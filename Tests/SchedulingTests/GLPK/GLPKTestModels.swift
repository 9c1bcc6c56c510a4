import Synchronization
@testable import Scheduling

/// Small models with known optima for the GLPK tests.
enum GLPKTestModels {
    /// A 0/1 knapsack as a minimisation: `min −Σ value·x` subject to `Σ weight·x ≤ capacity`.
    static func knapsack(values: [Int], weights: [Int], capacity: Int, constant: Double = 0) -> LinearModel {
        var model = LinearModel()
        let items = values.indices.map { model.addVariable("take[item\($0)]", kind: .binary, objective: -Double(values[$0])) }
        model.addConstraint("capacity", zip(items, weights).map { LinearTerm($0, Double($1)) }, upperBound: Double(capacity))
        model.objectiveConstant = constant
        return model
    }

    /// The optimum of `knapsack(values:weights:capacity:)` by dynamic programming.
    static func knapsackOptimum(values: [Int], weights: [Int], capacity: Int) -> Double {
        var best = [Int](repeating: 0, count: capacity + 1)
        for (value, weight) in zip(values, weights) where weight <= capacity {
            for room in stride(from: capacity, through: weight, by: -1) {
                best[room] = max(best[room], best[room - weight] + value)
            }
        }
        return -Double(best[capacity])
    }

    /// A strongly correlated knapsack (value = weight + 10), hard for branch and bound.
    static func hardKnapsack(items: Int, seed: UInt64) -> (model: LinearModel, optimum: Double) {
        var generator = SplitMix64(seed: seed)
        let weights = (0..<items).map { _ in Int.random(in: 20...120, using: &generator) }
        let values = weights.map { $0 + 10 }
        let capacity = weights.reduce(0, +) / 2
        return (knapsack(values: values, weights: weights, capacity: capacity),
                knapsackOptimum(values: values, weights: weights, capacity: capacity))
    }

    /// The small knapsack used throughout: optimum −29 (items 0, 2 and 3).
    static let smallKnapsack = (values: [15, 10, 9, 5], weights: [1, 5, 3, 4], capacity: 8)

    /// A 3×3 assignment problem; optimum 5 (worker 0→task 1, 1→0, 2→2).
    static let assignmentCosts: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]

    static func assignment(costs: [[Double]] = assignmentCosts) -> (model: LinearModel, cells: [[VariableID]]) {
        var model = LinearModel()
        let size = costs.count
        let cells = (0..<size).map { worker in
            (0..<size).map { task in
                model.addVariable("assign[W\(worker),T\(task)]", kind: .binary, objective: costs[worker][task])
            }
        }
        for worker in 0..<size {
            model.addConstraint("oneTask[W\(worker)]", cells[worker].map { LinearTerm($0) }, lowerBound: 1, upperBound: 1)
        }
        for task in 0..<size {
            model.addConstraint("oneWorker[T\(task)]", (0..<size).map { LinearTerm(cells[$0][task]) }, lowerBound: 1, upperBound: 1)
        }
        return (model, cells)
    }

    /// Subset sum with an equality row: `min Σ cost·x` subject to `Σ weight·x = 240`,
    /// x binary. Simple rounding cannot satisfy the equality at the root.
    static let subsetSum = (weights: [31, 41, 59, 26, 53, 58, 97, 93, 23, 84], costs: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3], target: 240)

    static func subsetSumModel() -> LinearModel {
        var model = LinearModel()
        let picks = subsetSum.weights.indices.map {
            model.addVariable("pick[\($0)]", kind: .binary, objective: Double(subsetSum.costs[$0]))
        }
        let terms = zip(picks, subsetSum.weights).map { LinearTerm($0, Double($1)) }
        model.addConstraint("sum", terms, lowerBound: Double(subsetSum.target), upperBound: Double(subsetSum.target))
        return model
    }

    /// A feasible point of `subsetSumModel()`: items 0, 2, 4, 6 (31+59+53+97 = 240), cost 14.
    static let subsetSumStart: [Double] = [1, 0, 1, 0, 1, 0, 1, 0, 0, 0]

    /// The optimum of `subsetSumModel()` by enumeration.
    static var subsetSumOptimum: Double {
        var best = Double.infinity
        for mask in 0..<(1 << subsetSum.weights.count) {
            var weight = 0, cost = 0
            for item in subsetSum.weights.indices where mask & (1 << item) != 0 {
                weight += subsetSum.weights[item]
                cost += subsetSum.costs[item]
            }
            if weight == subsetSum.target { best = min(best, Double(cost)) }
        }
        return best
    }
}

/// A small seeded generator, so that random instances are the same on every run.
struct SplitMix64: RandomNumberGenerator {
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

extension MIPOutcome {
    /// Everything but the timing, to compare two runs.
    var comparable: String {
        switch self {
        case let .optimal(solution): "optimal \(solution.values) \(solution.objective) \(String(describing: solution.bound))"
        case let .feasible(solution): "feasible \(solution.values) \(solution.objective) \(String(describing: solution.bound))"
        case let .infeasible(reason): "infeasible \(reason)"
        case let .noSolution(reason): "noSolution \(reason)"
        }
    }

    var isOptimal: Bool {
        if case .optimal = self { true } else { false }
    }
}

/// Collects progress reports from the GLPK thread.
final class ProgressLog: Sendable {
    private let log = Mutex<[MIPProgress]>([])
    func append(_ progress: MIPProgress) { log.withLock { $0.append(progress) } }
    var entries: [MIPProgress] { log.withLock { $0 } }
}
