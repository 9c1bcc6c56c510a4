extension ShiftGrid {
    /// This roster with agent a's line taken out (every day off), agent b's line set to what
    /// `line` builds for her against that gap, then a's to what it builds for her against b's
    /// new line: a pair move, for a post left open that b can take only if a takes over one of
    /// b's. Nil when `line` finds no line for either.
    func pairRebuilt(out a: Int, then b: Int, line: (_ staff: Int, _ roster: ShiftGrid) -> [Int]?) -> ShiftGrid? {
        var trial = self
        trial.setLine(of: a, to: [Int](repeating: Self.off, count: dayCount))
        guard let forB = line(b, trial) else { return nil }
        trial.setLine(of: b, to: forB)
        guard let forA = line(a, trial) else { return nil }
        trial.setLine(of: a, to: forA)
        return trial
    }
}
