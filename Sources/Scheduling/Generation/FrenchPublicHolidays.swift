/// The French public holidays (*jours fériés*) of a year: eleven dates, three of them moving
/// with Easter (lundi de Pâques, Ascension, lundi de Pentecôte).
enum FrenchPublicHolidays {
    /// Every public holiday of `year`, in date order.
    static func dates(year: Int) -> [CivilDate] {
        let easter = easterSunday(year: year)
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)].compactMap {
            CivilDate(year: year, month: $0.0, day: $0.1)
        }
        return (fixed + [easter.adding(days: 1), easter.adding(days: 39), easter.adding(days: 50)]).sorted()
    }

    /// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static func easterSunday(year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // The algorithm yields March or April, always a real date.
        return CivilDate(year: year, month: month, day: day) ?? CivilDate(dayNumber: 0)
    }
}
