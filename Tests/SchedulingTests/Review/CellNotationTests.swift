import Testing
@testable import Scheduling

/// The command-line notation of cells: what it reads, and errors that name the option and the form.
@Suite struct CellNotationTests {
    @Test func readsCellsAssignmentsAndSwapsWithDashedIds() throws {
        let (staff, date) = try CellNotation.cell("IDE-03:2026-06-12", option: "--lock")
        #expect(staff == "IDE-03" && date == .jun(12))
        #expect(try CellNotation.assignment("IDE-03:2026-06-12=N", option: "--set") == .set(staff: "IDE-03", date: .jun(12), shift: "N"))
        #expect(try CellNotation.swap("IDE-01,IDE-02:2026-06-14", option: "--swap") == .swap("IDE-01", "IDE-02", date: .jun(14)))
    }

    @Test func readsAbsencesAndRaisedMinimums() throws {
        let absence = try CellNotation.absence("IDE-01,IDE-02:2026-06-10..2026-06-20", option: "--absent", code: "MAL")
        #expect(absence == Disruption.NewAbsence(staff: ["IDE-01", "IDE-02"], from: .jun(10), to: .jun(20), code: "MAL"))
        let single = try CellNotation.absence("X01:2026-06-15", option: "--absent", code: "CA")
        #expect(single.from == .jun(15) && single.to == .jun(15))
        #expect(try CellNotation.minimum("J=11", option: "--minimum") == Disruption.RaisedMinimum(shift: "J", minimum: 11))
        #expect(try CellNotation.minimum("N/IDE=11@2026-06-22..2026-06-30", option: "--minimum")
                == Disruption.RaisedMinimum(shift: "N", skill: "IDE", minimum: 11, from: .jun(22), to: .jun(30)))
    }

    @Test(arguments: [
        ("--set", "IDE-03:2026-06-12"), ("--set", "IDE-03=N"), ("--set", "IDE-03:2026-13-40=N"),
        ("--swap", "IDE-01:2026-06-14"), ("--swap", "IDE-01,IDE-01:2026-06-14"),
        ("--absent", "2026-06-10..2026-06-20"), ("--absent", "X01:2026-06-10..2026-06-20..2026-06-21"),
        ("--minimum", "J"), ("--minimum", "J=eleven"), ("--minimum", "J=-1"), ("--minimum", "/IDE=3"), ("--minimum", "J=11@juin"),
    ])
    func malformedValuesNameTheOptionAndTheExpectedForm(option: String, value: String) {
        do {
            switch option {
            case "--set": _ = try CellNotation.assignment(value, option: option)
            case "--swap": _ = try CellNotation.swap(value, option: option)
            case "--absent": _ = try CellNotation.absence(value, option: option, code: "MAL")
            default: _ = try CellNotation.minimum(value, option: option)
            }
            Issue.record("\(option) \(value) was accepted")
        } catch {
            #expect(error.description.hasPrefix("\(option) \(value): "))
            #expect(error.description.contains("expected") || error.description.contains("not a date"))
        }
    }
}
