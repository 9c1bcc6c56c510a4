import Testing
@testable import Scheduling

@Suite struct GLPKLPTextTests {
    @Test func dumpNamesRowsAndColumns() throws {
        let (values, weights, capacity) = GLPKTestModels.smallKnapsack
        var model = GLPKTestModels.knapsack(values: values, weights: weights, capacity: capacity, constant: 12)
        let rest = model.addVariable("rest[IDE03,2026-06-12]", kind: .integer, upperBound: 3, objective: 1)
        model.addConstraint("minRest[IDE03]", [LinearTerm(rest)], lowerBound: 1, upperBound: 2)

        let text = try GLPKSolver.lpText(model)

        #expect(text.contains("Minimize"))
        #expect(text.contains("Subject To"))
        #expect(text.contains(" capacity: + take(item0) + 5 take(item1) + 3 take(item2) + 4 take(item3)\n <= 8"))
        #expect(text.contains(" minRest(IDE03): + rest(IDE03,2026~06~12) - ~r_2 = 1"))
        #expect(text.contains(" 0 <= ~r_2 <= 1"))
        #expect(text.contains("rest(IDE03,2026~06~12)"))
        #expect(text.contains("constant term = 12"))
        #expect(text.contains("\\   rest(IDE03,2026~06~12) <- rest[IDE03,2026-06-12]"))
        #expect(text.contains("\\   minRest(IDE03) <- minRest[IDE03]"))
        #expect(text.contains("Generals"))
        #expect(text.hasSuffix("End\n"))
    }

    @Test func cleanNamesNeedNoRenamingNote() throws {
        var model = LinearModel()
        let x = model.addVariable("x", kind: .continuous, objective: 1)
        model.addConstraint("floor", [LinearTerm(x)], lowerBound: 2)

        let text = try GLPKSolver.lpText(model)

        #expect(!text.contains("Names changed"))
        #expect(text.contains(" floor: + x >= 2"))
    }
}
