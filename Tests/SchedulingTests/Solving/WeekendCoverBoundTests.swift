import Foundation
import Testing
@testable import Scheduling

/// The weekend bound (`WeekendCoverBound`): the weekend posts that stay open in every legal
/// roster once every agent has worked her maximum of weekends.
@Suite struct WeekendCoverBoundTests {
    @Test func tokensFillBothDaysOfAWeekendFirstThenOneDayNoMoreThanTheStaffADay() {
        // Three weekends needing (3, 1), (2, 2) and a Sunday alone needing 5; 4 agents, 4 tokens.
        // Best use: two tokens on the second weekend (4 posts), one on the first (2), one more
        // on either (1): 7 of 13 posts filled.
        #expect(WeekendCoverBound.leastOpenPosts(weekendDemands: [[3, 1], [2, 2], [5]], staff: 4, tokens: 4) == 6)
        // Tokens enough for every post, but no more than 4 agents on the lone Sunday.
        #expect(WeekendCoverBound.leastOpenPosts(weekendDemands: [[3, 1], [2, 2], [5]], staff: 4, tokens: 100) == 1)
        #expect(WeekendCoverBound.leastOpenPosts(weekendDemands: [[3, 1]], staff: 4, tokens: 0) == 4)
    }

    /// The best-known score of a Curtois–Qu instance (`best_upper` in best-known.tsv; proven
    /// optimal on 1–23, within 1 of its lower bound on 24): no valid bound exceeds it.
    static func bestKnown(_ instance: Int) throws -> Double {
        let table = try String(contentsOfFile: RepositoryPaths.curtoisInstance(1).replacingOccurrences(of: "Instance1.txt", with: "best-known.tsv"),
                               encoding: .utf8)
        let row = try #require(table.split(separator: "\n").map { $0.split(separator: "\t") }.first { $0.first == "\(instance)" })
        return try #require(Double(row[4]))
    }

    @Test func onTheCurtoisUnitsWeekendPostsStayOpenInEveryLegalRosterAndTheBoundStaysBelowTheBestKnownScore() throws {
        // Counted apart from the instance files by a script of its own (weekend demand against
        // the agents' weekend limits), each open post at 100: 228 posts on 22, 105 on 21, 33 on
        // 20, 10 on Curtois 3 (optimum 1 001); none on 9, 15 and 23.
        let expected: [Int: Double] = [
            1: 400, 2: 700, 3: 1_000, 4: 1_100, 5: 700, 6: 1_800, 7: 900, 8: 600, 10: 4_600, 11: 3_400, 12: 3_600,
            13: 100, 14: 800, 16: 3_100, 17: 5_600, 18: 4_100, 19: 2_600, 20: 3_300, 21: 10_500, 22: 22_800, 24: 3_900,
        ]
        for instance in 1...24 {
            let problem = try PlanningProblem(CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(instance)))
            let bound = WeekendCoverBound.bound(problem)
            #expect(bound == expected[instance], "Curtois \(instance)")
            #expect((bound ?? 0) <= (try Self.bestKnown(instance)), "Curtois \(instance): never above the best-known score")
        }
    }

    @Test func thereIsNoWeekendBoundWhenTheWeekendLimitIsSoftOrOneAgentMayFillTwoTargetsADay() throws {
        let scenario = try CurtoisInstance.load(path: RepositoryPaths.curtoisInstance(22))
        #expect(WeekendCoverBound.bound(try PlanningProblem(scenario)) != nil)
        var soft = scenario
        soft.rules.maxWorkedWeekends = LimitSetting(limit: nil, severity: .soft(weight: 30))
        #expect(WeekendCoverBound.bound(try PlanningProblem(soft)) == nil)
        var twice = scenario
        var copy = try #require(twice.demand.first)
        copy.skill = Skill("X")
        twice.demand.append(copy)
        #expect(WeekendCoverBound.bound(try PlanningProblem(twice)) == nil)
    }
}

extension WeekendCoverBound {
    /// The open posts at their weight under the catalogue's rules, as `CoverCountBound` counts
    /// them; nil when the rules do not allow the count or it finds none.
    static func bound(_ problem: PlanningProblem) -> Double? {
        openPosts(problem, rules: RuleCatalogue.rules(for: problem)).map { Double($0.posts) * $0.weight }
    }
}
