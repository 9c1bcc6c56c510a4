/// The dates a disruption covers, as a cadre says them: « semaine 3 », « semaines 2–3 », a
/// range of dates, or the whole period.
///
/// Week `n` is the n-th block of seven days from the first day of the period (a month that
/// starts on a Monday therefore has calendar weeks); the last block may be shorter.
public enum StressDays: Sendable, Hashable, Codable {
    case period
    /// Weeks `first` through `last`, counted from 1.
    case weeks(first: Int, last: Int)
    case dates(from: CivilDate, to: CivilDate)

    /// `weekN`, `weeksN-M`, `FROM..TO` or `DATE`; nil if the text is none of these.
    static func parse(_ text: Substring) -> StressDays? {
        if text.hasPrefix("weeks") {
            let bounds = text.dropFirst(5).split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]) else { return nil }
            return .weeks(first: first, last: last)
        }
        if text.hasPrefix("week") {
            guard let week = Int(text.dropFirst(4)) else { return nil }
            return .weeks(first: week, last: week)
        }
        let bounds = text.components(separatedBy: "..")
        guard bounds.count <= 2, let from = CivilDate(iso: bounds[0]), let to = CivilDate(iso: bounds[bounds.count - 1]) else { return nil }
        return .dates(from: from, to: to)
    }

    /// The notation `parse` reads.
    var notation: String {
        switch self {
        case .period: "period"
        case .weeks(let first, let last): first == last ? "week\(first)" : "weeks\(first)-\(last)"
        case .dates(let from, let to): from == to ? "\(from)" : "\(from)..\(to)"
        }
    }

    /// The dates inside `period`, or the problem with them (a week or a date outside the period).
    func resolve(in period: PlanningPeriod) -> Result<[CivilDate], StressDaysProblem> {
        switch self {
        case .period:
            return .success(period.dates)
        case .weeks(let first, let last):
            let weekCount = (period.days + 6) / 7
            guard first >= 1, last >= first, last <= weekCount else {
                return .failure(.init(message: "week \(first == last ? "\(first)" : "\(first)-\(last)") is outside the period, which has weeks 1 to \(weekCount) (7 days each from \(period.start))"))
            }
            let start = (first - 1) * 7, end = min(period.days, last * 7)
            return .success(period.dates[start..<end].map { $0 })
        case .dates(let from, let to):
            guard from <= to else { return .failure(.init(message: "\(from) is after \(to)")) }
            guard period.contains(from), period.contains(to) else {
                return .failure(.init(message: "\(from)..\(to) is outside the period \(period.start)..\(period.lastDate)"))
            }
            return .success((0...from.days(to: to)).map { from.adding(days: $0) })
        }
    }
}

/// Why a `StressDays` does not fit the period.
struct StressDaysProblem: Error {
    var message: String
}

extension [CivilDate] {
    /// « du 2026-06-15 au 2026-06-21 », or « le 2026-06-15 » for one day.
    var frenchRange: String {
        guard let first, let last else { return "" }
        return first == last ? "le \(first)" : "du \(first) au \(last)"
    }
}
