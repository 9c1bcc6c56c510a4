import Testing
@testable import Scheduling

@Suite struct GLPKNamesTests {
    @Test(arguments: [
        ("rest[IDE03,2026-06-12]", "rest(IDE03,2026~06~12)"),
        ("Élodie Févre", "Elodie_Fevre"),
        ("a:b+c", "a_b_c"),
        ("3 nights", "_3_nights"),
        (".hidden", "_.hidden"),
        ("line\nbreak\u{0}", "line_break_"),
        ("-r_2", "_~r_2"),
        ("cover{Mon}|IDE", "cover{Mon}|IDE"),
        ("", ""),
    ])
    func namesAreMadeValidForCPLEXLP(original: String, expected: String) {
        #expect(GLPKNames.sanitised(original) == expected)
    }

    @Test func longNamesAreCutToGLPKsLimit() {
        let long = String(repeating: "n", count: 300)
        let names = GLPKNames(columns: [long, long], rows: [])

        #expect(names.columns[0] == String(repeating: "n", count: 255))
        #expect(names.columns[1] == String(repeating: "n", count: 253) + "#2")
        #expect(names.columns.allSatisfy { $0.utf8.count <= GLPKNames.maximumLength })
    }

    @Test func duplicatesAndEmptyNamesAreMadeUnique() {
        let names = GLPKNames(columns: ["x", "x", "", "x#2"], rows: ["x", "", "r2"])

        #expect(names.columns == ["x", "x#2", "x3", "x#2#2"])
        #expect(names.rows == ["x", "r2", "r2#2"])
        #expect(names.renamed.map(\.original) == ["x", "", "x#2", "", "r2"])
    }

    @Test func awkwardNamesDoNotUpsetGLPK() throws {
        var model = LinearModel()
        let long = String(repeating: "é", count: 200) // 400 bytes in UTF-8
        let a = model.addVariable(long, kind: .binary, objective: -1)
        let b = model.addVariable(long, kind: .binary, objective: -1)
        let c = model.addVariable("", kind: .binary, objective: -1)
        model.addConstraint("tab\there\n", [LinearTerm(a), LinearTerm(b), LinearTerm(c)], upperBound: 2)
        model.addConstraint("", [LinearTerm(a), LinearTerm(c)], upperBound: 1)

        let solution = try #require(try GLPKSolver.solve(model, options: MIPOptions(relativeGap: 0)).solution)
        let text = try GLPKSolver.lpText(model)

        #expect(solution.objective == -2)
        #expect(text.contains("tab_here_"))
        #expect(text.contains(String(repeating: "e", count: 200)))
        #expect(text.contains("x3"))
    }
}
