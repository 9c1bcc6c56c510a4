/// How each kind of disruption becomes absences and minimums for one unit.
extension StressCase {
    struct Resolution {
        var disruption: StressDisruption
        var problem: PlanningProblem
        var seed: UInt64
        var absenceCode: AbsenceCode

        func fail(_ message: String) -> StressError {
            .invalidDisruptions([StressError.Issue(option: disruption.option, value: disruption.notation, problem: message)])
        }

        func dates(_ days: StressDays) throws(StressError) -> [CivilDate] {
            switch days.resolve(in: problem.scenario.period) {
            case .success(let dates): return dates
            case .failure(let problem): throw fail(problem.message)
            }
        }

        /// Agents holding `skill` (everyone for nil), in staff order.
        func holders(_ skill: Skill?) -> [Int] { (0..<problem.staffCount).filter { problem.staff($0, has: skill) } }

        func requireHolders(_ skill: Skill) throws(StressError) {
            guard !holders(skill).isEmpty else { throw fail("no agent holds the skill « \(skill) »") }
        }

        func absence(_ staff: [Int], _ dates: [CivilDate]) -> [Disruption.NewAbsence] {
            guard !staff.isEmpty, let first = dates.first, let last = dates.last else { return [] }
            return [Disruption.NewAbsence(staff: staff.map(problem.staffID), from: first, to: last, code: absenceCode)]
        }

        /// `count` agents of `pool` drawn with the seed mixed with the disruption's notation, in staff order.
        func draw(_ count: Int, from pool: [Int]) -> [Int] {
            var generator = SeededGenerator(seed: StressCase.mix(seed, disruption.notation))
            return pool.shuffled(using: &generator).prefix(count).sorted()
        }

        func absenceWave(_ percent: Int, _ skill: Skill?, _ days: StressDays) throws(StressError) -> StressCase {
            let dates = try dates(days)
            if let skill { try requireHolders(skill) }
            let pool = StressCase.available(holders(skill), on: dates, problem)
            let chosen = draw(StressCase.share(percent, of: pool.count), from: pool)
            return StressCase(disruption: disruption,
                              label: "\(percent) % des agents\(skill.map { " \($0)" } ?? "") (\(chosen.count) sur \(pool.count) présents) absents \(dates.frenchRange)",
                              applied: Disruption(absences: absence(chosen, dates)), absentStaff: chosen.map(problem.staffID))
        }

        func surge(_ shift: ShiftCode, _ skill: Skill?, _ extra: Int, _ days: StressDays) throws(StressError) -> StressCase {
            let dates = try dates(days)
            guard let t = problem.shiftIndex[shift] else { throw fail("unknown shift code « \(shift) »") }
            if let skill { try requireHolders(skill) }
            return StressCase(disruption: disruption,
                              label: "minimum \(shift)\(skill.map { "/\($0)" } ?? "") relevé de \(extra) personne(s) \(dates.frenchRange)",
                              applied: Disruption(minimums: StressCase.raisedBy(extra, shift: t, skill: skill, on: dates, problem)), absentStaff: [])
        }

        func skillLoss(_ skill: Skill, _ days: StressDays) throws(StressError) -> StressCase {
            let dates = try dates(days)
            try requireHolders(skill)
            let chosen = holders(skill)
            return StressCase(disruption: disruption, label: "aucun agent \(skill) disponible \(dates.frenchRange) (\(chosen.count) agent(s) absent(s))",
                              applied: Disruption(absences: absence(chosen, dates)), absentStaff: chosen.map(problem.staffID))
        }

        func absent(_ staff: [StaffID], _ days: StressDays) throws(StressError) -> StressCase {
            let dates = try dates(days)
            let unknown = staff.filter { problem.staffIndex[$0] == nil }
            guard unknown.isEmpty else { throw fail("unknown staff id\(unknown.count > 1 ? "s" : "") \(unknown.map { "« \($0) »" }.joined(separator: ", "))") }
            let chosen = Set(staff.compactMap { problem.staffIndex[$0] }).sorted()
            let ids = chosen.map(problem.staffID)
            return StressCase(disruption: disruption, label: "\(ids.map(\.rawValue).joined(separator: ", ")) absent(s) \(dates.frenchRange)",
                              applied: Disruption(absences: absence(chosen, dates)), absentStaff: ids)
        }

        func anap(_ sick: Int, _ minimum: Int, _ skill: Skill) throws(StressError) -> StressCase {
            guard sick >= 1, minimum >= 1 else { throw fail("the number of sick agents and the minimum must be at least 1") }
            try requireHolders(skill)
            let (sickDays, raisedDays) = StressCase.anapCalendar(problem.scenario.period)
            let pool = StressCase.available(holders(skill), on: sickDays, problem)
            let chosen = draw(sick, from: pool)
            let shifts = Set(problem.demand.filter { $0.skill == skill && $0.minimum > 0 }.map(\.shift)).sorted()
            let minimums = shifts.map {
                Disruption.RaisedMinimum(shift: problem.shifts[$0].code, skill: skill, minimum: minimum, from: raisedDays.first, to: raisedDays.last)
            }
            let codes = shifts.map { problem.shifts[$0].code.rawValue }.joined(separator: ", ")
            let shortage = chosen.count < sick ? " (\(sick) demandés, \(pool.count) présents)" : ""
            return StressCase(disruption: disruption,
                              label: "\(chosen.count) \(skill) en arrêt maladie \(sickDays.frenchRange)\(shortage), puis minimum de \(minimum) \(skill) "
                                  + "par poste (\(codes)) \(raisedDays.frenchRange) ; heures supplémentaires autorisées",
                              applied: Disruption(absences: absence(chosen, sickDays), minimums: minimums, allowOvertime: true),
                              absentStaff: chosen.map(problem.staffID))
        }
    }
}
