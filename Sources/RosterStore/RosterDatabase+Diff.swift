import Scheduling

extension RosterDatabase {
    /// The explainable diff between two versions of a roster (`RosterDiff`): each changed cell
    /// with what set it (`CellOrigin`) and who (the later version's author), its effect on
    /// every rule, coverage, requests and hours — for example a later version against the
    /// signed one it was made from.
    public func diff(rosterId: Int64, from before: Int, to after: Int) throws(StoreError) -> RosterDiff {
        let stored = try scenario(id: try rosterRecord(id: rosterId).scenarioId)
        let problem = try Self.problem(of: stored)
        let first = try version(rosterId: rosterId, number: before).roster()
        let second = try version(rosterId: rosterId, number: after).roster()
        do throws(RosterDiffError) {
            return try RosterDiff.compare(first, second, evaluator: Evaluator(problem: problem),
                                          sources: ("roster \(rosterId) v\(before)", "roster \(rosterId) v\(after)"))
        } catch {
            throw .corruptContent(what: "roster \(rosterId) v\(before) → v\(after)", detail: "\(error)")
        }
    }

    /// The version's nearest ancestor that is signed (itself excluded), if any.
    public func signedAncestor(rosterId: Int64, of number: Int) throws(StoreError) -> StoredVersion? {
        let all = try versions(rosterId: rosterId)
        let byId = Dictionary(all.compactMap { v in v.id.map { ($0, v) } }, uniquingKeysWith: { first, _ in first })
        var current = all.first { $0.number == number }?.parentVersionId.flatMap { byId[$0] }
        while let version = current {
            if version.state == .signed { return version }
            current = version.parentVersionId.flatMap { byId[$0] }
        }
        return nil
    }
}
