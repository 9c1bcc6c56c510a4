extension RosterCSV {
    /// The grid with the transparency notice as a last `#` line (which `parse` skips).
    public static func export(_ roster: Roster, notice: TransparencyNotice) -> String {
        render(roster) + "# " + notice.detailedText + "\n"
    }
}
