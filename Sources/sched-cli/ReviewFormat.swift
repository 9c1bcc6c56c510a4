import ArgumentParser

/// The renderings of the review commands.
enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
