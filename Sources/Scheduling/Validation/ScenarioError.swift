/// One problem found in an input file: where (file and field path) and what.
public struct InputIssue: Sendable, Hashable, CustomStringConvertible {
    /// Path to the field, e.g. `staff[3].contract.quotite`.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// A scenario (or roster) file that cannot be used, with every problem found.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var issues: [InputIssue]

    public init(file: String, issues: [InputIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String {
        let lines = issues.map { "  - \($0)" }.joined(separator: "\n")
        return "\(file): \(issues.count) problème(s) dans le fichier / \(issues.count) problem(s) in the file:\n\(lines)"
    }
}
