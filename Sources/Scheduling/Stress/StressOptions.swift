/// What a stress run may spend, and how it chooses.
public struct StressOptions: Sendable {
    /// Wall-clock budget of each repair, or nil for a repeatable run bounded by `iterationLimit`
    /// neighbourhood steps and `nodeLimit` subproblems (the same input then gives the same report).
    public var repairTimeLimitSeconds: Double?
    /// Budget of the solve that proposes the starting roster when none is given (nil: repeatable).
    public var solveTimeLimitSeconds: Double?
    /// Repeatable budgets of the repairs: `iterationLimit` neighbourhood steps, `nodeLimit`
    /// subproblems for the exact phase (and for the starting solve's branch and cut).
    public var iterationLimit: Int?
    public var nodeLimit: Int?
    /// Seeds the choice of absent agents and every search.
    public var seed: UInt64
    /// Repairs run at once (each on its own threads; GLPK work stays on the thread that made it).
    public var workers: Int
    /// Price of one changed cell in a repair.
    public var changeWeight: Double
    /// Code of the absences the disruptions add (declared in the scenario), by default MAL.
    public var absenceCode: AbsenceCode
    /// Allow overtime within the legal cap in every disruption (the ANAP exercise always does).
    public var allowOvertime: Bool
    /// Told after each repair: how many are done, out of how many (on a worker thread).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(repairTimeLimitSeconds: Double? = 20, solveTimeLimitSeconds: Double? = 30, iterationLimit: Int? = nil, nodeLimit: Int? = nil,
                seed: UInt64 = 1, workers: Int = 2, changeWeight: Double = RosterRepair.defaultChangeWeight,
                absenceCode: AbsenceCode = "MAL", allowOvertime: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.repairTimeLimitSeconds = repairTimeLimitSeconds
        self.solveTimeLimitSeconds = solveTimeLimitSeconds
        self.iterationLimit = iterationLimit
        self.nodeLimit = nodeLimit
        self.seed = seed
        self.workers = workers
        self.changeWeight = changeWeight
        self.absenceCode = absenceCode
        self.allowOvertime = allowOvertime
        self.progress = progress
    }

    /// True when no wall-clock budget is set: the report depends only on the input and the seed.
    public var isRepeatable: Bool { repairTimeLimitSeconds == nil && solveTimeLimitSeconds == nil }

    var repairOptions: SolveOptions {
        SolveOptions(timeLimitSeconds: repairTimeLimitSeconds, nodeLimit: nodeLimit, iterationLimit: iterationLimit, seed: seed)
    }

    var solveOptions: SolveOptions {
        // The solver's own repeatable move count: `iterationLimit` counts repair steps here.
        SolveOptions(timeLimitSeconds: solveTimeLimitSeconds, nodeLimit: nodeLimit, seed: seed)
    }
}
