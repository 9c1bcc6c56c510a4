import Testing
@testable import Scheduling

/// A linear program kept loaded between solves (`GLPKLPSession`), as column generation uses it:
/// each change is seen by the next solve.
@Suite struct GLPKLPSessionTests {
    /// min 5x  s.t.  x ≥ 2 (x ≤ 10): objective 10, the row's dual 5.
    static func expensiveCover() -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, upperBound: 10, objective: 5)
        model.addConstraint("cover", [LinearTerm(x)], lowerBound: 2)
        return model
    }

    @Test func aColumnAddedAfterASolveIsUsedByTheNext() throws {
        let session = try GLPKLPSession(Self.expensiveCover())
        let first = try #require(try session.solve(timeLimitSeconds: nil))
        #expect(abs(first.objective - 10) < 1e-9)
        #expect(abs(first.rowDuals[0] - 5) < 1e-9)

        // A cheaper column covering the row (cost 3 per unit, at most 1.5 units): 1.5 × 3 + 0.5 × 5.
        let y = try session.addColumn(objective: 3, upper: 1.5, rows: [0], values: [1])
        #expect(y == 1)
        let second = try #require(try session.solve(timeLimitSeconds: nil))
        #expect(abs(second.objective - 7) < 1e-9)
        #expect(abs(second.values[1] - 1.5) < 1e-9)
    }

    @Test func boundsChangedAfterASolveAreKeptByTheNext() throws {
        let session = try GLPKLPSession(Self.expensiveCover())
        _ = try session.addColumn(objective: 3, upper: 1.5, rows: [0], values: [1])
        _ = try session.solve(timeLimitSeconds: nil)
        // The cheap column held at 0: back to the expensive one alone; then released again.
        try session.setBounds(column: 1, lower: 0, upper: 0)
        let held = try #require(try session.solve(timeLimitSeconds: nil, dualFirst: true))
        #expect(abs(held.objective - 10) < 1e-9)
        try session.setBounds(column: 1, lower: 0, upper: 1.5)
        let released = try #require(try session.solve(timeLimitSeconds: nil))
        #expect(abs(released.objective - 7) < 1e-9)
    }

    @Test func aColumnWithARowOutsideTheModelIsRefused() throws {
        let session = try GLPKLPSession(Self.expensiveCover())
        #expect(throws: GLPKError.self) { try session.addColumn(objective: 1, upper: 1, rows: [3], values: [1]) }
        #expect(throws: GLPKError.self) { try session.addColumn(objective: .nan, upper: 1, rows: [0], values: [1]) }
        #expect(throws: GLPKError.self) { try session.setBounds(column: 7, lower: 0, upper: 1) }
        #expect(session.columnCount == 1)
    }

    @Test func boundsThatCannotHoldLeaveNoOptimum() throws {
        let session = try GLPKLPSession(Self.expensiveCover())
        try session.setBounds(column: 0, lower: 0, upper: 1) // x ≤ 1 against x ≥ 2
        #expect(try session.solve(timeLimitSeconds: nil, dualFirst: true) == nil)
    }
}
