/// The thresholds that turn a roster's figures into points of attention.
public struct SignOffPolicy: Codable, Sendable, Hashable {
    /// A soft violation whose penalty is at least this is a point of attention.
    public var softPenaltyThreshold: Double
    /// A refused request whose weight is at least this is a point of attention (P1 weighs 500).
    public var requestWeightThreshold: Double
    /// A person with this many more nights (or weekends) than the mean of her grade is an outlier.
    public var fairnessExcess: Double
    /// Worked minutes this far from the target (either way) make a person an outlier.
    public var hoursDeviationMinutes: Int
    /// A relative gap (objective − bound) / objective above this is a point of attention.
    public var gapThreshold: Double
    /// Shortest accepted override justification, in characters (blanks not counted).
    public var minimumJustificationLength: Int

    public init(softPenaltyThreshold: Double = 200, requestWeightThreshold: Double = 200, fairnessExcess: Double = 2,
                hoursDeviationMinutes: Int = 450, gapThreshold: Double = 0.05, minimumJustificationLength: Int = 20) {
        self.softPenaltyThreshold = softPenaltyThreshold
        self.requestWeightThreshold = requestWeightThreshold
        self.fairnessExcess = fairnessExcess
        self.hoursDeviationMinutes = hoursDeviationMinutes
        self.gapThreshold = gapThreshold
        self.minimumJustificationLength = minimumJustificationLength
    }

    public static let standard = SignOffPolicy()
}
