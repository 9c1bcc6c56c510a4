import Foundation
import Synchronization

/// What one local-search run may spend, and how it is driven.
public struct LocalSearchOptions: Sendable {
    public var seed: UInt64
    /// Moves to try; with no deadline, the same seed and budget give the same roster.
    public var iterationLimit: Int?
    public var deadline: ContinuousClock.Instant?
    public var stop: StopToken?
    /// Length of the late-acceptance history: longer accepts more, converges later.
    public var historyLength: Int
    /// What one hard violation weighs against the objective when moves are compared.
    public var hardWeight: Double
    /// Incumbents shared with another engine (the hybrid's GLPK thread), if any.
    public var exchange: IncumbentExchange?

    public init(seed: UInt64 = 1, iterationLimit: Int? = nil, deadline: ContinuousClock.Instant? = nil, stop: StopToken? = nil,
                historyLength: Int = 1_000, hardWeight: Double = SearchScore.defaultHardWeight, exchange: IncumbentExchange? = nil) {
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.deadline = deadline
        self.stop = stop
        self.historyLength = historyLength
        self.hardWeight = hardWeight
        self.exchange = exchange
    }
}

/// The best roster a local-search run found, and what the run did.
public struct LocalSearchOutcome: Sendable {
    public var grid: ShiftGrid
    public var score: SearchScore
    public var iterations: Int
    public var acceptedMoves: Int
    public var improvements: Int
    /// Times the run restarted from a better roster found by the other engine.
    public var adoptedIncumbents: Int
}

/// Late-acceptance hill climbing (Burke & Bykov) over three moves (change a cell, swap two
/// agents on a date, swap a block of days between two agents), with delta evaluation by
/// `IncrementalEvaluation`. While the roster breaks hard rules, a move is kept only when it
/// is no worse (descent repairs it); once it is legal, a move is also kept when it is no worse
/// than the roster of `historyLength` moves ago. Anytime: it always returns its best roster.
public enum LocalSearch {
    public static let engineName = "local-search"

    public static func improve(_ problem: PlanningProblem, from start: ShiftGrid, options: LocalSearchOptions) -> LocalSearchOutcome {
        var rng = SeededGenerator(seed: options.seed &+ 0x5EED)
        var state = IncrementalEvaluation(problem: problem, grid: start)
        let space = MoveSpace(problem: problem)
        let clock = ContinuousClock()
        let hardWeight = options.hardWeight
        var current = state.score.cost(hardWeight: hardWeight)
        var history = [Double](repeating: current, count: max(1, options.historyLength))
        var outcome = LocalSearchOutcome(grid: state.grid, score: state.score, iterations: 0, acceptedMoves: 0, improvements: 0, adoptedIncumbents: 0)
        var focusDays = state.daysWithCoverageCost()
        let limit = options.iterationLimit ?? Int.max
        let trace = ProcessInfo.processInfo.environment["SCHED_TRACE"] != nil
        while outcome.iterations < limit {
            if outcome.iterations & 1023 == 0 {
                if let deadline = options.deadline, clock.now >= deadline { break }
                if options.stop?.isStopped == true { break }
                focusDays = state.daysWithCoverageCost()
                if trace, outcome.iterations & 0x3FFF == 0 {
                    FileHandle.standardError.write(Data("ls \(options.seed) it \(outcome.iterations) current \(state.score) hardAmount \(state.score.hardAmount) best \(outcome.score)\n".utf8))
                }
                if let exchange = options.exchange {
                    exchange.offer(outcome.grid, outcome.score, engine: engineName, origin: .localSearch)
                    if let (grid, score) = exchange.better(than: outcome.score) {
                        state.reset(to: grid)
                        outcome.grid = grid
                        outcome.score = score
                        current = state.score.cost(hardWeight: hardWeight)
                        history = [Double](repeating: current, count: history.count)
                        outcome.adoptedIncumbents += 1
                    }
                }
            }
            let v = outcome.iterations % history.count
            outcome.iterations += 1
            let kind = pickMove(repairing: state.score.hard > 0, &rng)
            let focus = !focusDays.isEmpty && Int.random(in: 0..<10, using: &rng) < 3 ? focusDays[Int.random(in: 0..<focusDays.count, using: &rng)] : nil
            guard let changes = space.draw(kind, state.grid, focusDay: focus, using: &rng) else { continue }
            let candidate = state.tryChanges(changes)
            let cost = candidate.cost(hardWeight: hardWeight)
            // While the roster is illegal the search only descends (repair); late acceptance
            // starts once it is legal.
            if cost <= current || (state.score.hard == 0 && cost < history[v]) {
                state.commit()
                current = cost
                outcome.acceptedMoves += 1
                if candidate < outcome.score {
                    outcome.score = candidate
                    outcome.grid = state.grid
                    outcome.improvements += 1
                }
            } else {
                state.rollback()
            }
            history[v] = current
        }
        options.exchange?.offer(outcome.grid, outcome.score, engine: engineName, origin: .localSearch)
        return outcome
    }

    /// The move to try. Block changes (a run of work added or removed at once) serve while the
    /// roster breaks hard rules — they fill the year-long Curtois units; the search for quality
    /// keeps the three other moves (with block changes there, Curtois 9 gave 572 at 60 s in one
    /// run, 472 without).
    private static func pickMove(repairing: Bool, _ rng: inout SeededGenerator) -> LocalMove {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<(repairing ? 3 : 4): .changeCell
        case (repairing ? 3 : 4)..<(repairing ? 6 : 8): .swapOnDate
        case (repairing ? 6 : 8)..<(repairing ? 8 : 10): .swapBlock
        default: .changeBlock
        }
    }
}

/// The best roster known to the engines of a hybrid run, shared between threads.
public final class IncumbentExchange: Sendable {
    private struct Best: Sendable {
        var grid: ShiftGrid
        var score: SearchScore
        var engine: String
        /// Each cell's origin: the engine of the last incumbent that changed it.
        var origins: CellOriginGrid
    }

    private let best = Mutex<Best?>(nil)
    private let onImprovement: (@Sendable (SearchScore, String) -> Void)?

    /// `onImprovement` is called (on the offering thread) with each new best score and its engine.
    public init(onImprovement: (@Sendable (SearchScore, String) -> Void)? = nil) {
        self.onImprovement = onImprovement
    }

    /// Records `grid` if it beats the best known roster; the cells that differ from the previous
    /// best (every cell for the first one) take `origin`.
    /// - Complexity: O(staff × days) when `grid` is kept.
    public func offer(_ grid: ShiftGrid, _ score: SearchScore, engine: String, origin: CellOrigin) {
        let improved = best.withLock { current in
            guard current == nil || score < current!.score else { return false }
            let origins = current.map { $0.origins.marking(changesFrom: $0.grid, to: grid, as: origin) }
                ?? CellOriginGrid(staffCount: grid.staffCount, dayCount: grid.dayCount, filling: origin)
            current = Best(grid: grid, score: score, engine: engine, origins: origins)
            return true
        }
        if improved { onImprovement?(score, engine) }
    }

    /// The best known roster, if it beats `score`.
    public func better(than score: SearchScore) -> (ShiftGrid, SearchScore)? {
        best.withLock { current in
            guard let current, current.score < score else { return nil }
            return (current.grid, current.score)
        }
    }

    /// The best known roster, the engine that found it, and each cell's origin.
    public var incumbent: (grid: ShiftGrid, score: SearchScore, engine: String, origins: CellOriginGrid)? {
        best.withLock { current in current.map { ($0.grid, $0.score, $0.engine, $0.origins) } }
    }
}
