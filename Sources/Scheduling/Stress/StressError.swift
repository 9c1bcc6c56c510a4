/// Why a stress test could not run: a disruption badly written or impossible for the unit,
/// a scenario or roster that does not load, or a solver failure.
public enum StressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem with one disruption: the option it came from, its text and what is wrong.
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        public var option: String
        public var value: String
        public var problem: String
        public init(option: String, value: String, problem: String) {
            self.option = option; self.value = value; self.problem = problem
        }
        public var description: String { "\(option) \(value): \(problem)" }
    }

    /// Every disruption problem found, all at once.
    case invalidDisruptions([Issue])
    /// The scenario, the roster or a disrupted scenario failed validation.
    case input(ScenarioError)
    /// GLPK failed while proposing the starting roster or repairing after a disruption.
    case solver(what: String, message: String)

    public var description: String {
        switch self {
        case .invalidDisruptions(let issues): issues.map(\.description).joined(separator: "\n")
        case .input(let error): error.description
        case .solver(let what, let message): "solver error (\(what)): \(message)"
        }
    }
}
