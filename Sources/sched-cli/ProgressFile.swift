import Foundation
import Scheduling
import Synchronization

/// The latest progress of a solve as a small JSON file, replaced at most twice a second, for
/// whoever started the solve in a child process (`sched-cli serve` polls it for its jobs).
final class ProgressFile: Sendable {
    private let url: URL
    private let lastWritten = Mutex<Double>(-1)

    init(path: String) { url = URL(fileURLWithPath: path) }

    func write(_ progress: SolveProgress) {
        let due = lastWritten.withLock { last -> Bool in
            guard progress.elapsedSeconds - last >= 0.5 else { return false }
            last = progress.elapsedSeconds
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
