import ArgumentParser
import Foundation

/// `--by NAME`: who acts (recorded in the audit log).
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: "Name of the person acting, as it will appear in the audit log and on signatures.")
    var by: String

    func validate() throws {
        if by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--by must name the person acting") }
    }
}
