import Testing
@testable import Scheduling

/// The model can be dumped and read without GLPK, with rows named after rule and subject.
@Suite struct LPFormatTests {
    @Test func smallModelIsWrittenInCPLEXFormat() {
        var model = LinearModel()
        let x = model.addVariable("x[IDE01,2026-06-01,M]", kind: .binary, objective: 3)
        let y = model.addVariable("excess:fph08[IDE01]", kind: .continuous, upperBound: 10, objective: 0.5)
        model.addConstraint("rest[IDE01,2026-06-02,S>M]", [LinearTerm(x), LinearTerm(y, -2)], upperBound: 1)
        model.addConstraint("cover-target[2026-06-01,M,*]", [LinearTerm(x)], lowerBound: 1, upperBound: 1)
        let text = model.lpFormat()
        #expect(text.contains("Minimize\n obj: 3 x(IDE01,2026_06_01,M)#0 + 0.5 excess_fph08(IDE01)#1"))
        #expect(text.contains(" rest(IDE01,2026_06_02,S}M)#0: x(IDE01,2026_06_01,M)#0 - 2 excess_fph08(IDE01)#1 <= 1"))
        #expect(text.contains(" cover_target(2026_06_01,M,_)#1: x(IDE01,2026_06_01,M)#0 = 1"))
        #expect(text.contains(" 0 <= excess_fph08(IDE01)#1 <= 10"))
        #expect(text.contains("Binary\n x(IDE01,2026_06_01,M)#0\nEnd"))
    }

    @Test func everyRowOfARealEncodingIsWrittenWithItsName() throws {
        let problem = try PlanningProblem(MIPEvaluatorAgreementTests.unit())
        let model = MIPEncoding.build(problem).model
        let text = model.lpFormat()
        #expect(text.contains("fph33_days("))
        #expect(text.contains("one_shift(A1,2026_06_03)"))
        let rowLines = text.split(separator: "\n").filter { $0.contains("#") && $0.contains(":") && !$0.hasPrefix(" obj") && !$0.hasPrefix("\\") }
        let doubleBounded = model.constraints.filter { $0.lowerBound != nil && $0.upperBound != nil && $0.lowerBound != $0.upperBound }.count
        #expect(rowLines.count == model.constraints.count + doubleBounded)
    }
}
