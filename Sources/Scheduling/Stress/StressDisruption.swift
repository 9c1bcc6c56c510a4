/// One event of a roster stress test (« test de charge » du planning): what could happen to
/// the unit after the roster was made, for the cadre to see in advance what a repair would cost.
///
/// A disruption is written as the cadre would say it; `StressCase` turns it into concrete
/// absences and minimums (a `Disruption`) for one unit, choosing agents with the seed.
public enum StressDisruption: Sendable, Hashable, Codable {
    /// Vague d'absences (epidemic, strike of the school bus, heat wave…): `percent` % of the
    /// agents — those holding `skill`, if given — absent on `days`, chosen with the seed.
    case absenceWave(percent: Int, skill: Skill?, days: StressDays)
    /// Afflux (pic d'activité: a heat wave, a mass-casualty plan): the minimum staffing of
    /// `shift` (for `skill`, if given) raised by `extra` persons on `days`.
    case surge(shift: ShiftCode, skill: Skill?, extra: Int, days: StressDays)
    /// Perte d'une compétence: nobody holding `skill` (IADE, EER-ECMO, référent…) is available
    /// on `days`. Modelled as every holder absent on those dates: the roster has no
    /// availability finer than the day, so a holder who would lose only the nights also loses
    /// the day shifts of those dates — a harder test than the event, never a milder one.
    case skillLoss(skill: Skill, days: StressDays)
    /// Named agents absent on `days` (a known long sick leave, a training course).
    case absent(staff: [StaffID], days: StressDays)
    /// The ANAP exercise of March 2025 (« Plannings : prêts à affronter l'IA ? »): an epidemic
    /// puts `sick` nurses (holders of `skill`, IDE) on sick leave for the middle week of the
    /// period, then the director of care raises the minimum to `minimum` nurses on every shift
    /// that requires them, from the day after that week to the end of the period; overtime
    /// (heures supplémentaires) is allowed within the legal cap.
    case anapExercise(sick: Int, minimum: Int, skill: Skill)

    /// The ANAP exercise as run on the day: 10 IDE sick, 11 IDE per shift.
    public static let anap = StressDisruption.anapExercise(sick: 10, minimum: 11, skill: "IDE")

    /// The command-line option that writes this kind of disruption.
    public var option: String {
        switch self {
        case .absenceWave: "--absence-wave"
        case .surge: "--surge"
        case .skillLoss: "--skill-loss"
        case .absent: "--absent"
        case .anapExercise: "--anap"
        }
    }

    /// The disruption as `sched-cli stress` arguments: the option and its value, or the bare
    /// `--anap` flag for the ANAP exercise as run on the day (`StressDisruption.anap`).
    public var arguments: [String] {
        if case .anapExercise = self { return [option] }
        return [option, notation]
    }

    /// The text of the option's value (`15%:week3`, `N/IDE+1@week4`…), as `parse` reads it.
    public var notation: String {
        switch self {
        case .absenceWave(let percent, let skill, let days): "\(percent)%\(skill.map { "/\($0)" } ?? ""):\(days.notation)"
        case .surge(let shift, let skill, let extra, let days):
            "\(shift)\(skill.map { "/\($0)" } ?? "")+\(extra)\(days == .period ? "" : "@\(days.notation)")"
        case .skillLoss(let skill, let days): "\(skill):\(days.notation)"
        case .absent(let staff, let days): "\(staff.map(\.rawValue).joined(separator: ",")):\(days.notation)"
        case .anapExercise(let sick, let minimum, let skill): "\(sick)x\(skill)+\(minimum)"
        }
    }

    /// Short French name of the kind, for tables.
    public var kindLabel: String {
        switch self {
        case .absenceWave: "Vague d'absences"
        case .surge: "Afflux"
        case .skillLoss: "Perte de compétence"
        case .absent: "Absences nommées"
        case .anapExercise: "Exercice ANAP"
        }
    }
}

extension StressDisruption {
    /// `PCT%[/SKILL]:DAYS`, e.g. `15%:week3`, `20%/IDE:weeks2-3`, `10%:2026-06-08..2026-06-14`.
    public static func absenceWave(notation value: String) throws(StressError) -> StressDisruption {
        let form = "expected PCT%[/SKILL]:DAYS, e.g. 15%:week3, 20%/IDE:weeks2-3 or 10%:2026-06-08..2026-06-14"
        guard let colon = value.firstIndex(of: ":"), let days = StressDays.parse(value[value.index(after: colon)...]) else {
            throw bad("--absence-wave", value, form)
        }
        let share = value[..<colon].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard share[0].hasSuffix("%"), let percent = Int(share[0].dropLast()), share.count == 1 || !share[1].isEmpty else {
            throw bad("--absence-wave", value, form)
        }
        guard (1...100).contains(percent) else { throw bad("--absence-wave", value, "the percentage must be between 1 and 100, got \(percent)") }
        return .absenceWave(percent: percent, skill: share.count == 2 ? Skill(String(share[1])) : nil, days: days)
    }

    /// `SHIFT[/SKILL]+N[@DAYS]`, e.g. `N/IDE+1@week4`, `J+2@2026-06-20..2026-06-21`, `M+1`.
    public static func surge(notation value: String) throws(StressError) -> StressDisruption {
        let form = "expected SHIFT[/SKILL]+N[@DAYS], e.g. N/IDE+1@week4 or J+2@2026-06-20..2026-06-21"
        let main = value.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        var days = StressDays.period
        if main.count == 2 {
            guard let parsed = StressDays.parse(main[1]) else { throw bad("--surge", value, form) }
            days = parsed
        }
        let parts = main[0].split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count == 2, let extra = Int(parts[1]) else { throw bad("--surge", value, form) }
        guard (1...50).contains(extra) else { throw bad("--surge", value, "the increase must be between 1 and 50 persons, got \(extra)") }
        let target = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(target.count), !target.contains(where: \.isEmpty) else { throw bad("--surge", value, form) }
        return .surge(shift: ShiftCode(String(target[0])), skill: target.count == 2 ? Skill(String(target[1])) : nil, extra: extra, days: days)
    }

    /// `SKILL:DAYS`, e.g. `EER-ECMO:2026-06-18..2026-06-20` or `REF:week2`.
    public static func skillLoss(notation value: String) throws(StressError) -> StressDisruption {
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex,
              let days = StressDays.parse(value[value.index(after: colon)...]) else {
            throw bad("--skill-loss", value, "expected SKILL:DAYS, e.g. EER-ECMO:2026-06-18..2026-06-20 or REF:week2")
        }
        return .skillLoss(skill: Skill(String(value[..<colon])), days: days)
    }

    /// `STAFF[,STAFF…]:DAYS`, e.g. `IDE01,IDE02:week2`.
    public static func absent(notation value: String) throws(StressError) -> StressDisruption {
        let form = "expected STAFF[,STAFF…]:DAYS, e.g. IDE01,IDE02:week2 or IDE03:2026-06-10..2026-06-20"
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex,
              let days = StressDays.parse(value[value.index(after: colon)...]) else { throw bad("--absent", value, form) }
        let ids = value[..<colon].split(separator: ",", omittingEmptySubsequences: false)
        guard !ids.contains(where: \.isEmpty) else { throw bad("--absent", value, form) }
        return .absent(staff: ids.map { StaffID(String($0)) }, days: days)
    }

    private static func bad(_ option: String, _ value: String, _ problem: String) -> StressError {
        .invalidDisruptions([StressError.Issue(option: option, value: value, problem: problem)])
    }
}
