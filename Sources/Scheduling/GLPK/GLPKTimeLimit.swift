/// Converts a time limit in seconds to GLPK's `tm_lim` (milliseconds, `Int32`).
enum GLPKTimeLimit {
    static func validate(_ seconds: Double?) throws(GLPKError) {
        if let seconds, seconds.isNaN || seconds < 0 {
            throw .invalidOption(name: "timeLimitSeconds", reason: "must be ≥ 0, got \(seconds)")
        }
    }

    /// Milliseconds left of `seconds` after `elapsed`, clamped to `0...Int32.max`
    /// (`Int32.max` is GLPK's "no limit").
    static func milliseconds(_ seconds: Double?, after elapsed: Double = 0) -> Int32 {
        guard let seconds else { return Int32.max }
        let remaining = ((seconds - elapsed) * 1000).rounded(.up)
        if remaining >= Double(Int32.max) { return Int32.max }
        if !(remaining > 0) { return 0 }
        return Int32(remaining)
    }
}
