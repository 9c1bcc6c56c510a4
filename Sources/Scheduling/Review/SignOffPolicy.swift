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
    /// A solver-set cell whose best legal trade-off costs at most this much more than its
    /// content is a near tie (`CellExplainer.nearTieCells`); nil: near ties are not looked for.
    public var nearTieTolerance: Double?
    /// At most this many near ties become points of attention: the closest ones (an
    /// alternative that is cheaper than the roster first).
    public var nearTieLimit: Int

    public init(softPenaltyThreshold: Double = 200, requestWeightThreshold: Double = 200, fairnessExcess: Double = 2,
                hoursDeviationMinutes: Int = 450, gapThreshold: Double = 0.05, minimumJustificationLength: Int = 20,
                nearTieTolerance: Double? = CellExplainer.defaultNearTieTolerance, nearTieLimit: Int = 10) {
        self.softPenaltyThreshold = softPenaltyThreshold
        self.requestWeightThreshold = requestWeightThreshold
        self.fairnessExcess = fairnessExcess
        self.hoursDeviationMinutes = hoursDeviationMinutes
        self.gapThreshold = gapThreshold
        self.minimumJustificationLength = minimumJustificationLength
        self.nearTieTolerance = nearTieTolerance
        self.nearTieLimit = nearTieLimit
    }

    public static let standard = SignOffPolicy()

    /// The same thresholds with near ties not looked for.
    public var withoutNearTies: SignOffPolicy {
        var copy = self
        copy.nearTieTolerance = nil
        return copy
    }
}
