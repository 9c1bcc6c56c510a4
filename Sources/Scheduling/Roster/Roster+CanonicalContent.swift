import Foundation

extension Roster {
    /// The bytes a roster's content hash is computed over: scenario name, period and rows, as
    /// compact JSON with sorted keys. Provenance and cell origins are left out (they are
    /// recorded separately), so the same grid always has the same hash, whoever produced it.
    public var canonicalContent: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let content = Roster(scenario: scenario, period: period, rows: rows.map { RosterRow(staff: $0.staff, shifts: $0.shifts) }, provenance: nil)
        // Encoding our own model types cannot fail: they hold only strings, numbers and arrays.
        return (try? encoder.encode(content)) ?? Data()
    }
}
