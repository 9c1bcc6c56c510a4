import ArgumentParser
import Foundation
import Scheduling

/// `sched-cli generate`: seeded, realistic units for tests and load tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a realistic unit (scenario JSON) of a chosen size and shift system from a seed.",
        discussion: """
            The same options always give the same file. With --count N, --out is a directory and the \
            files use seeds SEED, SEED+1, … (unit-<staff>-<system>-<month>-s<seed>.json).
            """)

    @Option(name: .long, help: "Number of agents, \(UnitSpecification.staffRange.lowerBound)–\(UnitSpecification.staffRange.upperBound).")
    var staff: Int = 20

    @Option(name: .long, help: "Shift system: 7h30 (M/S and a 10 h night), 10h (derogation) or 12h (day/night alternating).")
    var shiftSystem: ShiftSystemOption = .sevenThirty

    @Option(name: .long, help: "The month to plan, YYYY-MM.")
    var month: String = "2026-03"

    @Option(name: .long, help: "Seed (the first one with --count).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Number of units; with more than one, --out is a directory.")
    var count: Int = 1

    @Option(name: .long, help: "Output file (or directory with --count); standard output when absent and --count is 1.")
    var out: String?

    enum ShiftSystemOption: String, ExpressibleByArgument, CaseIterable {
        case sevenThirty = "7h30", ten = "10h", twelve = "12h"
        var system: ShiftSystem { ShiftSystem(rawValue: rawValue) ?? .sevenThirty }
    }

    func validate() throws {
        guard let parsed = UnitSpecification.month(from: month) else { throw ValidationError("--month must be YYYY-MM, got « \(month) »") }
        if let problem = specification(seed: seed, parsed).problem { throw ValidationError(problem) }
        guard (1...10_000).contains(count) else { throw ValidationError("--count must be between 1 and 10000") }
        if count > 1, out == nil { throw ValidationError("--count above 1 needs --out DIRECTORY") }
    }

    func specification(seed: UInt64, _ parsed: (year: Int, month: Int)) -> UnitSpecification {
        UnitSpecification(staffCount: staff, shiftSystem: shiftSystem.system, year: parsed.year, month: parsed.month, seed: seed)
    }

    func run() throws {
        guard let parsed = UnitSpecification.month(from: month) else { throw ValidationError("--month must be YYYY-MM") }
        if count == 1 {
            guard let generator = UnitGenerator(specification(seed: seed, parsed)) else { throw ValidationError("cannot generate this unit") }
            let data = ScenarioFile.encode(generator.generate())
            if let out {
                try data.write(to: URL(fileURLWithPath: out))
                print("\(out): \(staff) agents, \(shiftSystem.rawValue), \(month), graine \(seed)")
            } else {
                FileHandle.standardOutput.write(data)
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
            return
        }
        guard let out else { return }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for offset in 0..<count {
            let unitSeed = seed &+ UInt64(offset)
            guard let generator = UnitGenerator(specification(seed: unitSeed, parsed)) else { continue }
            let name = "unit-\(staff)-\(shiftSystem.rawValue)-\(month)-s\(unitSeed).json"
            try ScenarioFile.encode(generator.generate()).write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
        }
        print("\(out): \(count) unités de \(staff) agents (\(shiftSystem.rawValue), \(month)), graines \(seed)…\(seed &+ UInt64(count - 1))")
    }
}
