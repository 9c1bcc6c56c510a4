import Foundation
import Scheduling
import Synchronization

/// One status line on the terminal during a solve: elapsed, best score, bound, gap.
final class ProgressDisplay: Sendable {
    private let enabled: Bool
    private let lastShown = Mutex<Double>(-1)

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: SolveProgress) {
        guard enabled else { return }
        let due = lastShown.withLock { last -> Bool in
            guard progress.elapsedSeconds - last >= 0.5 else { return false }
            last = progress.elapsedSeconds
            return true
        }
        guard due else { return }
        let best = progress.bestObjective.map { String(format: "%.1f", $0) } ?? "—"
        let bound = progress.bound.map { String(format: "%.1f", $0) } ?? "—"
        let gap = progress.gap.map { String(format: "%.2f %%", $0 * 100) } ?? "—"
        let line = String(format: "\r  %6.1f s | %@ | meilleur %@ | borne %@ | écart %@   ", progress.elapsedSeconds, progress.engine, best, bound, gap)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
