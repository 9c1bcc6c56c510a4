import RosterStore

/// An open job store and how to close it.
struct OpenJobStore: Sendable {
    let store: any SolveJobStore
    let description: String
    let close: @Sendable () async -> Void
}
