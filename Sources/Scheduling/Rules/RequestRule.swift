/// REQUEST — désidérata: a refused request costs its weight (explicit, or by priority P1/P2).
/// dayOff: refused if any shift; shiftOn: refused unless exactly that shift (Curtois–Qu);
/// shiftOff: refused if that shift; onlyShift: refused if another shift is worked.
struct RequestRule: DayLocalRule {
    let id: RuleID = "REQUEST"

    static func refused(_ request: RequestCell, _ t: Int) -> Bool {
        switch request.kind {
        case .dayOff: return t >= 0
        case .shiftOn: return t != request.shift
        case .shiftOff: return t >= 0 && t == request.shift
        case .onlyShift: return t >= 0 && t != request.shift
        }
    }

    func evaluate(_ grid: ShiftGrid, _ problem: PlanningProblem, staff s: Int, near days: ClosedRange<Int>, into violations: inout ViolationSink) {
        let mine = problem.requestsOfStaff[s]
        // Her requests are in day order: the first on or after `days` by halving.
        var low = 0, high = mine.count
        while low < high {
            let middle = (low + high) / 2
            if problem.requests[mine[middle]].day < days.lowerBound { low = middle + 1 } else { high = middle }
        }
        for i in mine[low...] {
            let request = problem.requests[i]
            guard request.day <= days.upperBound else { break }
            guard request.weight > 0 else { continue }
            let t = grid[request.staff, request.day]
            guard Self.refused(request, t) else { continue }
            violations.add(id, hard: false, amount: 1, unit: .requests, weight: request.weight) {
                let who = problem.staffID(request.staff), date = problem.dates[request.day]
                let wanted = request.shift.map { problem.shifts[$0].code.rawValue } ?? ""
                let got = t < 0 ? "repos" : problem.shifts[t].code.rawValue
                let priority = request.priority.map { " (\($0.rawValue))" } ?? ""
                let (fr, en): (String, String) = switch request.kind {
                case .dayOff: ("souhaitait un repos le \(Wording.dateFR(date)), planifié(e) en \(got)", "asked for a day off on \(date), rostered on \(got)")
                case .shiftOn: ("souhaitait \(wanted) le \(Wording.dateFR(date)), planifié(e) en \(got)", "asked for \(wanted) on \(date), rostered \(t < 0 ? "off" : got)")
                case .shiftOff: ("ne souhaitait pas \(wanted) le \(Wording.dateFR(date))", "asked not to work \(wanted) on \(date)")
                case .onlyShift: ("souhaitait uniquement \(wanted) le \(Wording.dateFR(date)), planifié(e) en \(got)", "asked for \(wanted) only on \(date), rostered on \(got)")
                }
                return Violation.Details(staff: who, dates: [date], shift: t >= 0 ? problem.shifts[t].code : nil, message: LocalizedText(fr: "Demande refusée\(priority) : \(who) \(fr).", en: "Request refused\(priority): \(who) \(en)."))
            }
        }
    }

    func encode(into mip: inout MIPEncoding) {
        let problem = mip.problem
        for request in problem.requests where request.weight > 0 && mip.isFree(request.staff) {
            let s = request.staff, d = request.day
            let cost: LinearExpression = switch request.kind {
            case .dayOff: mip.works(s, d)
            case .shiftOn: .constant(1) - mip.works(s, d, shift: request.shift!)
            case .shiftOff: mip.works(s, d, shift: request.shift!)
            case .onlyShift: mip.works(s, d) - mip.works(s, d, shift: request.shift!)
            }
            mip.addObjective(cost.scaled(request.weight))
        }
    }
}
