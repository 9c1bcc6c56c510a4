import Foundation
import Scheduling
import Synchronization

/// The latest progress of a solve as a small JSON file, replaced when the best score or gap
/// changes and otherwise at most twice a second, for
/// whoever started the solve in a child process (`sched-cli serve` polls it for its jobs).
final class ProgressFile: Sendable {
    private let url: URL
    /// Time, best score and gap last written.
    private let lastWritten = Mutex<(elapsed: Double, best: Double?, gap: Double?)>((-1, nil, nil))

    init(path: String) { url = URL(fileURLWithPath: path) }

    func write(_ progress: SolveProgress) {
        // A new best score or gap is written at once; otherwise at most twice a second.
        let due = lastWritten.withLock { last -> Bool in
            let changed = progress.bestObjective != last.best || progress.gap != last.gap
            guard changed || progress.elapsedSeconds - last.elapsed >= 0.5 else { return false }
            last = (progress.elapsedSeconds, progress.bestObjective, progress.gap)
            return true
        }
        guard due else { return }
        var fields = [#""elapsedSeconds":\#(Self.number(progress.elapsedSeconds))"#]
        if let best = progress.bestObjective { fields.append(#""bestObjective":\#(Self.number(best))"#) }
        if let bound = progress.bound { fields.append(#""bound":\#(Self.number(bound))"#) }
        if let gap = progress.gap { fields.append(#""gap":\#(Self.number(gap))"#) }
        let engine = String(decoding: (try? JSONEncoder().encode(progress.engine)) ?? Data(#""""#.utf8), as: UTF8.self)
        fields.append(#""engine":\#(engine)"#)
        try? Data(("{" + fields.joined(separator: ",") + "}").utf8).write(to: url, options: .atomic)
    }

    static func number(_ value: Double) -> String { value.isFinite ? String(value) : "null" }
}
