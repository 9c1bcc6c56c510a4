import Foundation

/// Paths to data shipped in the repository, found from this source file.
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func curtoisInstance(_ n: Int) -> String { root.appendingPathComponent("Benchmarks/curtois/Instance\(n).txt").path }
    static var curtoisReferenceRosters: URL { root.appendingPathComponent("Benchmarks/curtois/reference-rosters/strandmark-colgen") }
    static func scenario(_ name: String) -> String { root.appendingPathComponent("scenarios/\(name)").path }
}
