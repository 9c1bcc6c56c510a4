/// A lower bound on the score of every legal roster, read from the duals of the line master's
/// LP relaxation (the Lagrangian bound of column generation).
///
/// The coverage rows are priced by multipliers μ (the LP's duals, moved to the side of zero that
/// keeps them valid). Whatever μ, a legal roster scores at least
///
///     Σ_rows μ·rhs  +  Σ_slacks min(0, slack's cost − μ) · slack's upper bound
///                   +  Σ_agents (least cost of one of her legal lines when a worked cell costs −μ)
///
/// and each agent's term is bounded below by `AgentLineBuilder.lowerBound`. When generation has
/// converged this is the LP optimum over every legal line, much tighter on these units than the
/// compact model's relaxation; before that it is still valid, only weaker. It holds only while
/// no agent is held to a line (the root of the generation, not the dive).
enum LineBound {
    /// The duals with each coverage row's multiplier moved to where the bound stays valid: a
    /// minimum row's ≥ 0, a maximum row's ≤ 0, a target row's no lower than minus its surplus
    /// price (below it, one more person over target would make the bound −∞).
    static func multipliers(_ duals: [Double], rows: [LineMaster.CoverRow]) -> [Double] {
        var result = duals
        for row in rows {
            switch row.kind {
            case .minimum: result[row.row] = max(0, result[row.row])
            case .maximum: result[row.row] = min(0, result[row.row])
            case .target(_, let overCost): result[row.row] = max(-overCost, result[row.row])
            }
        }
        return result
    }

    /// The rows' part of the bound at multipliers `mu` (already valid): Σ μ·rhs plus the least
    /// the slacks can cost at those prices.
    static func coverPart(_ mu: [Double], rows: [LineMaster.CoverRow]) -> Double {
        rows.reduce(0) { total, row in
            let price = mu[row.row]
            var part = price * row.rhs
            switch row.kind {
            case .minimum(let shortCost, let shortUpper): part += min(0, shortCost - price) * shortUpper
            case .target(let underCost, _): part += min(0, underCost - price) * row.rhs
            case .maximum: break
            }
            return total + part
        }
    }

    /// `bound` raised to the next whole number when every price of the score is whole (then so
    /// is every score), less a small tolerance for the LP's rounding errors.
    static func roundedUp(_ bound: Double, problem: PlanningProblem, coverage: CoverageRule?) -> Double {
        let whole = (coverage.map { $0.shortfallWeight.rounded() == $0.shortfallWeight } ?? true)
            && problem.demand.allSatisfy { $0.underWeight.rounded() == $0.underWeight && $0.overWeight.rounded() == $0.overWeight }
            && problem.requests.allSatisfy { $0.weight.rounded() == $0.weight }
        let safe = bound - 1e-6 * max(1, abs(bound))
        return whole ? safe.rounded(.up) : safe
    }
}
