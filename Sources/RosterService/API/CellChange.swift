import RosterStore
import Scheduling

/// One cell of a version (an agent on a day): the alternatives for it with their effect on
/// the rules, and the roster with the cell changed (saved by the store as a new version whose
/// parent is this one, with its edit rows).
struct CellChange: Sendable {
    /// What the cell would become, and what the rules would then say of the whole roster.
    struct Alternative: Codable, Sendable {
        /// nil: a day off (*repos*).
        var shift: ShiftCode?
        var label: String
        var hardViolations: Int
        var objective: Double
        /// Objective minus the current one: negative is better.
        var delta: Double
        var current: Bool
    }

    let context: VersionContext
    let staffIndex: Int
    let dayIndex: Int

    /// Finds the cell, or `not-found` naming the agent or the day.
    init(context: VersionContext, staff: String, date: String) throws(ServiceError) {
        guard let s = context.problem.staffIndex[StaffID(staff)] else { throw .notFound("agent \(staff) dans ce planning") }
        guard let day = CivilDate(iso: date), let d = context.problem.dates.firstIndex(of: day) else {
            throw .notFound("jour \(date) dans la période de ce planning")
        }
        self.context = context
        staffIndex = s
        dayIndex = d
    }

    var member: StaffMember { context.problem.staff[staffIndex] }
    var date: CivilDate { context.problem.dates[dayIndex] }

    var current: ShiftCode? {
        let row = context.roster.rows.first { $0.staff == member.id }?.shifts ?? []
        return dayIndex < row.count ? row[dayIndex] : nil
    }

    /// A day off and every shift the agent may work, each evaluated on the whole roster.
    /// - Complexity: one full evaluation per shift type.
    func alternatives() throws(ServiceError) -> [Alternative] {
        let problem = context.problem
        let base: ShiftGrid
        do throws(ScenarioError) { base = try problem.grid(for: context.roster) } catch { throw .badRequest(error.description) }
        let evaluator = Evaluator(problem: problem)
        let currentObjective = context.report.objective
        var options: [Int] = [ShiftGrid.off]
        options += problem.shifts.indices.filter { problem.allowed[staffIndex][$0] }
        return options.map { t in
            var grid = base
            grid[staffIndex, dayIndex] = t
            let report = evaluator.evaluate(grid)
            let code = t < 0 ? nil : problem.shifts[t].code
            return Alternative(shift: code, label: t < 0 ? "repos" : problem.shifts[t].label, hardViolations: report.hardViolations.count,
                               objective: report.objective, delta: report.objective - currentObjective, current: code == current)
        }
    }

    /// The roster with this cell set to `shift` (nil: day off), provenance kept for the store.
    func roster(setting shift: ShiftCode?) throws(ServiceError) -> Roster {
        if let shift, context.problem.shiftIndex[shift] == nil { throw .badRequest("Poste inconnu « \(shift.rawValue) ».") }
        var roster = context.roster
        guard let row = roster.rows.firstIndex(where: { $0.staff == member.id }), dayIndex < roster.rows[row].shifts.count else {
            throw .notFound("ligne de l'agent \(member.id.rawValue)")
        }
        roster.rows[row].shifts[dayIndex] = shift
        return roster
    }
}
