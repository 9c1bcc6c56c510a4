import CGLPK
import Dispatch
import Foundation
import Synchronization

/// A linear program kept loaded in GLPK between solves, for column generation: columns may be
/// added and their bounds changed, and each solve starts from the last basis (a few pivots
/// instead of a solve from scratch).
///
/// GLPK objects live on one thread (see `GLPKThread`): the session owns a dedicated thread that
/// creates the problem, runs every call in turn and deletes the problem when the session ends.
/// Calls block until their work is done; they may come from any thread, one at a time.
final class GLPKLPSession: Sendable {
    private let worker: Worker
    private let shape: Mutex<(columns: Int, rows: Int)>

    /// Loads the LP relaxation of `model` (every column continuous).
    init(_ model: LinearModel) throws(GLPKError) {
        let input = try GLPKInput(validating: model, relaxed: true)
        shape = Mutex((input.columns.count, input.rows.count))
        worker = Worker(input)
    }

    deinit { worker.finish() }

    var columnCount: Int { shape.withLock { $0.columns } }

    /// Adds a column `lower ≤ x ≤ upper` with `objective` and the coefficients `values` in rows
    /// `rows` (0-based, distinct); returns its index.
    @discardableResult
    func addColumn(objective: Double, lower: Double = 0, upper: Double, rows: [Int], values: [Double]) throws(GLPKError) -> Int {
        let (columns, rowCount) = shape.withLock { $0 }
        let name = "added[\(columns)]"
        guard objective.isFinite else { throw .nonFiniteObjective(variable: name, value: objective) }
        guard lower.isFinite, upper.isFinite, lower <= upper else {
            throw .invalidBounds(variable: name, lower: lower, upper: upper, reason: "the bounds must be finite and ordered")
        }
        guard rows.count == values.count, Set(rows).count == rows.count else {
            throw .duplicateColumn(row: "column \(name)", variable: name)
        }
        for (row, value) in zip(rows, values) {
            guard (0..<rowCount).contains(row) else { throw .columnOutOfRange(row: "row \(row)", index: columns, columnCount: columns + 1) }
            guard value.isFinite else { throw .nonFiniteCoefficient(row: "row \(row)", variable: name, value: value) }
        }
        let indices = [Int32(0)] + rows.map { Int32($0 + 1) }
        let coefficients = [0.0] + values
        worker.perform { problem in
            glp_add_cols(problem.pointer, 1)
            let j = glp_get_num_cols(problem.pointer)
            glp_set_col_kind(problem.pointer, j, GLP_CV)
            glp_set_col_bnds(problem.pointer, j, lower == upper ? GLP_FX : GLP_DB, lower, upper)
            glp_set_obj_coef(problem.pointer, j, objective)
            if indices.count > 1 { glp_set_mat_col(problem.pointer, j, Int32(indices.count - 1), indices, coefficients) }
        }
        shape.withLock { $0.columns += 1 }
        return columns
    }

    /// Sets column `column`'s bounds (`lower == upper` fixes it).
    func setBounds(column: Int, lower: Double, upper: Double) throws(GLPKError) {
        try setBounds(columns: [column], lower: lower, upper: upper)
    }

    /// Sets the bounds of every column in `columns` to `lower ≤ x ≤ upper` in one call to the
    /// session's thread (`lower == upper` fixes them).
    func setBounds(columns: [Int], lower: Double, upper: Double) throws(GLPKError) {
        let count = columnCount
        if let column = columns.first(where: { !(0..<count).contains($0) }) {
            throw .columnOutOfRange(row: "bounds", index: column, columnCount: count)
        }
        guard lower.isFinite, upper.isFinite, lower <= upper else {
            throw .invalidBounds(variable: columns.count == 1 ? "column \(columns[0])" : "columns \(columns.prefix(3))…", lower: lower, upper: upper, reason: "the bounds must be finite and ordered")
        }
        guard !columns.isEmpty else { return }
        worker.perform { problem in
            for column in columns {
                glp_set_col_bnds(problem.pointer, Int32(column + 1), lower == upper ? GLP_FX : GLP_DB, lower, upper)
            }
        }
    }

    /// Solves the LP from the last basis; nil when no optimum was reached (infeasible,
    /// unbounded, out of time). After bounds changed, `dualFirst` starts with the dual simplex
    /// method, for which the last basis is still feasible.
    func solve(timeLimitSeconds: Double?, dualFirst: Bool = false) throws(GLPKError) -> LPDualSolution? {
        try GLPKTimeLimit.validate(timeLimitSeconds)
        let timeLimit = GLPKTimeLimit.milliseconds(timeLimitSeconds)
        let result = worker.perform { problem -> Result<LPDualSolution?, GLPKError> in
            Result { () throws(GLPKError) in
                let code = problem.simplex(timeLimitMilliseconds: timeLimit, dualFirst: dualFirst)
                switch code {
                case 0: break
                case GLP_ETMLIM, GLP_EITLIM: return nil
                default: throw GLPKReturnCode.failure(code, in: "glp_simplex")
                }
                guard problem.lpStatus == GLP_OPT else { return nil }
                return LPDualSolution(objective: problem.lpObjective, values: problem.lpColumnValues, rowDuals: problem.lpRowDuals)
            }
        }
        return try result.get()
    }

    /// The session's thread: makes the problem, runs the calls in turn, deletes the problem.
    private final class Worker: Sendable {
        private let jobs = Mutex<[@Sendable (borrowing GLPKProblem) -> Void]>([])
        private let waiting = DispatchSemaphore(value: 0)
        private let ended = DispatchSemaphore(value: 0)

        init(_ input: GLPKInput) {
            let thread = Thread { [self] in
                glp_term_out(GLP_OFF)
                do {
                    let problem = GLPKProblem(input)
                    problem.scale()
                    while true {
                        waiting.wait()
                        let job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                        guard let job else { break } // woken with no work: finish
                        job(problem)
                    }
                }
                glp_free_env()
                ended.signal()
            }
            thread.name = "glpk-session"
            thread.stackSize = GLPKThread.stackSize
            thread.start()
        }

        /// Runs `body` on the session's thread and waits for its result.
        func perform<Value: Sendable>(_ body: @escaping @Sendable (borrowing GLPKProblem) -> Value) -> Value {
            let handoff = GLPKThread.Handoff<Value>()
            jobs.withLock { $0.append { problem in handoff.deliver(body(problem)) } }
            waiting.signal()
            return handoff.wait()
        }

        /// Ends the thread once the queued calls are done.
        func finish() {
            waiting.signal()
            ended.wait()
        }
    }
}
