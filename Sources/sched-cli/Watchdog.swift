import Foundation

/// Ends the process with a clear message if a solve overruns its time limit by far: GLPK does
/// not interrupt a simplex in progress, and a cadre must never wait forever. Cancelled by
/// `disarm()` when the solve returns.
final class Watchdog {
    private let timer: DispatchSourceTimer

    init(seconds: Double, what: String) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler {
            FileHandle.standardError.write(Data("\n\(what): still running \(Int(seconds)) s after the start, far past its time limit; stopped (exit 3).\n".utf8))
            exit(3)
        }
        timer.resume()
    }

    func disarm() { timer.cancel() }

    /// Grace given to a solve with time limit `limit`.
    static func allowance(for limit: Double) -> Double { limit * 1.5 + 30 }
}
