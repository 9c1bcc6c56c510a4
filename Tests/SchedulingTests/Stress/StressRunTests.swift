import Testing
@testable import Scheduling

/// A stress run repairs after each disruption and reports what the evaluator finds.
@Suite struct StressRunTests {
    /// Four IDE over a week; one M and one S each day (hard minimums), two of them ECMO-trained.
    static let unit = TinyUnit(agents: ["IDE01", "IDE02", "IDE03", "IDE04"]).with {
        $0.staff[0].skills = ["ECMO"]; $0.staff[1].skills = ["ECMO"]
        $0.demand = [DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "M", minimum: 1),
                     DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "S", minimum: 1),
                     DemandRule(days: DaySelection(from: .jun(1), to: .jun(7)), shift: "S", skill: "ECMO", minimum: 1)]
    }
    /// Repeatable and small: no clock.
    static let options = StressOptions(repairTimeLimitSeconds: nil, solveTimeLimitSeconds: nil, iterationLimit: 4, nodeLimit: 50, seed: 5)
    static let batch: [StressDisruption] = [
        .absenceWave(percent: 50, skill: nil, days: .dates(from: .jun(2), to: .jun(3))),
        .skillLoss(skill: "ECMO", days: .dates(from: .jun(5), to: .jun(5))),
        .surge(shift: "M", skill: nil, extra: 3, days: .dates(from: .jun(6), to: .jun(6))),
    ]

    static func roster(_ problem: PlanningProblem) -> Roster {
        problem.roster(from: RosterRepairTests.grid(problem, "S S S - S S -", "- - - S - - S", "M M M M - - -", "- - - - M M M"))
    }

    @Test func coverageAndUncoveredPostsAgreeWithTheEvaluatorOnEachRepairedRoster() throws {
        let problem = try Self.unit.problem()
        let run = try StressRun.execute(problem.scenario, roster: Self.roster(problem), disruptions: Self.batch, options: Self.options)
        #expect(run.report.entries.count == 3)
        #expect(run.report.baseline.hardViolations == 0 && run.report.baseline.coverage.percent == 100)
        for (entry, repair) in zip(run.report.entries, run.repairs) {
            let judged = Evaluator(problem: repair.problem).evaluate(repair.grid)
            let short = judged.violations.filter { $0.rule == "COVER-MIN" }
            #expect(entry.coverage.requiredPosts == 7 * 3 + (entry.option == "--surge" ? 3 : 0))
            #expect(entry.coverage.requiredPosts - entry.coverage.filledPosts == Int(short.reduce(0) { $0 + $1.amount }))
            #expect(entry.uncoveredPosts.map { "\($0.date) \($0.shift) \($0.skill?.rawValue ?? "-") \($0.missing)" }.sorted()
                    == short.map { "\($0.dates[0]) \($0.shift?.rawValue ?? "?") \($0.skill?.rawValue ?? "-") \(Int($0.amount))" }.sorted())
            #expect(entry.hardViolations == judged.hardViolations.count)
            #expect(!entry.objectiveMismatch)
        }
        // Nobody holds ECMO on 5 June: that post cannot be covered, whatever the repair does.
        #expect(run.report.entries[1].uncoveredPosts.contains { $0.date == .jun(5) && $0.skill == "ECMO" })
        // Three more on the M of 6 June with four agents, two already on S: at least one post missing.
        #expect(run.report.entries[2].coverage.filledPosts < run.report.entries[2].coverage.requiredPosts)
    }

    @Test func theSameSeedGivesTheSameReport() throws {
        let scenario = Self.unit.scenario
        // No roster: the run proposes one first, also repeatably.
        let first = try StressRun.run(scenario, roster: nil, disruptions: Self.batch, options: Self.options)
        let second = try StressRun.run(scenario, roster: nil, disruptions: Self.batch, options: Self.options)
        #expect(first.withoutTimings == second.withoutTimings)
        #expect(first.repeatable && first.baseline.source.hasPrefix("proposé"))
    }

    @Test func everyProblemWithTheBatchIsReportedBeforeAnySolve() throws {
        let scenario = Self.unit.scenario
        #expect(throws: StressError.invalidDisruptions([
            .init(option: "--absence-wave", value: "10%:week2", problem: "week 2 is outside the period, which has weeks 1 to 1 (7 days each from 2026-06-01)"),
            .init(option: "--absent", value: "IDE09:week1", problem: "unknown staff id « IDE09 »"),
        ])) {
            try StressRun.run(scenario, roster: nil, disruptions: [
                .absenceWave(percent: 10, skill: nil, days: .weeks(first: 2, last: 2)),
                .absent(staff: ["IDE09"], days: .weeks(first: 1, last: 1)),
            ], options: Self.options)
        }
    }

    @Test func theHTMLReportHasOneRowPerDisruptionAndEscapesTheInput() throws {
        var scenario = Self.unit.scenario
        scenario.name = "<script>alert('x')</script> & co"
        let problem = try PlanningProblem(scenario)
        let report = try StressRun.run(scenario, roster: Self.roster(problem), disruptions: Array(Self.batch.prefix(2)), options: Self.options)
        let html = report.html
        #expect(html.components(separatedBy: "<tr class=\"perturbation\">").count - 1 == 2)
        #expect(html.components(separatedBy: "<g class=\"perturbation\">").count - 1 == 2, "one bar pair per disruption in the chart")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"fr\">") && html.contains("<svg"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2, "no external asset: only the SVG namespace")
        #expect(!html.contains("<link") && !html.contains("src="))
    }

    @Test func theStandardBatchFitsTheUnit() throws {
        let problem = try Self.unit.problem()
        // One week: every week-based disruption falls in week 1; no night shift is demanded.
        #expect(StressBatch.standard(for: problem).map(\.notation) == [
            "10%:week1", "20%:week1", "M+1@week1", "ECMO:2026-06-01..2026-06-03",
        ])
    }
}
