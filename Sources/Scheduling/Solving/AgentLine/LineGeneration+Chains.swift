extension LineGeneration {
    /// Ejection chains aimed at the posts `roster` leaves open (`CoverageRule.openPosts`): a free
    /// agent is made to take an open post (her cheapest legal line that works it, `cheapestLine(taking:)`),
    /// which may open some of hers; another free agent is made to take one of those, and so on,
    /// up to `chainDepth` agents, the `chainBeam` best chains kept at each length. The first
    /// chain whose roster the evaluator scores lower is kept, the best responses of all `agents`
    /// follow, and the search starts again, up to `maxChainPasses` times or until `deadline`.
    ///
    /// This reaches what pairs cannot: a post that b can take only if a takes one of b's, which
    /// a can take only if c takes one of a's (each step alone leaves the score where it was or
    /// worse, so best responses never take it).
    func postChains(_ roster: inout ShiftGrid, agents: [Int], state: State, until deadline: ContinuousClock.Instant? = nil) {
        guard let coverage = builder.coverage else { return }
        for _ in 0..<Self.maxChainPasses {
            let score = evaluator.score(roster)
            guard let better = improvingChain(from: roster, score: score, agents: agents, coverage: coverage, state: state, until: deadline)
            else { return }
            roster = better
            bestResponses(&roster, agents: agents, state: state)
        }
    }

    /// The first chain from `roster` found to score below `score`, or nil (none up to
    /// `chainDepth` within the beam, or `deadline`).
    private func improvingChain(from roster: ShiftGrid, score: SearchScore, agents: [Int], coverage: CoverageRule, state: State,
                                until deadline: ContinuousClock.Instant?) -> ShiftGrid? {
        // Each chain so far, the agents it moved, and the posts its last link opened (at first,
        // those open in `roster`).
        var beam: [(roster: ShiftGrid, moved: Set<Int>, targets: [Int])] = [(roster, [], coverage.openPosts(in: roster, of: problem))]
        for _ in 0..<Self.chainDepth {
            var links: [(roster: ShiftGrid, moved: Set<Int>, targets: [Int], score: SearchScore)] = []
            for link in beam {
                let open = Set(coverage.openPosts(in: link.roster, of: problem))
                for post in link.targets.map({ problem.demand[$0] }) {
                    for b in agents where !link.moved.contains(b) && problem.staff(b, has: post.skill) && link.roster[b, post.day] != post.shift {
                        if let deadline, ContinuousClock.now >= deadline { return nil }
                        guard let line = cheapestLine(for: b, in: link.roster, state: state, exact: false, taking: (post.day, post.shift))
                        else { continue }
                        var trial = link.roster
                        trial.setLine(of: b, to: line.shifts)
                        let trialScore = evaluator.score(trial)
                        if trialScore < score { return trial }
                        let opened = coverage.openPosts(in: trial, of: problem).filter { !open.contains($0) }
                        links.append((trial, link.moved.union([b]), opened, trialScore))
                    }
                }
            }
            beam = links.sorted { $0.score < $1.score }.prefix(Self.chainBeam).map { ($0.roster, $0.moved, $0.targets) }
        }
        return nil
    }

    /// The most agents one chain moves.
    static let chainDepth = 3
    /// The chains of each length kept to grow the next (the lowest scores).
    static let chainBeam = 4
    /// The most improving chains kept in one finish.
    static let maxChainPasses = 5
}
