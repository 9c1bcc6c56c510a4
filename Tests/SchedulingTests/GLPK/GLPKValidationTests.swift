import Testing
@testable import Scheduling

/// Malformed models and options are refused in Swift, before GLPK could abort.
@Suite struct GLPKValidationTests {
    private func model(_ build: (inout LinearModel, VariableID) -> Void) -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, upperBound: 10, objective: 1)
        model.addConstraint("row", [LinearTerm(x)], lowerBound: 1)
        build(&model, x)
        return model
    }

    @Test func binaryBoundsOutsideZeroOneThrow() {
        var model = LinearModel()
        let shift = model.addVariable("works[IDE03,Mon]", kind: .binary)
        model.setBounds(shift, lower: 0, upper: 2)

        #expect(throws: GLPKError.invalidBounds(variable: "works[IDE03,Mon]", lower: 0, upper: 2, reason: "a binary column must stay within [0, 1]")) {
            try GLPKSolver.solve(model)
        }
    }

    @Test func crossedColumnBoundsThrow() {
        let model = model { model, x in model.setBounds(x, lower: 5, upper: 3) }

        #expect(throws: GLPKError.invalidBounds(variable: "x", lower: 5, upper: 3, reason: "the lower bound exceeds the upper bound")) {
            try GLPKSolver.solve(model)
        }
        #expect(throws: GLPKError.self) { try GLPKSolver.solveRelaxation(model) }
        #expect(throws: GLPKError.self) { try GLPKSolver.lpText(model) }
    }

    @Test func integerColumnWithoutAnIntegerInItsBoundsThrows() {
        var model = LinearModel()
        model.addVariable("n", kind: .integer, lowerBound: 0.2, upperBound: 0.8)

        #expect(throws: GLPKError.invalidBounds(variable: "n", lower: 0.2, upper: 0.8, reason: "no integer lies between the bounds")) {
            try GLPKSolver.solve(model)
        }
    }

    @Test func nanAndInfiniteBoundsThrow() throws {
        let nanLower = model { model, x in model.setBounds(x, lower: .nan, upper: 1) }
        let infiniteLower = model { model, x in model.setBounds(x, lower: .infinity, upper: nil) }
        let nanRow = model { model, x in model.addConstraint("nanRow", [LinearTerm(x)], upperBound: .nan) }
        let crossedRow = model { model, x in model.addConstraint("crossed", [LinearTerm(x)], lowerBound: 3, upperBound: 2) }

        for broken in [nanLower, infiniteLower] {
            #expect {
                try GLPKSolver.solve(broken)
            } throws: { error in
                guard case .invalidBounds(variable: "x", _, _, _) = error as? GLPKError else { return false }
                return true
            }
        }
        #expect {
            try GLPKSolver.solve(nanRow)
        } throws: { error in
            guard case .invalidRowBounds(row: "nanRow", _, _, _) = error as? GLPKError else { return false }
            return true
        }
        #expect(throws: GLPKError.invalidRowBounds(row: "crossed", lower: 3, upper: 2, reason: "the lower bound exceeds the upper bound")) {
            try GLPKSolver.solve(crossedRow)
        }
    }

    @Test func infiniteBoundsMeanNoBound() throws {
        // −∞ below and +∞ above are accepted as "none": min x with x free and x ≥ −4 → −4.
        var model = LinearModel()
        let x = model.addVariable("x", kind: .integer, lowerBound: -.infinity, upperBound: .infinity, objective: 1)
        model.addConstraint("floor", [LinearTerm(x)], lowerBound: -4, upperBound: .infinity)

        #expect(try GLPKSolver.solve(model).solution?.values == [-4])
    }

    @Test func nonFiniteCoefficientThrows() {
        let model = model { model, x in model.addConstraint("bad", [LinearTerm(x, .infinity)], upperBound: 1) }

        #expect(throws: GLPKError.nonFiniteCoefficient(row: "bad", variable: "x", value: .infinity)) {
            try GLPKSolver.solve(model)
        }
    }

    @Test func nanCoefficientThrows() {
        let model = model { model, x in model.addConstraint("bad", [LinearTerm(x, .nan)], upperBound: 1) }

        #expect {
            try GLPKSolver.solve(model)
        } throws: { error in
            guard case let .nonFiniteCoefficient(row, variable, value) = error as? GLPKError else { return false }
            return row == "bad" && variable == "x" && value.isNaN
        }
    }

    @Test func nonFiniteObjectiveThrows() {
        let coefficient = model { model, x in model.addObjective(x, .infinity) }
        var constant = model { _, _ in }
        constant.objectiveConstant = -.infinity

        #expect(throws: GLPKError.nonFiniteObjective(variable: "x", value: .infinity)) { try GLPKSolver.solve(coefficient) }
        #expect(throws: GLPKError.nonFiniteObjectiveConstant(value: -.infinity)) { try GLPKSolver.solve(constant) }
    }

    @Test func columnOutOfRangeThrows() {
        let model = model { model, x in
            model.addConstraint("dangling", [LinearTerm(x), LinearTerm(VariableID(index: 7))], upperBound: 1)
        }

        #expect(throws: GLPKError.columnOutOfRange(row: "dangling", index: 7, columnCount: 1)) {
            try GLPKSolver.solve(model)
        }
    }

    @Test func invalidOptionsThrow() {
        let model = model { _, _ in }

        #expect(throws: GLPKError.invalidOption(name: "relativeGap", reason: "must be finite and ≥ 0, got -1.0")) {
            try GLPKSolver.solve(model, options: MIPOptions(relativeGap: -1))
        }
        #expect(throws: GLPKError.invalidOption(name: "timeLimitSeconds", reason: "must be ≥ 0, got -2.0")) {
            try GLPKSolver.solve(model, options: MIPOptions(timeLimitSeconds: -2))
        }
        #expect(throws: GLPKError.invalidOption(name: "nodeLimit", reason: "must be ≥ 0, got -1")) {
            try GLPKSolver.solve(model, options: MIPOptions(nodeLimit: -1))
        }
        #expect(throws: GLPKError.self) { try GLPKSolver.solveRelaxation(model, timeLimitSeconds: .nan) }
    }

    @Test func solverStillWorksAfterRefusals() throws {
        let broken = model { model, x in model.setBounds(x, lower: 5, upper: 3) }
        #expect(throws: GLPKError.self) { try GLPKSolver.solve(broken) }

        let fine = model { _, _ in }
        #expect(try GLPKSolver.solve(fine).solution?.values == [1])
    }

    @Test func integerBoundsAreRoundedInwards() throws {
        let input = try GLPKInput(validating: {
            var model = LinearModel()
            model.addVariable("n", kind: .integer, lowerBound: 0.5, upperBound: 3.7)
            model.addVariable("m", kind: .integer, lowerBound: 2.0000000001, upperBound: 2.9)
            model.addVariable("k", kind: .integer, lowerBound: -0.9999999999, upperBound: 4.9999999999)
            let b = model.addVariable("b", kind: .binary)
            model.setBounds(b, lower: -.infinity, upper: nil) // a binary column without bounds is 0/1
            model.addVariable("c", kind: .continuous, lowerBound: 0.5, upperBound: 0.5)
            return model
        }())

        #expect(input.columns.map(\.bounds) == [.double(1, 3), .fixed(2), .double(-1, 5), .double(0, 1), .fixed(0.5)])
        #expect(input.columns.map(\.isInteger) == [true, true, true, true, false])
    }

    @Test func errorsDescribeThemselves() {
        let error = GLPKError.nonFiniteCoefficient(row: "cover[Mon]", variable: "works[IDE03,Mon]", value: .infinity)
        #expect(error.description == "row 'cover[Mon]' has a non-finite coefficient inf on column 'works[IDE03,Mon]'")
    }
}
