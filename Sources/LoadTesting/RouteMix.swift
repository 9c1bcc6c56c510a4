/// The steps of one round of a simulated cadre: list the rosters, open one, look at a cell,
/// change it, read the diff; every `solveEvery`-th round also ask for a new proposal; and,
/// while her proposal runs, check on it once per round.
public struct RouteMix: Sendable, Hashable {
    /// A solve is submitted on rounds `solveEvery - 1`, `2 × solveEvery - 1`…; 0: never.
    public var solveEvery: Int

    public init(solveEvery: Int) {
        self.solveEvery = max(0, solveEvery)
    }

    /// The routes of round `round` (from 0), given whether the user has a job running and may
    /// still submit one (the run's solve budget).
    public func routes(round: Int, pendingJob: Bool, maySubmit: Bool) -> [Route] {
        var routes: [Route] = [.listRosters, .openGrid, .explainCell, .editCell, .diff]
        if pendingJob {
            routes.append(.pollJob)
        } else if maySubmit, solveEvery > 0, (round + 1) % solveEvery == 0 {
            routes.append(.submitSolve)
        }
        return routes
    }
}
