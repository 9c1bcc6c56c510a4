/// The greatest common divisor of the positive values of `minutes` (0 when there is none): the
/// step in which sums of shift lengths can be counted without losing any (a line's hours in
/// `ResourceLineGraph`, an agent's possible totals in `HoursTargetBound`).
func minuteGrain(_ minutes: [Int]) -> Int {
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    return minutes.filter { $0 > 0 }.reduce(0, gcd)
}
